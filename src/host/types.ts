import type { Finding } from "../core/validation/validate";
import type { WorkbookSheet } from "../plan/types";

/**
 * Everything the task pane and the ribbon commands need from the host. The Office.js implementation
 * lives in src/render/office; the browser suite swaps in one built on the Excel API test double.
 * Components depend on this interface only, never on Office.js.
 */
export interface InsertRequest {
  readonly templateId: string;
  /** Fill the new sheet with deterministic demonstration data. */
  readonly demo: boolean;
  readonly iestade?: string;
  readonly periods?: number;
  readonly vertetajs?: string;
  /** The form's date, as an Excel date serial (the command line's `--datums`). */
  readonly datums?: number;
}

export interface InsertResult {
  /** The sheet's actual name (it may carry " (2)" when the preferred one was taken). */
  readonly sheet: string;
  readonly syncs: number;
}

export interface ValidationReport {
  /** Sheets with a template stamp that were checked. */
  readonly sheets: readonly string[];
  readonly findings: readonly Finding[];
  readonly syncs: number;
  /** Sheets whose wrong cells could not be marked: protected again without "Format cells". */
  readonly unmarked?: readonly string[];
}

export interface HostAdapter {
  /** "lv", "en"… from Office's display language. */
  displayLanguage(): string;
  insertTemplate(request: InsertRequest): Promise<InsertResult>;
  /** Validates every stamped sheet (or only `sheet`), marks invalid cells, clears fixed ones. */
  validate(sheet?: string): Promise<ValidationReport>;
  /** Activates the sheet and selects the cell (a finding's click-through). */
  selectCell(sheet: string, cell: string): Promise<void>;
}

/** Results: rebuild the add-in's charts, the dynamics and the improvement plan from the workbook. */
export interface ResultsRequest {
  /** Items and criteria below this are weak (default: the scale's midpoint); any Neatbilst is. */
  readonly threshold?: number;
  /**
   * Results of these form sheets only, written under these names instead of Dinamika and
   * Pilnveides plāns (the self-check's throwaway sheets); no previous plan is read.
   */
  readonly scope?: ResultsScope;
}

export interface ResultsScope {
  readonly sheets: readonly string[];
  readonly dynamics: string;
  readonly improvement: string;
}

/**
 * What Excel refused, in terms the pane can explain (its texts: `t.error.problems`). The host
 * throws it instead of Office's error, which it keeps as `cause` for the technical details.
 * - `cellEdit`: the user is typing in a cell, and Excel would not wait (InvalidOperationInCellEditMode);
 * - `workbookProtected`: the workbook's structure is protected, so no sheet can be added, replaced
 *   or renamed — found before anything is changed.
 * - `protectionNotRestored`: a write failed, and Excel then refused to protect again the sheets it
 *   had unprotected for it: they are left unprotected (the message names them).
 */
export type HostProblemKind = "cellEdit" | "workbookProtected" | "protectionNotRestored";

export class HostProblem extends Error {
  override readonly name = "HostProblem";
  constructor(
    readonly kind: HostProblemKind,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** A sheet a command left as it was, and why (the pane says it in the user's words). */
export interface SkippedSheet {
  readonly sheet: string;
  /**
   * `sheetPassword`: the host says a password guards it (Excel on the web), so it was not tried;
   * `refused`: Excel refused to unprotect it, with `code` — a password is likely but not certain
   * (a host build with office-js #6784 refuses sheets without one).
   */
  readonly reason: "sheetPassword" | "refused";
  readonly code?: string;
}

export interface ResultsReport {
  /** Sheets written or replaced (the add-in's own: Dinamika, Pilnveides plāns). */
  readonly sheets: readonly string[];
  /** Charts (re)built; only charts named with the add-in's prefix are ever replaced. */
  readonly charts: number;
  /** Weak points listed in the improvement plan. */
  readonly weakPoints: number;
  /** Form sheets whose charts were not rebuilt (left untouched), with the reason. */
  readonly skipped: readonly SkippedSheet[];
  readonly syncs: number;
}

export interface WriteOwnedReport {
  /** The sheets' names as written. */
  readonly sheets: readonly string[];
  readonly syncs: number;
  readonly maxPayloadBytes?: number;
}

export interface ResultsHost {
  buildResults(request: ResultsRequest): Promise<ResultsReport>;
  /**
   * Writes sheets the add-in owns (a merge's summary): sheets of the same names are replaced, in
   * one final step, so a cancelled or failed write never leaves half-written sheets, and a user's
   * sheet of another name is never touched.
   */
  writeOwnedSheets(sheets: readonly WorkbookSheet[]): Promise<WriteOwnedReport>;
}
