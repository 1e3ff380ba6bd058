/** A1-reference arithmetic. Rows and columns are 1-based here, as in the A1 notation itself. */

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellRef(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

export function rangeRef(r1: number, c1: number, r2: number, c2: number, absolute = false): string {
  const a = cellRef(r1, c1, absolute);
  const b = cellRef(r2, c2, absolute);
  return a === b ? a : `${a}:${b}`;
}

export function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref.trim());
  if (!m) throw new Error(`Not an A1 cell reference: ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function parseRange(ref: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b = a] = ref.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  return { r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) };
}

export function absolute(ref: string): string {
  const { r1, c1, r2, c2 } = parseRange(ref);
  return rangeRef(r1, c1, r2, c2, true);
}
