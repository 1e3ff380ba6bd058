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

/**
 * Excel's own limit on one cell's text, in UTF-16 code units as Excel counts them. Every writer (the
 * .xlsx files, the Office.js renderer, the merge's summary) cuts to it with `cutToCell`.
 */
export const EXCEL_MAX_CELL_CHARS = 32_767;

/**
 * Text cut to fit a cell, `mark` ending what was cut. The cut falls between characters: never
 * between the two halves of a surrogate pair (an emoji), which would leave an invalid character.
 */
export function cutToCell(text: string, mark = ""): string {
  if (text.length <= EXCEL_MAX_CELL_CHARS) return text;
  let end = EXCEL_MAX_CELL_CHARS - mark.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end) + mark;
}

/** Characters of one cell's text a reader accepts (Excel's own limit is 32,767; longer text is not Excel's). */
export const MAX_TEXT_CHARS = 1_000_000;
