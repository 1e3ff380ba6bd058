import type { Flavour, Regression } from "./base";
import { DoubleContext, Meter, versionAtMost, type DoubleRunOptions, type Host } from "./context";
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
  /** "web" plays Excel on the web's differences (see docs/testing.md, "What the Excel double models"). */
  readonly flavour?: Flavour;
  /** Host builds with a known regression to play (base.ts, Regression); none by default. */
  readonly regressions?: readonly Regression[];
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export class ExcelDouble implements Host {
  readonly book: WorkbookState = newWorkbook();
  readonly meter = new Meter();
  apiVersion: string;
  displayLanguage: string;
  calculates: boolean;
  calculationMode = "Automatic";
  /** Set by a test: this many reads of calculationState answer "Calculating" first (see Host). */
  calculationsPending = 0;
  /** Set by a test to make "Excel" compute a wrong figure for one cell. */
  miscalculate?: (sheet: string, ref: string, value: Scalar) => Scalar;
  flavour: Flavour;
  regressions: readonly Regression[];
  private editing?: { ended: Promise<void>; end: () => void };

  constructor(options: ExcelDoubleOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.displayLanguage = options.displayLanguage ?? "lv-LV";
    this.calculates = options.calculate ?? false;
    this.flavour = options.flavour ?? "desktop";
    this.regressions = options.regressions ?? [];
  }

  get editingCell(): boolean {
    return this.editing !== undefined;
  }

  /** The user starts typing in a cell: requests fail, or wait if they asked to (see DoubleContext.sync). */
  startCellEdit(): void {
    if (this.editing) return;
    let end = () => undefined as void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    this.editing = { ended, end };
  }

  /** The user presses Enter: requests that waited go on. */
  endCellEdit(): void {
    const editing = this.editing;
    this.editing = undefined;
    editing?.end();
  }

  cellEditEnded(): Promise<void> {
    return this.editing?.ended ?? Promise.resolve();
  }

  /** A fresh request context, typed as Office's for the code under test. */
  context(): Excel.RequestContext {
    return new DoubleContext(this) as unknown as Excel.RequestContext;
  }

  /** As Excel.run, with or without Excel.RunOptions first: runs the batch, then sends whatever it left queued (one more sync, counted). */
  run = async <T>(first: Batch<T> | DoubleRunOptions, second?: Batch<T>): Promise<T> => {
    const [options, batch] = typeof first === "function" ? [{}, first] : [first, second];
    if (!batch) throw new Error("Excel.run needs a batch function");
    const context = new DoubleContext(this, options);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pendingOperations > 0) await context.sync();
    return result;
  };

  /** ExcelApi up to `apiVersion`; ExcelApiOnline 1.1 on the web only (it is the web's own set). */
  isSetSupported(name: string, version?: string): boolean {
    if (name === "ExcelApiOnline") return this.flavour === "web" && versionAtMost(version ?? "1.1", "1.1");
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

export { DoubleContext, Meter, PAYLOAD_LIMIT_BYTES, type DoubleRunOptions, type SyncRecord } from "./context";
export type { Flavour, Regression } from "./base";
export { DoubleError } from "./errors";
export type { CellState, SheetState, WorkbookState, Scalar } from "./state";
