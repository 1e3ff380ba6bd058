/** Runs a batch against the workbook: `Excel.run(options, batch)` in Office, the double's `run` in tests. */
export type ExcelRun = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
/** A batch run as the host runs every batch: waiting for cell edit, Office's refusals explained. */
export type BatchRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
