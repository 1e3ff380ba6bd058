/** Fixed rows of the sheet head, so a reader and a person find things in the same place. */
export const LAYOUT = {
  titleRow: 1,
  stampRow: 2,
  sourceRow: 3,
  metaFirstRow: 5,
  legendCol: 4,
  headerRow: 12,
} as const;

/**
 * What a template sheet's protection leaves a person free to do; both renderers write exactly this.
 * The protection has no password (anyone may unprotect the sheet); it keeps the item texts, codes
 * and formulas from being typed over by accident. The figures do not depend on it: the formulas pick
 * the table's rows by code, so sorting, filtering, inserting a row inside the table or moving it
 * (after unprotecting) leaves them right.
 * - filter: yes — the table's filter buttons work on the protected sheet; the figures count every
 *   row, hidden or not, as the core does;
 * - sort: no — Excel sorts nothing that holds a locked cell even when sorting is allowed
 *   (office-js #2135), so allowing it would only let a person sort the unlocked rating column alone,
 *   parting each rating from its item; to sort the table, unprotect the sheet first;
 * - insert or delete rows and columns: no (unprotect first; the figures survive it).
 */
export const SHEET_PROTECTION = {
  formatCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: false,
  insertRows: false,
  deleteRows: false,
} as const;
