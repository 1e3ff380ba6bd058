import { columnLetter, columnNumber } from "../../../src/plan/a1";
import type { ChartState } from "./charts";
import { DoubleError, invalidArgument } from "./errors";

/**
 * The double's workbook: plain data that the proxies read at sync time and write when their
 * queued operations are applied. Tests may look at it directly (it is what "Excel" holds); the
 * add-in under test only ever reaches it through the proxies.
 */

export type Scalar = string | number | boolean;

export interface CellState {
  /** A constant: text, number or boolean. Absent for an empty cell and for a formula. */
  value?: Scalar;
  /** en-US formula with its "=". The double does not calculate. */
  formula?: string;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  wrap?: boolean;
  verticalAlignment?: string;
  /** Excel's default is locked. */
  locked?: boolean;
  /** Lines drawn on the cell's sides (RangeBorder: style, weight, colour). */
  borders?: Partial<Record<CellSide, BorderState>>;
}

export type CellSide = "top" | "bottom" | "left" | "right";

export interface BorderState {
  style?: string;
  weight?: string;
  color?: string;
}

/** 1-based, inclusive. */
export interface Area {
  readonly r1: number;
  readonly c1: number;
  readonly r2: number;
  readonly c2: number;
}

export interface ValidationState {
  area: Area;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatState {
  readonly area: Area;
  readonly type: string;
  formula?: string;
  operator?: string;
  fill?: string;
  fontColor?: string;
}

export interface SheetState {
  readonly id: string;
  name: string;
  readonly cells: Map<string, CellState>;
  /** Column (1-based) → width in points. */
  readonly columnWidths: Map<number, number>;
  /** Row (1-based) → height in points. */
  readonly rowHeights: Map<number, number>;
  readonly validations: ValidationState[];
  readonly conditionalFormats: ConditionalFormatState[];
  /** `password` as given to protect(); the double keeps it in clear to check unprotect(). */
  protection: { protected: boolean; options: Excel.WorksheetProtectionOptions; password?: string };
  frozenRows: number;
  printArea?: Area;
  printTitleRows?: { first: number; last: number };
  /** worksheet.pageLayout (ExcelApi 1.9): what the add-in set; margins in points. */
  pageLayout: Record<string, unknown>;
  /** Drawing objects: the sheet's charts, in z-order (the order they were added). */
  readonly charts: ChartState[];
}

export interface TableState {
  readonly id: string;
  name: string;
  readonly sheet: SheetState;
  readonly area: Area;
  style?: string;
}

export interface NameState {
  readonly name: string;
  readonly sheet: SheetState;
  readonly area: Area;
  /** The sheet the name is local to; undefined for a workbook-level name. */
  readonly scopeSheet?: SheetState;
}

export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly tables: TableState[];
  readonly names: NameState[];
  /** The sheet the API reports as active (getActiveWorksheet, the target of an address without a sheet). */
  activeSheet?: SheetState;
  /**
   * The sheet the user sees. It follows activeSheet, except where Excel lets them part: panes frozen
   * on an inactive sheet make the API call it active while the user still sees the other (#3148).
   */
  shownSheet?: SheetState;
  /** Workbook protection (ExcelApi 1.7): while on, sheets cannot be added, deleted, renamed or moved. */
  protection: { protected: boolean; password?: string };
  selection?: { sheet: SheetState; area: Area };
  nextId: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function newWorkbook(): WorkbookState {
  return { sheets: [], tables: [], names: [], nextId: 1, protection: { protected: false } };
}

export function newSheet(book: WorkbookState, name: string): SheetState {
  const sheet: SheetState = {
    id: `{sheet-${book.nextId++}}`,
    name,
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    validations: [],
    conditionalFormats: [],
    protection: { protected: false, options: {} },
    frozenRows: 0,
    pageLayout: {},
    charts: [],
  };
  book.sheets.push(sheet);
  return sheet;
}

/** The sheet the API calls active: the first one until something is activated. */
export const activeOf = (book: WorkbookState): SheetState | undefined => book.activeSheet ?? book.sheets[0];

/** The sheet the user sees (see `shownSheet`). */
export const shownOf = (book: WorkbookState): SheetState | undefined => book.shownSheet ?? activeOf(book);

/** Makes `sheet` the active one, in the API's view and on screen. */
export function show(book: WorkbookState, sheet: SheetState): void {
  book.activeSheet = sheet;
  book.shownSheet = sheet;
}

export const cellKey = (row: number, col: number) => `${row},${col}`;

/** "B4", "$A$10:F27", "C:C", "13:15", with or without "Sheet!" / "'My sheet'!" in front. */
export function parseAddress(address: string): { sheet?: string; area: Area } {
  const bang = address.lastIndexOf("!");
  const sheetPart = bang >= 0 ? address.slice(0, bang) : undefined;
  const sheet = sheetPart?.startsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  const ref = address
    .slice(bang + 1)
    .replace(/\$/g, "")
    .toUpperCase();
  const [a, b = a] = ref.split(":");
  const one = (p: string, end: boolean) => {
    let m = /^([A-Z]{1,3})(\d+)$/.exec(p);
    if (m) return { row: Number(m[2]), col: columnNumber(m[1]) };
    if ((m = /^([A-Z]{1,3})$/.exec(p))) return { row: end ? MAX_ROWS : 1, col: columnNumber(m[1]) };
    if ((m = /^(\d+)$/.exec(p))) return { row: Number(m[1]), col: end ? MAX_COLS : 1 };
    throw invalidArgument(`address "${address}"`);
  };
  const p = one(a, false);
  const q = one(b, true);
  const area = { r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) };
  if (area.r2 > MAX_ROWS || area.c2 > MAX_COLS || area.r1 < 1 || area.c1 < 1) throw invalidArgument(`address "${address}"`);
  return { sheet, area };
}

export function areaAddress(area: Area, absolute = false): string {
  const d = absolute ? "$" : "";
  if (area.r1 === 1 && area.r2 === MAX_ROWS) return `${d}${columnLetter(area.c1)}:${d}${columnLetter(area.c2)}`;
  if (area.c1 === 1 && area.c2 === MAX_COLS) return `${d}${area.r1}:${d}${area.r2}`;
  const a = `${d}${columnLetter(area.c1)}${d}${area.r1}`;
  const b = `${d}${columnLetter(area.c2)}${d}${area.r2}`;
  return a === b ? a : `${a}:${b}`;
}

/** Excel quotes a sheet name that is not a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function overlaps(a: Area, b: Area): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function contains(outer: Area, inner: Area): boolean {
  return inner.r1 >= outer.r1 && inner.r2 <= outer.r2 && inner.c1 >= outer.c1 && inner.c2 <= outer.c2;
}

export function cellsOf(area: Area): number {
  return (area.r2 - area.r1 + 1) * (area.c2 - area.c1 + 1);
}

/** Refuses what would make the double enumerate a whole column's million cells. */
export function* eachCell(area: Area): Generator<[number, number]> {
  if (cellsOf(area) > 2_000_000) throw new DoubleError("InvalidOperation", "the double does not enumerate whole rows or columns");
  for (let r = area.r1; r <= area.r2; r++) for (let c = area.c1; c <= area.c2; c++) yield [r, c];
}

export function cellAt(sheet: SheetState, row: number, col: number): CellState {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) sheet.cells.set(key, (cell = {}));
  return cell;
}

export function peekCell(sheet: SheetState, row: number, col: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, col));
}
