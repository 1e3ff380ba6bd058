import type { SelfCheckProblem } from "../../../host/selfCheck";
import { localAddress } from "../readForms";

/**
 * What the self-check must give back: the sheets, the workbook-level names, the active sheet and
 * the selection as they were before it started. Everything it adds is removed by exact name: its
 * own sheets, the owned-sheet writer's temporaries, and the workbook-level names its inserts made.
 */

export interface WorkbookSnapshot {
  /** In tab order. */
  readonly sheets: readonly string[];
  /** Workbook-level defined names. */
  readonly names: readonly string[];
  readonly active: string;
  /** "Sheet1!B4:C6"; undefined when a chart or shape is selected and Excel gives no range. */
  readonly selection?: string;
  readonly calculationMode: string;
}

const lower = (s: string) => s.toLocaleLowerCase("lv");

/** Two syncs: the workbook's parts, then the selection (on its own, since it may fail). */
export async function takeSnapshot(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name");
  const names = workbook.names.load("items/name");
  const active = workbook.worksheets.getActiveWorksheet().load("name");
  const application = context.application.load("calculationMode");
  await context.sync();
  const base = {
    sheets: sheets.items.map((s) => s.name),
    names: names.items.map((n) => n.name),
    active: active.name,
    calculationMode: String(application.calculationMode),
  };
  const selection = await selectedAddress(context);
  return selection === undefined ? base : { ...base, selection };
}

async function selectedAddress(context: Excel.RequestContext): Promise<string | undefined> {
  try {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return range.address;
  } catch {
    return undefined;
  }
}

/** Sheet names: the self-check's own ("KV_pārbaude_1"…), none of which the workbook has. */
export function throwawayNames(count: number, taken: readonly string[], prefix = "KV_pārbaude_"): string[] {
  const have = new Set(taken.map(lower));
  const out: string[] = [];
  for (let k = 1; out.length < count; k++) if (!have.has(lower(`${prefix}${k}`))) out.push(`${prefix}${k}`);
  return out;
}

export interface Added {
  /** Sheets the check named (lower-cased comparison). */
  readonly sheets: readonly string[];
  /** Workbook-level names its inserts may have made (the plans' own names). */
  readonly names: readonly string[];
}

/**
 * Deletes what the check added and restores the active sheet and the selection, then reads the
 * workbook again and says what is not as it was. Three syncs.
 */
export async function restore(
  context: Excel.RequestContext,
  before: WorkbookSnapshot,
  added: Added,
): Promise<{ problems: SelfCheckProblem[]; removed: { sheets: number; names: number } }> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name");
  const names = workbook.names.load("items/name");
  await context.sync();

  const hadSheet = new Set(before.sheets.map(lower));
  const hadName = new Set(before.names.map(lower));
  const ourSheets = new Set(added.sheets.map(lower));
  const ourNames = new Set(added.names.map(lower));
  // The owned-sheet writer's temporaries ("KV_<tag>_<n>") are the check's too when a write failed.
  const sheetsToGo = sheets.items.filter((s) => !hadSheet.has(lower(s.name)) && (ourSheets.has(lower(s.name)) || /^KV_/i.test(s.name)));
  const namesToGo = names.items.filter((n) => !hadName.has(lower(n.name)) && ourNames.has(lower(n.name)));
  for (const n of namesToGo) n.delete();
  for (const s of sheetsToGo) s.delete();
  if (before.selection) {
    const bang = before.selection.lastIndexOf("!");
    const sheet = before.selection.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
    workbook.worksheets.getItem(sheet).getRange(localAddress(before.selection)).select();
  } else workbook.worksheets.getItem(before.active).activate();
  await context.sync();

  const after = await takeSnapshot(context);
  return { problems: differences(before, after), removed: { sheets: sheetsToGo.length, names: namesToGo.length } };
}

/** What differs between two snapshots, as report lines. */
export function differences(before: WorkbookSnapshot, after: WorkbookSnapshot): SelfCheckProblem[] {
  const problems: SelfCheckProblem[] = [];
  const differs = (what: string, got: string, expected: string) =>
    got !== expected && problems.push({ kind: "differs", where: "workbook", what, got, expected });
  differs("sheets", after.sheets.join(" | "), before.sheets.join(" | "));
  differs("workbook names", [...after.names].sort().join(" | "), [...before.names].sort().join(" | "));
  differs("active sheet", after.active, before.active);
  if (before.selection) differs("selection", after.selection ?? "", before.selection);
  return problems;
}
