import { findTemplate, validateForm } from "../../core";
import { planFor } from "../../plan/newSheet";
import type { HostAdapter, InsertRequest, InsertResult, ResultsHost, ResultsReport, ResultsRequest, ValidationReport, WriteOwnedReport } from "../../host/types";
import type { WorkbookSheet } from "../../plan/types";
import { insertSheet } from "./insertSheet";
import { writeOwnedSheets } from "./ownedSheets";
import { buildResults } from "./results";
import { markSteps } from "./marks";
import { readForms, type FormLocation } from "./readForms";
import { runInBatches } from "./writeSteps";
import type { SelfCheckHost } from "../../host/selfCheck";
import { selfCheckMethods } from "./selfCheck";

/** Runs a batch against the workbook: `Excel.run` in Office, the double's `run` in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHostOptions {
  readonly run?: ExcelRun;
  /** Office's display language ("lv-LV"); defaults to `Office.context.displayLanguage`. */
  readonly displayLanguage?: () => string;
}

/**
 * The HostAdapter the task pane and the ribbon commands use in Excel. It remembers where the forms
 * are (from its inserts and reads), so that validating takes two syncs: one to read, checking on
 * the way that no form was added or moved, and one to mark. Results and owned sheets are written
 * through src/render/office/results.ts and ownedSheets.ts.
 */
export function createOfficeHost(options: OfficeHostOptions = {}): HostAdapter & ResultsHost & SelfCheckHost {
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  let known: FormLocation[] = [];
  const remember = (found: readonly FormLocation[], sheet?: string) => {
    known = sheet === undefined ? [...found] : [...known.filter((l) => l.sheet !== sheet), ...found];
  };

  return {
    ...selfCheckMethods(run),

    displayLanguage() {
      const tag = options.displayLanguage?.() ?? (typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined) ?? "lv-LV";
      return tag.split("-")[0].toLowerCase();
    },

    async insertTemplate(request: InsertRequest): Promise<InsertResult> {
      const template = findTemplate(request.templateId);
      if (!template) throw new Error(`Unknown template: ${request.templateId}`);
      const plan = planFor(template, request);
      const inserted = await run((context) => insertSheet(context, plan));
      remember([...known, { sheet: inserted.sheet, table: inserted.tables[0] }]);
      return { sheet: inserted.sheet, syncs: inserted.syncs };
    },

    async validate(sheet?: string): Promise<ValidationReport> {
      return run(async (context) => {
        const read = await readForms(context, { sheet, known });
        remember(read.locations, sheet);
        const findings = read.forms.flatMap(validateForm);
        const marks = await runInBatches(context, markSteps(context.workbook, read.forms, findings));
        return { sheets: read.forms.map((f) => f.sheet), findings, syncs: read.syncs + marks };
      });
    },

    async buildResults(request: ResultsRequest): Promise<ResultsReport> {
      const { locations, ...report } = await run((context) => buildResults(context, request, known));
      remember(locations);
      return report;
    },

    async writeOwnedSheets(sheets: readonly WorkbookSheet[]): Promise<WriteOwnedReport> {
      const written = await run((context) => writeOwnedSheets(context, sheets));
      return { sheets: written.sheets, syncs: written.syncs, maxPayloadBytes: written.maxPayloadBytes };
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      await run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },
  };
}

export { planFor };
