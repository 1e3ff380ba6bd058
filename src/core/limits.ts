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
/** Characters a cell holds; longer text is cut by Excel and by our writers (which say so). */
export const EXCEL_MAX_CELL_CHARS = 32_767;
/** Characters of a sheet name. */
export const EXCEL_MAX_SHEET_NAME = 31;

/** Plausible years for a period: four digits, and not before the services' records began. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
/** Excel date serials from 1990-01-01 to 2100-12-31. */
export const DATE_SERIAL_MIN = 32874;
export const DATE_SERIAL_MAX = 73415;
