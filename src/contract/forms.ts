import { catalog as defaultCatalog, parseStamp, stampOf, type Catalog, type Template } from "../core/catalog";
import type { CellInput, FilledForm, FormNote, FormRow, RawValue } from "../core/form";
import { normalText } from "../core/text";
import { DAYS_1900_TO_1904 } from "../core/limits";
import { parseCell, parseRange, cellRef, rangeRef } from "../plan/a1";
import { buildSheetPlan } from "../plan/buildSheet";
import { META_NAMES, RESPONDENTS_NAME, STAMP_NAME, type SheetPlan } from "../plan/types";
import type { DefinedName, SheetData, TableData, WorkbookData } from "./model";
import { MAX_TABLE_ROWS } from "./limits";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../core/limits";
import { problem, type SheetProblem } from "./problems";

export type { SheetProblem } from "./problems";

/**
 * Turns a read workbook into filled forms, through the contract only: the stamp (a sheet-level
 * `KvalitateVeidne` name, or the "Veidne" label's neighbour), the table's `Kods` and input headers,
 * and the metadata names. Sheet names, positions and extra rows or columns do not matter.
 */

export interface FormsRead {
  readonly forms: FilledForm[];
  readonly problems: SheetProblem[];
}

/** One plan per template version (versions differ in their items), built once. */
const planCache = new WeakMap<Template, SheetPlan>();
function planOf(template: Template): SheetPlan {
  let plan = planCache.get(template);
  if (!plan) planCache.set(template, (plan = buildSheetPlan(template)));
  return plan;
}

/** "'My sheet'!$B$5" → { sheet: "My sheet", ref: "B5" }. */
export function splitNameRef(formula: string): { sheet?: string; ref: string } | undefined {
  const m = /^(?:(?:'((?:[^']|'')+)'|([^!'][^!]*))!)?\$?([A-Z]+)\$?(\d+)$/i.exec(formula.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, ref: `${m[3].toUpperCase()}${m[4]}` };
}

/** Where a name points on this sheet: its sheet-level definition first, then a workbook-level one. */
function nameOnSheet(names: readonly DefinedName[], name: string, index: number, sheetName: string): string | undefined {
  const candidates = names.filter((n) => n.name.toLowerCase() === name.toLowerCase());
  const local = candidates.find((n) => n.localSheet === index);
  const global = candidates.find((n) => n.localSheet === undefined);
  for (const n of [local, global]) {
    const target = n && splitNameRef(n.formula);
    if (target && (target.sheet === undefined || target.sheet === sheetName)) return target.ref;
  }
  return undefined;
}

const STAMP_LIKE = /^\s*[a-z0-9-]+@\d+\s*$/;

/** The stamp's cell on a sheet, by its name, else by the "Veidne" label in the first rows. */
export function findStamp(sheet: SheetData, index: number, names: readonly DefinedName[]): { ref: string; stamp: string } | undefined {
  const ref = nameOnSheet(names, STAMP_NAME, index, sheet.name);
  const named = ref ? sheet.cells.get(ref)?.value : undefined;
  if (ref && typeof named === "string" && STAMP_LIKE.test(named)) return { ref, stamp: named.trim() };
  for (const [cellAddress, cell] of sheet.cells) {
    if (typeof cell.value !== "string" || !STAMP_LIKE.test(cell.value)) continue;
    const { row, col } = parseCell(cellAddress);
    const label = col > 1 ? sheet.cells.get(cellRef(row, col - 1))?.value : undefined;
    if (row <= 20 && typeof label === "string" && label.trim() === "Veidne") return { ref: cellAddress, stamp: cell.value.trim() };
  }
  return undefined;
}

/**
 * Whether a sheet counts as a template sheet: it carries a stamp, or the stamp's name points at it
 * (then a missing stamp is a problem to report). A reader may decide it from the sheet's head alone.
 */
export function carriesStamp(sheet: SheetData, index: number, names: readonly DefinedName[]): boolean {
  return findStamp(sheet, index, names) !== undefined || nameOnSheet(names, STAMP_NAME, index, sheet.name) !== undefined;
}

/**
 * Whether a sheet of the workbook may carry a stamp, so the reader can skip parsing the others: a
 * sheet the stamp's name points at, every sheet where no such name exists, and otherwise "probe" —
 * a sheet pasted or copied without its names still shows its stamp beside "Veidne" in its first
 * rows (`hasStampLabel`).
 */
export function mayHoldStamp(index: number, name: string, names: readonly DefinedName[]): boolean | "probe" {
  const stamped = names.filter((n) => n.name === STAMP_NAME);
  return stamped.length === 0 || stamped.some((n) => n.localSheet === index || splitNameRef(n.formula)?.sheet === name) || "probe";
}

/** A probed sheet's first rows hold a stamp beside its "Veidne" label. */
export function hasStampLabel(sheet: SheetData, index: number): boolean {
  return findStamp(sheet, index, []) !== undefined;
}

/**
 * Every template sheet of the workbook becomes a form or a problem naming the sheet: a sheet counts
 * as a template sheet when it carries a stamp, or when the stamp's name points at it.
 */
export function formsOf(workbook: WorkbookData, catalog: Catalog = defaultCatalog): FormsRead {
  const forms: FilledForm[] = [];
  const problems: SheetProblem[] = [];
  workbook.sheets.forEach((sheet, index) => {
    const found = findStamp(sheet, index, workbook.names);
    const namedRef = nameOnSheet(workbook.names, STAMP_NAME, index, sheet.name);
    if (!found && !namedRef) return;
    const raw = namedRef ? sheet.cells.get(namedRef)?.value : undefined;
    const where = { sheet: sheet.name, cell: found?.ref ?? namedRef!, stamp: found?.stamp ?? (typeof raw === "string" ? raw.trim().slice(0, 40) : "") };
    if (sheet.unreadable) return void problems.push(problem[sheet.unreadable.kind](where, sheet.unreadable.detail));
    if (!found) return void problems.push(problem.noStamp(where));
    // Excel's interface cannot show a very hidden sheet (only a macro can): no one could check what it counts.
    if (sheet.state === "veryHidden") return void problems.push(problem.veryHidden(where));
    const parsed = parseStamp(found.stamp);
    // Read against the version the stamp names; the newest the catalog knows says whether it is newer.
    const newest = parsed && catalog.find(parsed.id);
    if (!parsed || !newest) return void problems.push(problem.unknownTemplate(where));
    if (parsed.version > newest.version) return void problems.push(problem.newerVersion(where));
    const template = catalog.find(parsed.id, parsed.version);
    if (!template) return void problems.push(problem.unknownVersion(where, catalog.versions(parsed.id).map(stampOf)));
    const form = formOf(template, sheet, index, workbook, where, catalog);
    if ("kind" in form) problems.push(form);
    else forms.push(form);
  });
  return { forms, problems };
}

function formOf(
  template: Template,
  sheet: SheetData,
  index: number,
  workbook: WorkbookData,
  where: { sheet: string; cell: string; stamp: string },
  catalog: Catalog,
): FilledForm | SheetProblem {
  const { names } = workbook;
  const plan = planOf(template);
  const input = (ref: string): CellInput => ({ ref, value: sheet.cells.get(ref)?.value ?? null });
  // An error a rating cell shows (#N/A, #DIV/0!) is what the person sees there: off the scale, not blank.
  const entered = (ref: string): CellInput => {
    const cell = sheet.cells.get(ref);
    return { ref, value: cell?.error ?? cell?.value ?? null };
  };
  const metaRef = (name: (typeof META_NAMES)[number]) => nameOnSheet(names, name, index, sheet.name) ?? plan.metaRefs[name];
  const meta = {
    iestade: input(metaRef("Iestade")),
    periods: input(metaRef("Periods")),
    vertetajs: input(metaRef("Vertetajs")),
    datums: inTheCoreDateSystem(input(metaRef("Datums")), workbook.date1904),
  };
  const h = plan.inputHeaders;
  const wanted = ["Kods", h.value];
  const notes: FormNote[] = [];
  if (sheet.state === "hidden") notes.push({ kind: "hiddenSheet", cell: where.cell });
  let table = sheet.tables.find((t) => wanted.every((w) => t.headers.some((x) => x.trim() === w)));
  if (!table) {
    // Programs that drop Excel's table objects (Gnumeric, SheetJS, some web spreadsheets) and a
    // paste keep the cells: the form is read by its header row, and that is said.
    table = headerRowTable(sheet, wanted);
    if (!table) return problem.noTable(sheet.name, where.stamp, wanted);
    notes.push({ kind: "tableLost", cell: table.ref.split(":")[0] });
  }
  const range = rangeOf(table.ref);
  if (typeof range === "string") return problem.badTable(where, table.name, table.ref, range);
  const { r1, c1, r2 } = range;
  const colOf = (header: string) => {
    const i = table.headers.findIndex((x) => x.trim() === header);
    return i < 0 ? undefined : c1 + i;
  };
  const codeCol = colOf("Kods")!;
  const valueCol = colOf(h.value)!;
  const commentCol = colOf(h.comment);
  const fieldCols = Object.entries(h.fields).map(([key, header]) => [key, colOf(header)] as const);
  const known = knownCodes(plan);
  const rows: FormRow[] = [];
  const unknownRows: FormRow[] = [];
  for (let r = r1 + 1; r <= r2; r++) {
    const code = codeText(sheet.cells.get(cellRef(r, codeCol))?.value ?? null);
    if (code === "") continue;
    const fields: Record<string, CellInput> = {};
    for (const [key, c] of fieldCols) if (c !== undefined) fields[key] = entered(cellRef(r, c));
    const row: FormRow = {
      code,
      value: entered(cellRef(r, valueCol)),
      ...(commentCol !== undefined ? { comment: input(cellRef(r, commentCol)) } : {}),
      ...(fieldCols.length ? { fields } : {}),
    };
    (known.has(code) ? rows : unknownRows).push(row);
  }
  const mismatch = codesMismatch(catalog, template, known, rows, unknownRows);
  if (mismatch) return problem.codesMismatch(where, mismatch.codesOf, mismatch.present, known.size, mismatch.foreign);
  return {
    template,
    sheet: sheet.name,
    meta,
    rows,
    unknownRows,
    tableRef: table.ref,
    ...(notes.length ? { notes } : {}),
    ...(plan.metaRefs.Respondenti ? { respondents: input(nameOnSheet(names, RESPONDENTS_NAME, index, sheet.name) ?? plan.metaRefs.Respondenti) } : {}),
  };
}

/** An item's code as the catalog spells it, whatever invisible characters a program left in it. */
const headerText = (v: RawValue | undefined) => (typeof v === "string" ? normalText(v).trim() : "");

/**
 * The items table by its header row, where the table object is gone: the first row holding `Kods`
 * and the value header among the unbroken run of header cells around it; its rows run to the last
 * row below with anything in those columns, at most a form's table long.
 */
function headerRowTable(sheet: SheetData, wanted: readonly string[]): TableData | undefined {
  for (const [ref, cell] of sheet.cells) {
    if (headerText(cell.value) !== "Kods") continue;
    const { row, col } = parseCell(ref);
    const at = (c: number) => headerText(sheet.cells.get(cellRef(row, c))?.value);
    let c1 = col;
    while (c1 > 1 && at(c1 - 1) !== "") c1--;
    let c2 = col;
    while (c2 < EXCEL_MAX_COLUMNS && at(c2 + 1) !== "") c2++;
    const headers: string[] = [];
    for (let c = c1; c <= c2; c++) headers.push(at(c));
    if (!wanted.every((w) => headers.includes(w))) continue;
    let r2 = row;
    for (let r = row + 1; r <= Math.min(EXCEL_MAX_ROWS, row + MAX_TABLE_ROWS); r++)
      for (let c = c1; c <= c2; c++) {
        const v = sheet.cells.get(cellRef(r, c));
        if (v && v.value !== null && v.value !== "") {
          r2 = r;
          break;
        }
      }
    return { name: "", ref: rangeRef(row, c1, Math.max(r2, row + 1), c2), headers };
  }
  return undefined;
}

/** A date cell of a 1904-system workbook as the core counts dates (the 1900 system); text stays text. */
function inTheCoreDateSystem(cell: CellInput, date1904: boolean | undefined): CellInput {
  return date1904 && typeof cell.value === "number" ? { ...cell, value: cell.value + DAYS_1900_TO_1904 } : cell;
}

function codeText(v: RawValue): string {
  return v === null ? "" : normalText(String(v)).trim();
}

const codeCache = new Map<SheetPlan, Set<string>>();
function knownCodes(plan: SheetPlan): Set<string> {
  let codes = codeCache.get(plan);
  if (!codes) {
    const table = plan.blocks.find((b) => b.ref === plan.table.ref.split(":")[0])!;
    codeCache.set(plan, (codes = new Set(table.rows.slice(1).map((r) => (r[0] && "text" in r[0] ? r[0].text : "")))));
  }
  return codes;
}

/** A table's range, within Excel's grid and the rows a form can have. */
function rangeOf(ref: string): { r1: number; c1: number; r2: number; c2: number } | "notRange" | "outsideGrid" | "tooManyRows" {
  let range;
  try {
    range = parseRange(ref);
  } catch {
    return "notRange";
  }
  const { r1, c1, r2, c2 } = range;
  if (![r1, c1, r2, c2].every(Number.isSafeInteger) || r1 < 1 || c1 < 1 || r2 > EXCEL_MAX_ROWS || c2 > EXCEL_MAX_COLUMNS) return "outsideGrid";
  if (r2 - r1 > MAX_TABLE_ROWS) return "tooManyRows";
  return range;
}

/**
 * The stamp says which template a sheet is; its table's codes must agree: most of the template's
 * codes present, and none that is another template's and not this one's. A swapped stamp would
 * otherwise count a checklist's answers as another template's groups, or add an empty service.
 */
function codesMismatch(catalog: Catalog, template: Template, known: ReadonlySet<string>, rows: readonly FormRow[], unknownRows: readonly FormRow[]) {
  const present = new Set(rows.map((r) => r.code)).size;
  const others = codesOfOthers(catalog, template.id);
  const foreign = [...new Set(unknownRows.map((r) => r.code))].filter((c) => others.has(c));
  if (present * 2 >= known.size && present > 0 && foreign.length === 0) return undefined;
  const codes = new Set([...rows, ...unknownRows].map((r) => r.code));
  // Whose codes are they? The other template that this table would satisfy, if any.
  const owner = catalog.all.find((t) => {
    if (t.id === template.id) return false;
    const own = knownCodes(planOf(t));
    const hits = [...own].filter((c) => codes.has(c)).length;
    return hits * 2 >= own.size && hits > 0 && [...codes].every((c) => own.has(c) || !others.has(c));
  });
  return { codesOf: owner?.id, present, foreign };
}

const othersCache = new WeakMap<Catalog, Map<string, Set<string>>>();
/** Every code of every other template of the catalog (any version; not the template's own other versions). */
function codesOfOthers(catalog: Catalog, id: string): Set<string> {
  let byId = othersCache.get(catalog);
  if (!byId) othersCache.set(catalog, (byId = new Map()));
  let codes = byId.get(id);
  if (!codes) byId.set(id, (codes = new Set(catalog.all.filter((t) => t.id !== id).flatMap((t) => [...knownCodes(planOf(t))]))));
  return codes;
}
