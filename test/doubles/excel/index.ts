import { DoubleContext, Meter, versionAtMost, type Host } from "./context";
import { enter } from "./cells";
import { cellAt, newSheet, newWorkbook, parseAddress, peekCell, type CellState, type Scalar, type SheetState, type WorkbookState } from "./state";

/**
 * A test double of the Excel JavaScript API, for what the add-in uses. It keeps Office's
 * semantics — proxies, `load`, queued writes applied at `sync()`, PropertyNotLoaded, the 5 MB
 * request limit, requirement sets — and counts syncs and bytes, so tests can hold the renderer to
 * its budget. It runs in Node and in the browser (no Node APIs).
 *
 *   const excel = new ExcelDouble();
 *   await excel.run(async (context) => { … });   // as Excel.run
 *   excel.meter.syncs, excel.meter.maxRequestBytes
 */

export interface ExcelDoubleOptions {
  /** Highest ExcelApi requirement set implemented (default "1.17", a current Excel). */
  readonly apiVersion?: string;
  /** Office.context.displayLanguage. */
  readonly displayLanguage?: string;
  /** `range.values` gives formulas' results, computed as Excel would (calc.ts); default off. */
  readonly calculate?: boolean;
}

export class ExcelDouble implements Host {
  readonly book: WorkbookState = newWorkbook();
  readonly meter = new Meter();
  apiVersion: string;
  displayLanguage: string;
  calculates: boolean;
  calculationMode = "Automatic";
  /** Set by a test to make "Excel" compute a wrong figure for one cell. */
  miscalculate?: (sheet: string, ref: string, value: Scalar) => Scalar;

  constructor(options: ExcelDoubleOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.displayLanguage = options.displayLanguage ?? "lv-LV";
    this.calculates = options.calculate ?? false;
  }

  /** A fresh request context, typed as Office's for the code under test. */
  context(): Excel.RequestContext {
    return new DoubleContext(this) as unknown as Excel.RequestContext;
  }

  /** As Excel.run: runs the batch, then sends whatever it left queued (one more sync, counted). */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new DoubleContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pendingOperations > 0) await context.sync();
    return result;
  };

  isSetSupported(name: string, version?: string): boolean {
    return name === "ExcelApi" && versionAtMost(version ?? "1.1", this.apiVersion);
  }

  /** What to put at globalThis.Office for code that asks Office.context (requirements, language). */
  officeGlobal(): {
    context: {
      requirements: { isSetSupported(name: string, version?: string): boolean };
      displayLanguage: string;
      diagnostics: { host: string; platform: string; version: string };
    };
  } {
    const isSetSupported = (name: string, version?: string) => this.isSetSupported(name, version);
    // Says plainly that this is not Excel, so a report made over the double cannot pass for one.
    const diagnostics = { host: "Excel", platform: "ExcelApiTestDouble", version: `test double, ExcelApi ${this.apiVersion}` };
    return { context: { requirements: { isSetSupported }, displayLanguage: this.displayLanguage, diagnostics } };
  }

  /** Installs `officeGlobal()` as globalThis.Office; returns the function that puts back the old one. */
  installOffice(): () => void {
    const g = globalThis as { Office?: unknown };
    const before = g.Office;
    g.Office = this.officeGlobal();
    return () => void (g.Office = before);
  }

  // ── Direct access for tests: what a person does in Excel, without the API and its meter. ──

  addSheet(name: string): SheetState {
    return newSheet(this.book, name);
  }

  sheet(name: string): SheetState {
    const s = this.book.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet "${name}" (sheets: ${this.book.sheets.map((x) => x.name).join(", ")})`);
    return s;
  }

  cell(sheet: string, ref: string): CellState | undefined {
    const { area } = parseAddress(ref);
    return peekCell(this.sheet(sheet), area.r1, area.c1);
  }

  /** Types into a cell as a person would (parsed unless the cell is formatted as text); protection is not checked. */
  type(sheet: string, ref: string, input: Scalar | null): void {
    const { area } = parseAddress(ref);
    const cell = cellAt(this.sheet(sheet), area.r1, area.c1);
    if (input === null) {
      delete cell.value;
      delete cell.formula;
    } else enter(cell, input);
  }
}

export { DoubleContext, Meter, PAYLOAD_LIMIT_BYTES, type SyncRecord } from "./context";
export { DoubleError } from "./errors";
export type { CellState, SheetState, WorkbookState, Scalar } from "./state";
