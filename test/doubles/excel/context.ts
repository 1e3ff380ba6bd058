import { compareVersions } from "../../../src/render/office/requirements";
import { DoubleObject, type Flavour, type Op, type Regression, type Session } from "./base";
import { cannotPerform, DoubleError } from "./errors";
import { NamedItemCollectionDouble } from "./names";
import { RangeDouble } from "./range";
import { TableCollectionDouble } from "./tables";
import { cellRef } from "../../../src/plan/a1";
import { Calculation } from "./calc";
import type { Area, Scalar, SheetState, WorkbookState } from "./state";
import { WorksheetCollectionDouble } from "./worksheet";

/** Excel on the web refuses a request, or a response, over 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export interface SyncRecord {
  /** JSON size (UTF-8) of the queued operations sent. */
  readonly requestBytes: number;
  /** JSON size of what the loads brought back. */
  responseBytes: number;
  readonly operations: number;
  /** The operations' names ("set formulas", "calculate", …), in order. */
  readonly actions: readonly string[];
  /** Whether calculation was suspended in this request. */
  calculationSuspended: boolean;
  /** The error code, when the request failed. */
  failed?: string;
}

/** Counts every sync of every context of one double. */
export class Meter {
  readonly records: SyncRecord[] = [];
  get syncs(): number {
    return this.records.length;
  }
  get requestBytes(): number {
    return this.records.reduce((a, r) => a + r.requestBytes, 0);
  }
  get maxRequestBytes(): number {
    return Math.max(0, ...this.records.map((r) => r.requestBytes));
  }
  get maxResponseBytes(): number {
    return Math.max(0, ...this.records.map((r) => r.responseBytes));
  }
  reset(): void {
    this.records.length = 0;
  }
}

const encoder = new TextEncoder();
const jsonBytes = (v: unknown) => encoder.encode(JSON.stringify(v)).length;

/** "1.10" is above "1.9": requirement sets compare as versions. */
export const versionAtMost = (set: string, max: string): boolean => compareVersions(set, max) <= 0;

export interface Host {
  readonly book: WorkbookState;
  readonly meter: Meter;
  /** Highest ExcelApi set this "Excel" implements. */
  readonly apiVersion: string;
  /** Excel's calculation mode ("Automatic" unless a test says "Manual"). */
  readonly calculationMode?: string;
  /** Whether `range.values` gives formulas' results (src/…/calc.ts) rather than "". */
  readonly calculates?: boolean;
  /**
   * Reads of `application.calculationState` still to answer "Calculating"; while any are left,
   * formulas read through `values` give 0, as not yet calculated (office-js #2883, #4760: values
   * read right after writing, on the web and on the Mac).
   */
  calculationsPending?: number;
  /** A test's way to make "Excel" compute a wrong figure for one cell (ref as "B4"). */
  readonly miscalculate?: (sheet: string, ref: string, value: Scalar) => Scalar;
  readonly flavour: Flavour;
  readonly regressions?: readonly Regression[];
  /** Whether the user is typing in a cell (Excel's Edit or Enter mode). */
  readonly editingCell: boolean;
  /** Resolves when the user leaves the cell. */
  cellEditEnded(): Promise<void>;
}

/** What the add-in passes to Excel.run (Excel.RunOptions). */
export interface DoubleRunOptions {
  readonly delayForCellEdit?: boolean;
}

/** The double of Excel.RequestContext: a queue of operations, applied at `sync()`. */
export class DoubleContext implements Session {
  private pending: Op[] = [];
  private suspended = false;
  readonly workbook: WorkbookDouble;
  readonly application: ApplicationDouble;

  constructor(
    readonly host: Host,
    private readonly options: DoubleRunOptions = {},
  ) {
    this.workbook = new WorkbookDouble(this, "workbook");
    this.application = new ApplicationDouble(
      this,
      "application",
      () => (this.suspended = true),
      () => this.host.calculationMode ?? "Automatic",
      () => {
        const host = this.host as Host & { calculationsPending?: number };
        if ((host.calculationsPending ?? 0) <= 0) return "Done";
        host.calculationsPending = (host.calculationsPending ?? 0) - 1;
        return "Calculating";
      },
    );
  }

  get book(): WorkbookState {
    return this.host.book;
  }

  /** What `range.values` gives for an area when the host calculates; undefined when it does not. */
  calculated(sheet: SheetState, area: Area): Scalar[][] | undefined {
    if (!this.host.calculates) return undefined;
    const calc = new Calculation(this.book);
    const pending = (this.host.calculationsPending ?? 0) > 0;
    const wrong = this.host.miscalculate;
    const rows: Scalar[][] = [];
    for (let r = area.r1; r <= area.r2; r++) {
      const row: Scalar[] = [];
      for (let c = area.c1; c <= area.c2; c++) {
        const v = pending && sheet.cells.get(`${r},${c}`)?.formula ? 0 : calc.cell(sheet, r, c);
        row.push(wrong ? wrong(sheet.name, cellRef(r, c), v) : v);
      }
      rows.push(row);
    }
    return rows;
  }

  get flavour(): Flavour {
    return this.host.flavour;
  }

  has(regression: Regression): boolean {
    return this.host.regressions?.includes(regression) ?? false;
  }

  enqueue(op: Op): void {
    this.pending.push(op);
  }

  get pendingOperations(): number {
    return this.pending.length;
  }

  /**
   * Sends the queue: refused whole when over 5 MB; otherwise applied in order. As the double plays Excel, an
   * operation that fails stops the request, and those before it stay applied: there is no rollback.
   * (The reference promises no atomic request, so the add-in assumes none — the safe reading.)
   *
   * While the user edits a cell, a request fails whole with InvalidOperationInCellEditMode, unless
   * the batch was run with `{ delayForCellEdit: true }`: then it waits until the user leaves the
   * cell (Excel.RunOptions.delayForCellEdit; Excel.ErrorCodes.invalidOperationInCellEditMode).
   */
  async sync(): Promise<void> {
    if (this.host.editingCell) {
      if (!this.options.delayForCellEdit) {
        this.pending = [];
        this.host.meter.records.push({
          requestBytes: 0,
          responseBytes: 0,
          operations: 0,
          actions: [],
          calculationSuspended: false,
          failed: "InvalidOperationInCellEditMode",
        });
        throw new DoubleError(
          "InvalidOperationInCellEditMode",
          "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
        );
      }
      await this.host.cellEditEnded();
    }
    const ops = this.pending;
    this.pending = [];
    const record: SyncRecord = {
      requestBytes: jsonBytes(ops.map((o) => ({ t: o.target, a: o.action, v: o.args }))),
      responseBytes: 0,
      operations: ops.length,
      actions: ops.map((o) => o.action),
      calculationSuspended: this.suspended,
    };
    this.suspended = false;
    this.host.meter.records.push(record);
    await Promise.resolve();
    try {
      if (record.requestBytes > PAYLOAD_LIMIT_BYTES)
        throw new DoubleError("RequestPayloadSizeLimitExceeded", `the request is ${record.requestBytes} bytes, over the ${PAYLOAD_LIMIT_BYTES}-byte limit`);
      const responses: unknown[] = [];
      for (const op of ops) {
        if (!versionAtMost(op.set, this.host.apiVersion))
          throw new DoubleError("ApiNotFound", `${op.target}.${op.action} needs ExcelApi ${op.set}; this Excel has ${this.host.apiVersion}`);
        const response = op.apply();
        if (response !== undefined) responses.push(response);
      }
      record.responseBytes = jsonBytes(responses);
      if (record.responseBytes > PAYLOAD_LIMIT_BYTES)
        throw new DoubleError("ResponsePayloadSizeLimitExceeded", `the response is ${record.responseBytes} bytes, over the ${PAYLOAD_LIMIT_BYTES}-byte limit`);
    } catch (e) {
      record.failed = e instanceof DoubleError ? e.code : String(e);
      throw e;
    }
  }
}

export class WorkbookDouble extends DoubleObject {
  readonly worksheets: WorksheetCollectionDouble;
  readonly tables: TableCollectionDouble;
  readonly names: NamedItemCollectionDouble;
  readonly protection: WorkbookProtectionDouble;

  constructor(session: Session, path: string) {
    super(session, path);
    this.worksheets = new WorksheetCollectionDouble(session, "workbook.worksheets");
    this.tables = new TableCollectionDouble(session, "workbook.tables");
    this.names = new NamedItemCollectionDouble(session, "workbook.names");
    this.protection = new WorkbookProtectionDouble(session, "workbook.protection");
  }
  protected scalars(): Record<string, () => unknown> {
    return {};
  }
  /** The selected cells, or A1 of the active sheet when nothing was selected yet. */
  getSelectedRange(): RangeDouble {
    return new RangeDouble(this.session, `${this.path}.getSelectedRange()`, () => {
      const book = this.session.book;
      if (book.selection) return book.selection;
      const sheet = book.activeSheet ?? book.sheets[0];
      if (!sheet) throw new DoubleError("ItemNotFound", "the workbook has no sheet");
      return { sheet, area: { r1: 1, c1: 1, r2: 1, c2: 1 } };
    });
  }

  protected override child(name: string): DoubleObject | undefined {
    return name === "protection" ? this.protection : undefined;
  }
}

/** Workbook protection (Excel.WorkbookProtection, ExcelApi 1.7): protects the workbook's structure. */
export class WorkbookProtectionDouble extends DoubleObject {
  protected scalars() {
    return { protected: () => this.session.book.protection.protected };
  }
  protected override loadSet(): string {
    return "1.7";
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
  protect(password?: string): void {
    this.queue("protect", password ? "***" : null, "1.7", () => {
      const p = this.session.book.protection;
      if (p.protected) throw cannotPerform("the workbook is protected already");
      this.session.book.protection = { protected: true, ...(password ? { password } : {}) };
    });
  }
  unprotect(password?: string): void {
    this.queue("unprotect", password ? "***" : null, "1.7", () => {
      const p = this.session.book.protection;
      if (p.password !== undefined && p.password !== password) throw cannotPerform("the workbook is protected with a password");
      this.session.book.protection = { protected: false };
    });
  }
}

export class ApplicationDouble extends DoubleObject {
  constructor(
    session: Session,
    path: string,
    private readonly onSuspend: () => void,
    private readonly mode: () => string = () => "Automatic",
    private readonly state: () => string = () => "Done",
  ) {
    super(session, path);
  }
  /** calculationState is ExcelApi 1.9 (documented); assumed: a lower host refuses it as any load above its set. */
  protected scalars() {
    return { calculationMode: () => this.mode(), calculationState: () => this.state() };
  }
  get calculationMode(): string {
    return this.loaded("calculationMode");
  }
  get calculationState(): string {
    return this.loaded("calculationState");
  }
  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", null, "1.6");
    this.onSuspend();
  }
}
