import { cellRef, parseRange } from "../../plan/a1";
import { isMergeSheetName } from "../../plan/mergeSheets";
import { RESULT_SHEETS } from "../../plan/resultSheets";
import type { TakenNames } from "./ownedSheets";
import { excelApiOnlineSupported } from "./requirements";
import { carriesStamp, formsOf, type FormsRead } from "../../contract/forms";
import type { CellData, DefinedName, SheetData, WorkbookData } from "../../contract/model";

/**
 * Reads the filled forms of the open workbook. What a form is, is decided by the same contract
 * reader as for .xlsx files (`formsOf`): this module only fetches, through Office.js, the parts of
 * the workbook that reader looks at — each candidate sheet from A1 to its table's last cell, its
 * tables and its defined names.
 *
 * Syncs: one to find the candidate sheets (tables with a `Kods` column), one to read their heads
 * (the stamp), one to read the stamped ones from A1 to their table's last cell. A caller that knows
 * where the forms were (`known`, from an earlier read or insert) gets it all in one sync: the
 * discovery is sent along to prove that nothing moved, and only a new candidate costs the other two.
 */

export interface FormLocation {
  readonly sheet: string;
  readonly table: string;
}

/** What the contract reads of a workbook (forms and problems), and where in Excel it found them. */
export interface ExcelFormsRead extends FormsRead {
  readonly locations: FormLocation[];
  readonly syncs: number;
  /** Sheet, table and defined names as the read found them (for an owned-sheet write to follow). */
  readonly taken: TakenNames;
  /** Every sheet's charts and protection, when asked for (`details`). */
  readonly details?: SheetDetails[];
}

export interface SheetDetails {
  readonly name: string;
  /** The loaded proxy: its charts' names are loaded, and its charts can be deleted through it. */
  readonly sheet: Excel.Worksheet;
  readonly protected: boolean;
  readonly protection: Excel.WorksheetProtectionOptions;
  /** Whether a password guards it, where the host says (ExcelApiOnline 1.1); undefined elsewhere. */
  readonly passwordProtected?: boolean;
}

export interface ReadOptions {
  /** Only this sheet. */
  readonly sheet?: string;
  /** Only these sheets (the self-check reads its own sheets and none of the user's). */
  readonly sheets?: readonly string[];
  /** Where forms were last time: lets a warm read take a single sync. */
  readonly known?: readonly FormLocation[];
  /**
   * Also load every sheet's protection (`"protection"`: before marking cells), and its chart names
   * too (`true`: before rebuilding charts), in the same first sync.
   */
  readonly details?: boolean | "protection";
}

/**
 * The add-in's own sheets are never forms, though their tables have a `Kods` column: reading them
 * would only cost bytes — the merge's long table (a row per file × item) alone would exceed the
 * 5 MB a response may carry.
 */
const RESULT_SHEET_NAMES = new Set<string>(Object.values(RESULT_SHEETS));
const isOwnedSheet = (name: string) => RESULT_SHEET_NAMES.has(name) || isMergeSheetName(name);

interface Discovery {
  readonly sheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItemCollection;
  readonly structure: Excel.WorkbookProtection;
}

interface PendingSheet {
  readonly location: FormLocation;
  readonly names: Excel.NamedItemCollection;
  readonly table: Excel.Range;
  readonly block: Excel.Range;
}

/** What is read of a candidate before its block: enough to tell whether it carries a stamp. */
interface PendingHead {
  readonly location: FormLocation;
  readonly names: Excel.NamedItemCollection;
  readonly head: Excel.Range;
}

/** The stamp sits in the form's head: the contract looks for its "Veidne" label in these first rows. */
export const HEAD_ROWS = 20;

export async function readForms(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ExcelFormsRead> {
  const only = options.sheets && new Set(options.sheets);
  const wanted = (l: FormLocation) => (options.sheet === undefined || l.sheet === options.sheet) && (!only || only.has(l.sheet));
  const known = (options.known ?? []).filter(wanted);
  let discovery = queueDiscovery(context, options.details);
  let read = known.map((l) => queueSheet(context, l));
  let syncs = 1;
  try {
    await context.sync();
  } catch (e) {
    // A remembered sheet or table is gone (ItemNotFound): find the forms afresh.
    if (known.length === 0) throw e;
    discovery = queueDiscovery(context, options.details);
    read = [];
    await context.sync();
    syncs++;
  }
  const locations = candidates(discovery).filter(wanted);
  const key = (l: FormLocation) => `${l.sheet}\u0000${l.table}`;
  const current = new Set(locations.map(key));
  const kept = read.filter((p) => current.has(key(p.location)));
  const readAlready = new Set(kept.map((p) => key(p.location)));
  const fresh = locations.filter((l) => !readAlready.has(key(l)));
  const workbookNames = rangeNames(discovery.names);
  let added: PendingSheet[] = [];
  if (fresh.length > 0) {
    // Any table with a "Kods" column is a candidate, and a user's own may be 50,000 rows long: its
    // block would pass the 5 MB a response may carry. So a new candidate's head is read first, and
    // only a stamped sheet's block after it.
    const heads = fresh.map((l) => queueHead(context, l));
    await context.sync();
    syncs++;
    const stamped = heads.filter((h) => isStamped(h, workbookNames));
    added = stamped.map((h) => queueSheet(context, h.location, h.names));
    if (added.length > 0) {
      await context.sync();
      syncs++;
    }
  }
  const order = new Map(locations.map((l, i) => [key(l), i]));
  const pending = [...kept, ...added].sort((a, b) => order.get(key(a.location))! - order.get(key(b.location))!);
  const { forms, problems } = formsOf(workbookData(workbookNames, pending));
  const taken: TakenNames = {
    sheets: discovery.sheets.items.map((s) => s.name),
    tables: discovery.tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    names: discovery.names.items.map((n) => n.name),
    structureProtected: discovery.structure.protected,
  };
  const details = options.details
    ? discovery.sheets.items.map((sheet) => ({
        name: sheet.name,
        sheet,
        protected: sheet.protection.protected,
        protection: sheet.protection.options,
        ...(excelApiOnlineSupported("1.1") ? { passwordProtected: sheet.protection.isPasswordProtected } : {}),
      }))
    : undefined;
  return { forms, problems, locations: pending.map((p) => p.location), syncs, taken, ...(details ? { details } : {}) };
}

function queueDiscovery(context: Excel.RequestContext, details: ReadOptions["details"] = false): Discovery {
  const { workbook } = context;
  // The web says whether a sheet has a password; elsewhere only a refused unprotect() hints at it.
  const password = excelApiOnlineSupported("1.1");
  const protection = password ? { protected: true, options: true, isPasswordProtected: true } : { protected: true, options: true };
  return {
    sheets: workbook.worksheets.load(
      details === "protection" ? { name: true, protection } : details ? { name: true, charts: { name: true }, protection } : { name: true },
    ),
    tables: workbook.tables.load({ name: true, worksheet: { name: true }, columns: { name: true } }),
    names: workbook.names.load({ name: true, type: true, formula: true }),
    structure: workbook.protection.load("protected"),
  };
}

function queueNames(context: Excel.RequestContext, location: FormLocation): Excel.NamedItemCollection {
  return context.workbook.worksheets.getItem(location.sheet).names.load({ name: true, type: true, formula: true });
}

function queueHead(context: Excel.RequestContext, location: FormLocation): PendingHead {
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const block = sheet.tables.getItem(location.table).getRange().getBoundingRect("A1");
  return { location, names: queueNames(context, location), head: block.getIntersection(sheet.getRange(`1:${HEAD_ROWS}`)).load("address,values") };
}

function queueSheet(context: Excel.RequestContext, location: FormLocation, names = queueNames(context, location)): PendingSheet {
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const table = sheet.tables.getItem(location.table).getRange();
  return {
    location,
    names,
    table: table.load("address"),
    // From A1 to the table's last cell: the head (stamp, metadata) and the table, nothing to the
    // right or below, so a long sheet of the user's own next to a form is not fetched.
    block: table.getBoundingRect("A1").load("address,values"),
  };
}

/** Sheets with a table that has a `Kods` column (its first such table), in workbook order. */
function candidates(d: Discovery): FormLocation[] {
  const order = d.sheets.items.map((s) => s.name);
  const bySheet = new Map<string, FormLocation>();
  for (const t of d.tables.items) {
    const sheet = t.worksheet.name;
    if (!bySheet.has(sheet) && !isOwnedSheet(sheet) && t.columns.items.some((c) => String(c.name).trim() === "Kods"))
      bySheet.set(sheet, { sheet, table: t.name });
  }
  return [...bySheet.values()].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
}

const rangeNames = (c: Excel.NamedItemCollection): DefinedName[] =>
  c.items.filter((n) => n.type === "Range").map((n) => ({ name: n.name, formula: n.formula.replace(/^=/, "") }));

/**
 * A sheet's own names. Excel on the web lists the workbook's names among a sheet's too (office-js
 * #1011), and whether it then says `scope: "Workbook"` for them is nowhere documented: so a name the
 * workbook-level list holds with the same target is taken as the workbook's, whatever its scope says.
 */
function ownNames(c: Excel.NamedItemCollection, workbook: readonly DefinedName[], index: number): DefinedName[] {
  const global = new Set(workbook.map((n) => `${n.name.toLowerCase()}\u0000${n.formula}`));
  return rangeNames(c)
    .filter((n) => !global.has(`${n.name.toLowerCase()}\u0000${n.formula}`))
    .map((n) => ({ ...n, localSheet: index }));
}

function cellsOf(range: Excel.Range): Map<string, CellData> {
  const cells = new Map<string, CellData>();
  const { r1, c1 } = parseRange(localAddress(range.address));
  range.values.forEach((row, i) =>
    row.forEach((value: unknown, j) => {
      if (typeof value === "number" || typeof value === "boolean" || (typeof value === "string" && value !== "")) cells.set(cellRef(r1 + i, c1 + j), { value });
    }),
  );
  return cells;
}

function isStamped(h: PendingHead, workbook: readonly DefinedName[]): boolean {
  const sheet: SheetData = { name: h.location.sheet, state: "visible", cells: cellsOf(h.head), tables: [] };
  return carriesStamp(sheet, 0, [...workbook, ...ownNames(h.names, workbook, 0)]);
}

/** What was fetched, in the shape the .xlsx reader gives, for the one contract reader. */
function workbookData(workbookNames: readonly DefinedName[], pending: readonly PendingSheet[]): WorkbookData {
  const names: DefinedName[] = [...workbookNames];
  const sheets: SheetData[] = pending.map((p, index) => {
    names.push(...ownNames(p.names, workbookNames, index));
    const cells = cellsOf(p.block);
    const ref = localAddress(p.table.address);
    const { r1: top, c1: left, c2: right } = parseRange(ref);
    const headers = Array.from({ length: right - left + 1 }, (_, k) => String(cells.get(cellRef(top, left + k))?.value ?? ""));
    return { name: p.location.sheet, state: "visible", cells, tables: [{ name: p.location.table, ref, headers }] };
  });
  return { sheets, names };
}

/** "'Sheet (2)'!A1:F29" → "A1:F29". */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}
