import type { WeakPoint } from "../../core/results/improvement";
import { cellRef, parseRange } from "../../plan/a1";
import { IMPROVEMENT_HEADERS, RESULT_SHEETS } from "../../plan/resultSheets";
import type { CellBlock, WorkbookSheet } from "../../plan/types";
import type { TakenNames } from "./ownedSheets";

/**
 * What the user typed into the previous Pilnveides plāns (actions, who, deadline, status, notes)
 * follows each weak point into the rebuilt plan, matched by sheet and code: rebuilding results must
 * not wipe a plan people are working on. Costs one sync, and only when a previous plan exists.
 *
 * A deadline typed as a date is a serial number in `values` (46022) whose date-ness lives only in
 * the cell's number format, which Excel set when it was typed: the formats are read along, and a
 * dated Termiņš is written back as a date, not as the bare number.
 */

const KEPT = ["Rīcība", "Atbildīgais", "Termiņš", "Statuss", "Piezīmes"] as const;
type Kept = (typeof KEPT)[number];
export type Entry = Partial<Record<Kept, string | number>> & {
  /** Termiņš was a number shown as a date. */
  dated?: boolean;
};

/** Whether a number format shows a date (d, m or y outside quoted text, escapes and [brackets]). */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return bare !== "General" && /[dmy]/i.test(bare);
}

/** The previous plan's entries by "sheet\0code"; empty when there is no previous plan. */
export async function previousEntries(context: Excel.RequestContext, taken: TakenNames): Promise<{ entries: Map<string, Entry>; syncs: number }> {
  const table = taken.tables.find((t) => t.sheet === RESULT_SHEETS.improvement);
  if (!table) return { entries: new Map(), syncs: 0 };
  const range = context.workbook.tables.getItem(table.name).getRange().load("values,numberFormat");
  await context.sync();
  const [header = [], ...rows] = range.values as (string | number | boolean)[][];
  const formats = range.numberFormat as unknown[][];
  const col = (h: string) => header.findIndex((x) => String(x).trim() === h);
  const [sheet, code] = [col("Lapa"), col("Kods")];
  const entries = new Map<string, Entry>();
  if (sheet < 0 || code < 0) return { entries, syncs: 1 };
  const deadline = col("Termiņš");
  for (const [i, row] of rows.entries()) {
    const entry: Entry = {};
    for (const h of KEPT) {
      const v = row[col(h)];
      if (col(h) >= 0 && (typeof v === "number" || (typeof v === "string" && v !== ""))) entry[h] = v;
    }
    if (typeof entry["Termiņš"] === "number" && isDateFormat(formats[i + 1]?.[deadline])) entry.dated = true;
    if (Object.keys(entry).length) entries.set(key(String(row[sheet]), String(row[code])), entry);
  }
  return { entries, syncs: 1 };
}

const key = (sheet: string, code: string) => `${sheet}\u0000${code}`;

/** Entries in the plan's order, for improvementSheet (which takes all but Piezīmes). */
export function entriesFor(points: readonly WeakPoint[], previous: ReadonlyMap<string, Entry>): Record<number, Entry> {
  const out: Record<number, Entry> = {};
  points.forEach((p, i) => {
    const e = previous.get(key(p.sheet, p.code));
    if (e) out[i] = e;
  });
  return out;
}

/**
 * What improvementSheet cannot say is written over it: the kept notes (it leaves Piezīmes empty),
 * as text; a dated Termiņš, as a date (it would write the bare serial number).
 */
export function withNotes(sheet: WorkbookSheet, entries: Readonly<Record<number, Entry>>): WorkbookSheet {
  const table = sheet.tables?.[0];
  if (!table) return sheet;
  const { r1, c1 } = parseRange(table.ref);
  const firstRow = r1 + 1;
  const at = (i: string, header: (typeof IMPROVEMENT_HEADERS)[number]) => cellRef(firstRow + Number(i), c1 + IMPROVEMENT_HEADERS.indexOf(header));
  const blocks: CellBlock[] = Object.entries(entries).flatMap(([i, e]) => [
    ...(e.Piezīmes === undefined ? [] : [{ ref: at(i, "Piezīmes"), rows: [[{ text: String(e.Piezīmes) }]] }]),
    ...(e.dated && typeof e.Termiņš === "number" ? [{ ref: at(i, "Termiņš"), rows: [[{ date: e.Termiņš }]] }] : []),
  ]);
  return blocks.length ? { ...sheet, blocks: [...sheet.blocks, ...blocks] } : sheet;
}
