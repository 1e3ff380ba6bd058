import { MEBIBYTE } from "../core/limits";

/**
 * Where each kind of limit lives — one home per kind, in the lowest layer that needs it:
 *
 * - **Excel's own** (rows, columns, 32,767 characters in a cell, 31 in a sheet name) and the
 *   domain's plausible years and dates: `src/core/limits.ts`, because the core and the plan need
 *   them and import nothing from here.
 * - **What a returned workbook may be** (file size, inflated bytes, zip ratio, entries, sheets,
 *   names, rows of a table, cells, characters): here, below. The reader, the merge and the command
 *   line take them from here; a test may pass smaller ones to `readWorkbook`.
 * - **What one Office.js request may carry** (the host's payload limit and the batches under it):
 *   `src/render/office/writeSteps.ts`, the only code that sends requests.
 *
 * Every loop over rows, columns or cells of a returned workbook is bounded by these, never by what
 * the file claims about itself: a table that says it runs to row 10,000,000,000 or a sheet of
 * millions of cells is no form, and is refused before it is read in full.
 */

/**
 * Rows in a template's items table. The largest plan (the action plan) has 106; a user may insert
 * rows, so the cap is far above any real form (`test/contract/limits.test.ts` holds it at ≥ 4× the
 * largest plan).
 */
export const MAX_TABLE_ROWS = 5_000;

/** Cells in one template sheet (a filled form has one to two thousand). */
export const MAX_SHEET_CELLS = 100_000;

/** Cells in all the sheets read from one workbook. */
export const MAX_WORKBOOK_CELLS = 300_000;

/** Sheets listed in one workbook, and defined names in it. */
export const MAX_SHEETS = 1_000;
export const MAX_NAMES = 10_000;

/** Characters of one cell's text a reader accepts (Excel's own limit is 32,767; longer text is not Excel's). */
export const MAX_TEXT_CHARS = 1_000_000;

/** The reader's budgets for one file. */
export interface ReadLimits {
  /** Largest file accepted (bytes), checked before anything is read. */
  readonly maxFileBytes: number;
  /** Largest total of bytes inflated from all the parts read. */
  readonly maxUncompressedBytes: number;
  /** Largest compression ratio of any part past its first `RATIO_GRACE_BYTES` (a zip bomb inflates thousands of times). */
  readonly maxRatio: number;
  /** Largest inflated size of any one part. */
  readonly maxPartBytes: number;
  /** Most cells read from one sheet: past it the sheet is no form and its reading stops. */
  readonly maxSheetCells: number;
  /** Most entries in the archive's directory. */
  readonly maxEntries: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 20 * MEBIBYTE,
  maxUncompressedBytes: 100 * MEBIBYTE,
  maxRatio: 250,
  maxPartBytes: 32 * MEBIBYTE,
  maxSheetCells: MAX_SHEET_CELLS,
  maxEntries: 10_000,
};

/** Inflated bytes of a part before its ratio is judged: small parts of XML compress far past 250×. */
export const RATIO_GRACE_BYTES = MEBIBYTE;
