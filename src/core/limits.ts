/**
 * The limits every layer needs, the core included (which imports nothing outside itself): Excel's
 * own, and what the domain finds plausible. Where each other kind of limit lives is written at the
 * top of `src/contract/limits.ts`.
 */

/** One mebibyte: the unit of every size limit ("20 MB" means 20 of these). */
export const MEBIBYTE = 1024 * 1024;

/** Excel's own grid and cells: the same on every platform, so named once here. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;
/**
 * Characters a cell holds, in UTF-16 code units as Excel counts them; longer text is cut by Excel,
 * and by every writer of ours (the .xlsx files, the Office.js renderer, the merge's summary) with
 * `cutToCell`.
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
/** Characters of a sheet name. */
export const EXCEL_MAX_SHEET_NAME = 31;

/** Plausible years for a period: four digits, and not before the services' records began. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
/** Excel date serials from 1990-01-01 to 2100-12-31. */
export const DATE_SERIAL_MIN = 32874;
export const DATE_SERIAL_MAX = 73415;
/**
 * Days between the two date systems of Excel: a serial of a workbook in the 1904 system (the old Mac
 * default, `date1904`) plus this is the same day's serial in the 1900 system the core counts in.
 */
export const DAYS_1900_TO_1904 = 1462;
