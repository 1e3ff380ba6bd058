import { dateSerial } from "../../../src/core/fill";
import { accessDenied, invalidArgument } from "./errors";
import { cellAt, eachCell, peekCell, type Area, type CellState, type Scalar, type SheetState } from "./state";

/**
 * How Excel takes what `range.values` / `range.formulas` are given, as strictly as Excel itself: a
 * string is parsed unless the cell is formatted as text ("@") — "=…" becomes a formula, and so does
 * text starting with "+", "-" or "@" that is not a number; "12", "1/2", "5%", "TRUE" become numbers
 * or booleans. A leading apostrophe keeps the rest as text. null leaves the cell as it is.
 *
 * A date typed into a General cell becomes a serial number *and* gets a date format, as Excel does
 * ("When you enter some text into a cell such as "2/2", Excel assumes that this is a date and
 * formats it according to the default date setting": Microsoft support, "Format a date the way you
 * want"). Read back through `values` it is the serial; only `numberFormat` tells it was a date.
 */

/** Excel's built-in short date (format 14), as en-US shows it. */
export const TYPED_DATE_FORMAT = "m/d/yyyy";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^(\d{1,2})\/(\d{1,2})(\/(\d{2}|\d{4}))?$|^\d{4}-\d{2}-\d{2}$/;

export function enter(cell: CellState, input: unknown): void {
  if (input === null || input === undefined) return;
  delete cell.value;
  delete cell.formula;
  if (typeof input === "number" || typeof input === "boolean") return void (cell.value = input);
  if (typeof input !== "string") throw invalidArgument(`cell value ${JSON.stringify(input)}`);
  if (input === "") return;
  if (cell.numberFormat === "@") return void (cell.value = input);
  if (input.startsWith("'")) return void (cell.value = input.slice(1));
  const t = input.trim();
  if (NUMBER.test(t)) return void (cell.value = Number(t));
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return void (cell.value = Number(t.slice(0, -1)) / 100);
  if (/^(true|false)$/i.test(t)) return void (cell.value = t.toLowerCase() === "true");
  if (DATE.test(t)) {
    cell.value = typedDate(t);
    if (cell.numberFormat === undefined || cell.numberFormat === "General") cell.numberFormat = TYPED_DATE_FORMAT;
    return;
  }
  if (input.startsWith("=") && input.length > 1) return void (cell.formula = input);
  if (/^[+\-@]/.test(input)) return void (cell.formula = `=${input}`);
  cell.value = input;
}

function typedDate(t: string): number {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : usDate(t);
  return dateSerial(y, m, d);
}

function usDate(t: string): [number, number, number] {
  const [m, d, y] = t.split("/").map(Number);
  return [y === undefined ? new Date().getFullYear() : y < 100 ? 2000 + y : y, m, d];
}

/** Whether a write of contents may touch the cells (a protected sheet only takes unlocked ones). */
export function assertContentsEditable(sheet: SheetState, area: Area): void {
  if (!sheet.protection.protected) return;
  for (const [r, c] of eachCell(area)) if (peekCell(sheet, r, c)?.locked !== false) throw accessDenied(`${sheet.name} R${r}C${c}`);
}

export type FormatPermission = "allowFormatCells" | "allowFormatColumns" | "allowFormatRows";

export function assertFormattable(sheet: SheetState, permission: FormatPermission): void {
  if (sheet.protection.protected && sheet.protection.options[permission] !== true) throw accessDenied(`${sheet.name} (${permission} not allowed)`);
}

export function assertUnprotected(sheet: SheetState, what: string): void {
  if (sheet.protection.protected) throw accessDenied(`${sheet.name} (${what})`);
}

/** A scalar for every cell, or a 2-D array exactly the size of the range (as Office requires). */
export function eachInput(area: Area, input: unknown, f: (row: number, col: number, value: unknown) => void): void {
  const rows = area.r2 - area.r1 + 1;
  const cols = area.c2 - area.c1 + 1;
  if (!Array.isArray(input)) {
    for (const [r, c] of eachCell(area)) f(r, c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols))
    throw invalidArgument(`the array is not ${rows}×${cols}, the size of the range`);
  input.forEach((row: unknown[], i) => row.forEach((v, j) => f(area.r1 + i, area.c1 + j, v)));
}

export function writeContents(sheet: SheetState, area: Area, input: unknown): void {
  assertContentsEditable(sheet, area);
  eachInput(area, input, (r, c, v) => enter(cellAt(sheet, r, c), v));
}

export function writeNumberFormat(sheet: SheetState, area: Area, input: unknown): void {
  assertFormattable(sheet, "allowFormatCells");
  eachInput(area, input, (r, c, v) => {
    if (v === null || v === undefined) return;
    if (typeof v !== "string") throw invalidArgument(`number format ${JSON.stringify(v)}`);
    cellAt(sheet, r, c).numberFormat = v;
  });
}

/** What `range.values` gives back: "" for empty cells, and for formulas (the double does not calculate). */
export function valueOf(cell: CellState | undefined): Scalar {
  return cell?.value ?? "";
}

export function formulaOf(cell: CellState | undefined): Scalar {
  return cell?.formula ?? cell?.value ?? "";
}

export function grid<T>(sheet: SheetState, area: Area, f: (cell: CellState | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let r = area.r1; r <= area.r2; r++) {
    const row: T[] = [];
    for (let c = area.c1; c <= area.c2; c++) row.push(f(peekCell(sheet, r, c)));
    out.push(row);
  }
  return out;
}

/** The value every cell of the range shares, or null when they differ (as Office reports it). */
export function common<T>(sheet: SheetState, area: Area, f: (cell: CellState | undefined) => T): T | null {
  let first = true;
  let value: T | null = null;
  for (const [r, c] of eachCell(area)) {
    const v = f(peekCell(sheet, r, c));
    if (first) {
      value = v;
      first = false;
    } else if (v !== value) return null;
  }
  return value;
}
