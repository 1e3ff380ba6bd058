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
