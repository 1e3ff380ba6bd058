import type { WorkbookSheet } from "../../plan/types";
import { cleanSheetName, uniqueName } from "../../plan/sheetNames";
import { refuseProtectedStructure, suspendCalculation } from "./insertSheet";
import { sheetSteps } from "./sheetSteps";
import { BATCH_BYTES, CHUNK_BYTES, jsonBytes, OP_OVERHEAD_BYTES, runInBatches, step, type WriteStep } from "./writeSteps";

/**
 * Writes the sheets the add-in owns (a merge's summary, the results' Dinamika and Pilnveides plāns)
 * so that a failure or a cancel never leaves a half-written sheet and never loses the previous one:
 * every sheet is first written in full under a temporary name; then one step — always within a
 * single request, the last of the write — deletes the old sheets of exactly the target names and
 * renames the new ones (their tables too). If anything fails before, the temporaries are deleted
 * and the old sheets are as they were. A user's sheet of another name is never touched.
 *
 * Syncs: one to read the names taken (none when the caller read them already, `taken`), then one
 * per ≤ 4 MB of writes — a single one unless a long table needs chunking.
 *
 * An owned sheet's formulas must refer to its own sheet only (the plans' do): while it is written
 * under its temporary name, a reference to another owned sheet by name would bind to the old one
 * and turn into #REF! when that is deleted.
 */

/** What the workbook has, as the renderer needs it to pick names that do not clash. */
export interface TakenNames {
  /** In workbook order. */
  readonly sheets: readonly string[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  /** Workbook-level defined names (one namespace with table names). */
  readonly names: readonly string[];
  /** Whether the workbook's structure is protected (then no sheet can be added or replaced). */
  readonly structureProtected?: boolean;
}

export interface OwnedWriteOptions {
  /** The names from a read the caller has synced already: saves this writer's own read. */
  readonly taken?: TakenNames;
  /** Further writes queued after the swap (a results rebuild's charts), in the same batching. */
  readonly after?: readonly WriteStep[];
  /** Checked before every request: an abort stops the write before the swap, cleaning up. */
  readonly signal?: AbortSignal;
  /** Request budget (tests make it small to see chunking). */
  readonly limit?: number;
}

export interface OwnedWrite {
  readonly sheets: readonly string[];
  readonly syncs: number;
  /** The largest request, as the renderer estimated it. */
  readonly maxPayloadBytes: number;
  /** Requests that carried writes (syncs minus the read). */
  readonly batches: number;
}

/** Queues the loads of the names taken; the returned function reads them after the sync. */
export function queueTakenNames(context: Excel.RequestContext): () => TakenNames {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load({ name: true, worksheet: { name: true } });
  const names = workbook.names.load("items/name");
  const structure = workbook.protection.load("protected");
  return () => ({
    sheets: sheets.items.map((s) => s.name),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    names: names.items.map((n) => n.name),
    structureProtected: structure.protected,
  });
}

const lower = (s: string) => s.toLocaleLowerCase("lv");

let writes = 0;
/** A sheet name no one has: short (Excel allows 31 characters), distinct per write and per sheet. */
function temporaryNames(count: number, taken: readonly string[]): string[] {
  const have = new Set(taken.map(lower));
  const out: string[] = [];
  const tag = `${Date.now().toString(36).slice(-5)}${(writes++).toString(36)}`;
  for (let k = 0; out.length < count; k++) {
    const name = `KV_${tag}_${k}`;
    if (!have.has(lower(name))) out.push(name);
  }
  return out;
}

interface Placed {
  readonly plan: WorkbookSheet;
  readonly target: string;
  readonly temporary: string;
  /** The sheet it replaces (its name as the workbook spells it) and that sheet's position. */
  readonly old?: { readonly name: string; readonly position: number };
  readonly tables: readonly { readonly temporary: string; readonly final: string }[];
}

function place(sheets: readonly WorkbookSheet[], taken: TakenNames): Placed[] {
  const targets = sheets.map((s) => cleanSheetName(s.name));
  if (new Set(targets.map(lower)).size !== targets.length) throw new Error(`Owned sheets must have distinct names: ${targets.join(", ")}`);
  const temporaries = temporaryNames(sheets.length, taken.sheets);
  // An owned sheet written by an older version under its former name is replaced as well.
  const namesOf = (i: number) => [targets[i], ...(sheets[i].formerNames ?? [])].map(lower);
  const replaced = new Set(sheets.flatMap((_, i) => namesOf(i)));
  // Table names free once the old sheets are gone: the others' tables and the defined names.
  const finalTaken = [...taken.tables.filter((t) => !replaced.has(lower(t.sheet))).map((t) => t.name), ...taken.names];
  const allTaken = [...taken.tables.map((t) => t.name), ...taken.names];
  return sheets.map((plan, i) => {
    const position =
      namesOf(i)
        .map((n) => taken.sheets.findIndex((s) => lower(s) === n))
        .find((p) => p >= 0) ?? -1;
    const tables = (plan.tables ?? []).map((t) => {
      const temporary = uniqueName(`${t.name}_${temporaries[i].slice(3)}`, allTaken);
      const final = uniqueName(t.name, finalTaken);
      allTaken.push(temporary);
      finalTaken.push(final);
      return { temporary, final };
    });
    return { plan, target: targets[i], temporary: temporaries[i], tables, ...(position >= 0 ? { old: { name: taken.sheets[position], position } } : {}) };
  });
}

export async function writeOwnedSheets(context: Excel.RequestContext, sheets: readonly WorkbookSheet[], options: OwnedWriteOptions = {}): Promise<OwnedWrite> {
  if (sheets.length === 0) return { sheets: [], syncs: 0, maxPayloadBytes: 0, batches: 0 };
  let syncs = 0;
  let taken = options.taken;
  if (!taken) {
    const read = queueTakenNames(context);
    await context.sync();
    syncs++;
    taken = read();
  }
  refuseProtectedStructure(taken.structureProtected);
  const placed = place(sheets, taken);
  const { workbook } = context;
  const limit = options.limit ?? BATCH_BYTES;
  const added: (Excel.Worksheet | undefined)[] = [];
  const sheetOf = (i: number) => () => added[i] ?? fail(placed[i].temporary);
  const steps: WriteStep[] = placed.flatMap((p, i) => [
    step(() => void (added[i] = workbook.worksheets.add(p.temporary)), p.temporary),
    ...sheetSteps(p.plan, {
      workbook,
      sheet: sheetOf(i),
      tableNames: p.tables.map((t) => t.temporary),
      // Every name goes at sheet level: it leaves with its sheet, so a replaced sheet leaves no #REF! name.
      workbookNames: new Set((p.plan.names ?? []).map((n) => n.name.toLowerCase())),
      chunkBytes: Math.min(CHUNK_BYTES, Math.floor(limit / 4)),
    }),
  ]);
  steps.push(swapStep(workbook, placed, sheetOf), ...(options.after ?? []));

  const sent: number[] = [];
  const beforeBatch = () => {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error("cancelled");
    suspendCalculation(context);
  };
  try {
    syncs += await runInBatches(context, steps, beforeBatch, limit, sent);
  } catch (e) {
    await removeTemporaries(
      context,
      placed.map((p) => p.temporary),
    ).catch(() => undefined);
    throw e;
  }
  return { sheets: placed.map((p) => p.target), syncs, maxPayloadBytes: Math.max(0, ...sent), batches: sent.length };
}

function fail(name: string): never {
  throw new Error(`the worksheet ${name} is used before it is added`);
}

/**
 * The swap, as one step so that it never straddles two requests: per sheet, the old one goes, the
 * new one takes its tables' and its own final names and the old one's place in the tab order.
 */
function swapStep(workbook: Excel.Workbook, placed: readonly Placed[], sheetOf: (i: number) => () => Excel.Worksheet): WriteStep {
  const ops = placed.reduce((n, p) => n + 3 + p.tables.length, 1);
  return {
    bytes: ops * OP_OVERHEAD_BYTES + jsonBytes(placed.map((p) => [p.target, p.old, p.tables])),
    queue: () => {
      for (const [i, p] of placed.entries()) {
        const ws = sheetOf(i)();
        if (p.old) workbook.worksheets.getItem(p.old.name).delete();
        for (const t of p.tables) ws.tables.getItem(t.temporary).name = t.final;
        ws.name = p.target;
        // Deleting one old sheet and putting its successor in its place shifts no other position.
        if (p.old) ws.position = p.old.position;
      }
      sheetOf(0)().activate();
    },
  };
}

/** After a failure: deletes whichever temporaries exist (two syncs: find them, delete them). */
async function removeTemporaries(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const temporary = new Set(names.map(lower));
  const found = sheets.items.filter((s) => temporary.has(lower(s.name)));
  if (found.length === 0) return;
  for (const s of found) s.delete();
  await context.sync();
}
