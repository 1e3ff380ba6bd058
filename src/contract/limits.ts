/**
 * What a returned form can be, in one place. Every loop over rows, columns or cells of a returned
 * workbook is bounded by these, never by what the file claims about itself: a table that says it
 * runs to row 10,000,000,000 or a sheet of millions of cells is no form, and is refused before it
 * is read in full.
 */

/** Excel's own grid. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

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

/** Characters of one cell's text (Excel's own limit is 32,767; longer text is not Excel's). */
export const MAX_TEXT_CHARS = 1_000_000;
