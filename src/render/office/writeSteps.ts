import type { CellBlock, PlanCell, StyledRange } from "../../plan/types";
import { cellRef, parseCell, parseRange } from "../../plan/a1";
import { DATE_FORMAT, GENERAL_FORMAT, LOOKS, TEXT_FORMAT } from "./looks";
import { cutToCell } from "../../core/limits";

/**
 * Writes as data: what goes into each request, and how big it is. Excel on the web refuses a request
 * over 5 MB, so writes are packed into requests of at most 4 MB (the rest is headroom for the
 * request's own framing), and a block bigger than a chunk is cut into row bands.
 */

export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
export const BATCH_BYTES = 4 * 1024 * 1024;
export const CHUNK_BYTES = 1024 * 1024;
/** What one queued call costs beside its arguments (object path, method name, ids). */
export const OP_OVERHEAD_BYTES = 160;

const encoder = new TextEncoder();

/** Size of a value as JSON in UTF-8: what it adds to a request. */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

export type FormulaValue = string | number;

/** A rectangle ready for `range.numberFormat` and `range.formulas`, top-left at `ref`. */
export interface CellChunk {
  readonly ref: string;
  readonly formulas: FormulaValue[][];
  readonly numberFormat: string[][];
  readonly bytes: number;
}

/** The number format styles give a cell: the last style covering it wins, as in the .xlsx writer. */
export function styleFormats(styles: readonly StyledRange[]): (row: number, col: number) => string | undefined {
  const areas = styles.map((s) => ({ ...parseRange(s.ref), format: LOOKS[s.style].numberFormat }));
  return (row, col) => {
    let format: string | undefined;
    for (const a of areas) if (row >= a.r1 && row <= a.r2 && col >= a.c1 && col <= a.c2) format = a.format;
    return format;
  };
}

/**
 * A cell's content for `range.formulas`, and the number format it must have *before* it is written:
 * text is "@" so that "=…", "+…", "-…", "@…", "1/2" or "007" stay the user's text; dates get a date
 * format; a formula or a number must never be "@" (Excel would keep the formula as text).
 */
export function cellContent(cell: PlanCell, styleFormat: string | undefined): { value: FormulaValue; format: string } {
  if (cell === null) return { value: "", format: styleFormat ?? GENERAL_FORMAT };
  if ("text" in cell) return { value: cutToCell(cell.text), format: TEXT_FORMAT };
  if ("date" in cell) return { value: cell.date, format: DATE_FORMAT };
  const format = styleFormat === undefined || styleFormat === TEXT_FORMAT ? GENERAL_FORMAT : styleFormat;
  return "number" in cell ? { value: cell.number, format } : { value: cell.formula, format };
}

/** A block as row bands of at most `chunkBytes` each (one band for any block of a real template). */
export function blockChunks(block: CellBlock, formatAt: (row: number, col: number) => string | undefined, chunkBytes = CHUNK_BYTES): CellChunk[] {
  const { row: top, col: left } = parseCell(block.ref);
  const chunks: CellChunk[] = [];
  let formulas: FormulaValue[][] = [];
  let formats: string[][] = [];
  let bytes = 0;
  let start = top;
  const flush = () => {
    if (formulas.length === 0) return;
    chunks.push({ ref: cellRef(start, left), formulas, numberFormat: formats, bytes: bytes + 2 * OP_OVERHEAD_BYTES });
    start += formulas.length;
    formulas = [];
    formats = [];
    bytes = 0;
  };
  block.rows.forEach((cells, i) => {
    const row = top + i;
    const contents = cells.map((cell, j) => cellContent(cell, formatAt(row, left + j)));
    const values = contents.map((c) => c.value);
    const rowFormats = contents.map((c) => c.format);
    const rowBytes = jsonBytes(values) + jsonBytes(rowFormats);
    if (bytes + rowBytes > chunkBytes) flush();
    formulas.push(values);
    formats.push(rowFormats);
    bytes += rowBytes;
  });
  flush();
  return chunks;
}

/** The A1 range a chunk covers. */
export function chunkRange(chunk: CellChunk): string {
  const { row, col } = parseCell(chunk.ref);
  const width = chunk.formulas[0]?.length ?? 1;
  return `${chunk.ref}:${cellRef(row + chunk.formulas.length - 1, col + width - 1)}`;
}

/** One or more queued calls, with what they add to a request. */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: () => void;
}

export const step = (queue: () => void, payload: unknown = null): WriteStep => ({ bytes: OP_OVERHEAD_BYTES + jsonBytes(payload), queue });

/**
 * Queues the steps in order, syncing whenever the next step would take the request over `limit`
 * (and once at the end). `beforeBatch` runs at the start of every request (it may throw to stop
 * before anything of that request is queued). Returns the syncs made; `sent`, when given, gets
 * each request's estimated size.
 */
export async function runInBatches(
  context: { sync(): Promise<void> },
  steps: readonly WriteStep[],
  beforeBatch: () => void = () => undefined,
  limit = BATCH_BYTES,
  sent: number[] = [],
): Promise<number> {
  let syncs = 0;
  let bytes = 0;
  let open = false;
  for (const s of steps) {
    if (s.bytes > limit) throw new Error(`One write of ${s.bytes} bytes exceeds the ${limit}-byte request budget`);
    if (open && bytes + s.bytes > limit) {
      sent.push(bytes);
      // One sync per request budget (4 MB), never per step: the loop is what keeps requests under 5 MB.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
      open = false;
    }
    if (!open) {
      beforeBatch();
      open = true;
      bytes = 0;
    }
    s.queue();
    bytes += s.bytes;
  }
  if (open) {
    sent.push(bytes);
    await context.sync();
    syncs++;
  }
  return syncs;
}
