import { cellRef, parseRange } from "../../plan/a1";
import { isMergeSheetName } from "../../plan/mergeSheets";
import { RESULT_SHEETS } from "../../plan/resultSheets";
import type { TakenNames } from "./ownedSheets";
import { formsOf, type FormsRead } from "../../contract/forms";
import type { CellData, DefinedName, SheetData, WorkbookData } from "../../contract/model";

/**
 * Reads the filled forms of the open workbook. What a form is, is decided by the same contract
 * reader as for .xlsx files (`formsOf`): this module only fetches, through Office.js, the parts of
 * the workbook that reader looks at — each candidate sheet from A1 to its table's last cell, its
 * tables and its defined names.
 *
 * Syncs: one to find the candidate sheets (tables with a `Kods` column), one to read them. A caller
 * that knows where the forms were (`known`, from an earlier read or insert) gets both in one sync:
 * the discovery is sent along to prove that nothing moved, and only if it did is a second sent.
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
}

export interface ReadOptions {
  /** Only this sheet. */
  readonly sheet?: string;
  /** Only these sheets (the self-check reads its own sheets and none of the user's). */
  readonly sheets?: readonly string[];
  /** Where forms were last time: lets a warm read take a single sync. */
  readonly known?: readonly FormLocation[];
  /** Also load every sheet's chart names and protection, in the same first sync. */
  readonly details?: boolean;
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

export async function readForms(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ExcelFormsRead> {
  const only = options.sheets && new Set(options.sheets);
  const wanted = (l: FormLocation) => (options.sheet === undefined || l.sheet === options.sheet) && (!only || only.has(l.sheet));
  const known = (options.known ?? []).filter(wanted);
  let discovery = queueDiscovery(context, options.details);
  let pending = known.map((l) => queueSheet(context, l));
  let syncs = 1;
  try {
    await context.sync();
  } catch (e) {
    // A remembered sheet or table is gone (ItemNotFound): find the forms afresh.
    if (known.length === 0) throw e;
    discovery = queueDiscovery(context, options.details);
    pending = [];
    await context.sync();
    syncs++;
  }
  const locations = candidates(discovery).filter(wanted);
  if (!sameLocations(locations, pending.map((p) => p.location))) {
    pending = locations.map((l) => queueSheet(context, l));
    if (pending.length > 0) {
      await context.sync();
      syncs++;
    }
  }
  const { forms, problems } = formsOf(workbookData(discovery, pending));
  const taken: TakenNames = {
    sheets: discovery.sheets.items.map((s) => s.name),
    tables: discovery.tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    names: discovery.names.items.map((n) => n.name),
    structureProtected: discovery.structure.protected,
  };
  const details = options.details
    ? discovery.sheets.items.map((sheet) => ({ name: sheet.name, sheet, protected: sheet.protection.protected, protection: sheet.protection.options }))
    : undefined;
  return { forms, problems, locations, syncs, taken, ...(details ? { details } : {}) };
}

function queueDiscovery(context: Excel.RequestContext, details = false): Discovery {
  const { workbook } = context;
  return {
    sheets: workbook.worksheets.load(details ? { name: true, charts: { name: true }, protection: { protected: true, options: true } } : { name: true }),
    tables: workbook.tables.load({ name: true, worksheet: { name: true }, columns: { name: true } }),
    names: workbook.names.load({ name: true, type: true, formula: true }),
    structure: workbook.protection.load("protected"),
  };
}

function queueSheet(context: Excel.RequestContext, location: FormLocation): PendingSheet {
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const table = sheet.tables.getItem(location.table).getRange();
  return {
    location,
    names: sheet.names.load({ name: true, type: true, formula: true, scope: true }),
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
    if (!bySheet.has(sheet) && !isOwnedSheet(sheet) && t.columns.items.some((c) => String(c.name).trim() === "Kods")) bySheet.set(sheet, { sheet, table: t.name });
  }
  return [...bySheet.values()].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
}

function sameLocations(a: readonly FormLocation[], b: readonly FormLocation[]): boolean {
  const key = (l: FormLocation) => `${l.sheet}\u0000${l.table}`;
  const bs = new Set(b.map(key));
  return a.length === b.length && a.every((l) => bs.has(key(l)));
}

/** What was fetched, in the shape the .xlsx reader gives, for the one contract reader. */
function workbookData(d: Discovery, pending: readonly PendingSheet[]): WorkbookData {
  const rangeNames = (c: Excel.NamedItemCollection) => c.items.filter((n) => n.type === "Range");
  const names: DefinedName[] = rangeNames(d.names).map((n) => ({ name: n.name, formula: n.formula.replace(/^=/, "") }));
  const sheets: SheetData[] = pending.map((p, index) => {
    // Excel on the web lists the workbook's names among a sheet's too (office-js #1011): keep the sheet's own.
    for (const n of rangeNames(p.names).filter((n) => n.scope === "Worksheet")) names.push({ name: n.name, formula: n.formula.replace(/^=/, ""), localSheet: index });
    const cells = new Map<string, CellData>();
    const { r1, c1 } = parseRange(localAddress(p.block.address));
    p.block.values.forEach((row, i) =>
      row.forEach((value: unknown, j) => {
        if (typeof value === "number" || typeof value === "boolean" || (typeof value === "string" && value !== ""))
          cells.set(cellRef(r1 + i, c1 + j), { value });
      }),
    );
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
