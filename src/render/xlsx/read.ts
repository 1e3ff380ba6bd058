import { unzipSync, type UnzipFileInfo } from "fflate";
import type { RawValue } from "../../core/form";
import { cellRef, parseCell } from "../../plan/a1";
import { decodeExcelEscapes, xmlEvents } from "./xml";

/**
 * Reads the parts of an .xlsx file that a merge and `kvalitate score` need: sheets (name, state,
 * cell values and formulas), tables, and defined names. Refuses, with a reason, what is not a
 * usable workbook: not a zip, encrypted, truncated, a zip bomb, too large.
 */

export interface ReadLimits {
  /** Largest file accepted (bytes). */
  readonly maxFileBytes: number;
  /** Largest total of the uncompressed parts read. */
  readonly maxUncompressedBytes: number;
  /** Largest compression ratio of any part (a zip bomb inflates thousands of times). */
  readonly maxRatio: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxFileBytes: 20 * 1024 * 1024, maxUncompressedBytes: 200 * 1024 * 1024, maxRatio: 250 };

export type XlsxProblem = "notZip" | "encrypted" | "oldXls" | "corrupt" | "notXlsx" | "tooLarge" | "zipBomb";

export class XlsxError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    message: string,
  ) {
    super(message);
    this.name = "XlsxError";
  }
}

export interface CellData {
  readonly value: RawValue;
  readonly formula?: string;
  /** "#DIV/0!" etc. when the cached value is an error. */
  readonly error?: string;
}

export interface TableData {
  readonly name: string;
  readonly ref: string;
  readonly headers: readonly string[];
}

export interface SheetData {
  readonly name: string;
  readonly state: "visible" | "hidden" | "veryHidden";
  readonly cells: ReadonlyMap<string, CellData>;
  readonly tables: readonly TableData[];
}

export interface DefinedName {
  readonly name: string;
  /** The reference as written, e.g. "'Uzraudzība 2016'!$B$5". */
  readonly formula: string;
  /** Index of the sheet it is local to; undefined for workbook-level names. */
  readonly localSheet?: number;
}

export interface WorkbookData {
  readonly sheets: readonly SheetData[];
  readonly names: readonly DefinedName[];
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function unzipChecked(bytes: Uint8Array, limits: ReadLimits): Record<string, Uint8Array> {
  if (bytes.length > limits.maxFileBytes) throw new XlsxError("tooLarge", `file is ${bytes.length} bytes, over the ${limits.maxFileBytes}-byte limit`);
  if (OLE_MAGIC.every((b, i) => bytes[i] === b))
    // Encrypted .xlsx files and old .xls files are both OLE compound files.
    throw new XlsxError("encrypted", "an OLE compound file: a password-protected (encrypted) workbook or an old .xls");
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxError("notZip", "not a zip archive, so not an .xlsx file");
  let total = 0;
  let bomb: string | undefined;
  const wanted = (f: UnzipFileInfo) => {
    if (!/^(xl\/(workbook|sharedStrings)\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/[^/]+\.xml|xl\/worksheets\/_rels\/[^/]+\.rels|xl\/tables\/[^/]+\.xml|\[Content_Types\]\.xml)$/.test(f.name)) return false;
    total += f.originalSize;
    if (f.originalSize > 1024 * 1024 && f.originalSize / Math.max(1, f.size) > limits.maxRatio) bomb = `${f.name} inflates ${Math.round(f.originalSize / Math.max(1, f.size))}×`;
    if (total > limits.maxUncompressedBytes) bomb = `the parts inflate past ${limits.maxUncompressedBytes} bytes`;
    return !bomb;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: wanted });
  } catch (e) {
    if (bomb) throw new XlsxError("zipBomb", bomb);
    throw new XlsxError("corrupt", `the zip archive is damaged or truncated (${(e as Error).message})`);
  }
  if (bomb) throw new XlsxError("zipBomb", bomb);
  const actual = Object.values(files).reduce((a, f) => a + f.length, 0);
  if (actual > limits.maxUncompressedBytes) throw new XlsxError("zipBomb", `the parts inflate past ${limits.maxUncompressedBytes} bytes`);
  if (!files["xl/workbook.xml"]) throw new XlsxError("notXlsx", "a zip archive without xl/workbook.xml, so not an Excel workbook");
  return files;
}

const decoder = new TextDecoder("utf-8");
const text = (f: Uint8Array | undefined) => (f ? decoder.decode(f) : "");

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

function relationships(xml: string, base: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of xmlEvents(xml)) if ("open" in e && e.open.name === "Relationship") out.set(e.open.attrs.Id, resolve(base, e.open.attrs.Target ?? ""));
  return out;
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inT = false;
  let inPhonetic = false;
  let current = "";
  for (const e of xmlEvents(xml)) {
    if ("open" in e) {
      if (e.open.name === "si") (depth = 1), (current = "");
      else if (e.open.name === "rPh") inPhonetic = true;
      else if (e.open.name === "t" && depth && !inPhonetic) inT = !e.open.selfClosing;
    } else if ("close" in e) {
      if (e.close === "si") out.push(decodeExcelEscapes(current)), (depth = 0);
      else if (e.close === "rPh") inPhonetic = false;
      else if (e.close === "t") inT = false;
    } else if (inT) current += e.text;
  }
  return out;
}

export interface ReadOptions {
  readonly limits?: ReadLimits;
  /** Read only the sheets this returns true for (by index and name); the rest come back without cells. */
  readonly sheetFilter?: (index: number, name: string, names: readonly DefinedName[]) => boolean;
}

export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): WorkbookData {
  const files = unzipChecked(bytes, options.limits ?? DEFAULT_LIMITS);
  const wbRels = relationships(text(files["xl/_rels/workbook.xml.rels"]), "xl/workbook.xml");
  const sheetsMeta: { name: string; state: SheetData["state"]; path?: string }[] = [];
  const names: DefinedName[] = [];
  let nameOpen: { name: string; local?: number } | undefined;
  let nameText = "";
  for (const e of xmlEvents(text(files["xl/workbook.xml"]))) {
    if ("open" in e) {
      if (e.open.name === "sheet") {
        const a = e.open.attrs;
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        sheetsMeta.push({ name: a.name ?? "", state, path: wbRels.get(a.id) });
      } else if (e.open.name === "definedName") {
        nameOpen = { name: e.open.attrs.name ?? "", local: e.open.attrs.localSheetId !== undefined ? Number(e.open.attrs.localSheetId) : undefined };
        nameText = "";
      }
    } else if ("close" in e) {
      if (e.close === "definedName" && nameOpen) names.push({ name: nameOpen.name, formula: nameText, localSheet: nameOpen.local }), (nameOpen = undefined);
    } else if (nameOpen) nameText += e.text;
  }
  let strings: string[] | undefined;
  const sheets = sheetsMeta.map((meta, index): SheetData => {
    const wanted = options.sheetFilter ? options.sheetFilter(index, meta.name, names) : true;
    if (!wanted || !meta.path || !files[meta.path]) return { name: meta.name, state: meta.state, cells: new Map(), tables: [] };
    strings ??= sharedStrings(text(files["xl/sharedStrings.xml"]));
    const relPath = meta.path.replace(/([^/]+)$/, "_rels/$1.rels");
    const rels = files[relPath] ? relationships(text(files[relPath]), meta.path) : new Map<string, string>();
    const { cells, tableIds } = sheetCells(text(files[meta.path]), strings);
    const tables = tableIds.flatMap((id) => {
      const path = rels.get(id);
      return path && files[path] ? [tableOf(text(files[path]))] : [];
    });
    return { name: meta.name, state: meta.state, cells, tables };
  });
  return { sheets, names };
}

function tableOf(xml: string): TableData {
  let name = "";
  let ref = "";
  const headers: string[] = [];
  for (const e of xmlEvents(xml)) {
    if (!("open" in e)) continue;
    if (e.open.name === "table") (name = e.open.attrs.displayName ?? e.open.attrs.name ?? ""), (ref = e.open.attrs.ref ?? "");
    else if (e.open.name === "tableColumn") headers.push(decodeExcelEscapes(e.open.attrs.name ?? ""));
  }
  return { name, ref, headers };
}

function sheetCells(xml: string, strings: readonly string[]): { cells: Map<string, CellData>; tableIds: string[] } {
  const cells = new Map<string, CellData>();
  const tableIds: string[] = [];
  let row = 0;
  let col = 0;
  let cell: { ref: string; type: string } | undefined;
  let field: "v" | "f" | "t" | undefined;
  let v = "";
  let f = "";
  let inline = "";
  for (const e of xmlEvents(xml)) {
    if ("open" in e) {
      const { name, attrs } = e.open;
      if (name === "row") (row = attrs.r ? Number(attrs.r) : row + 1), (col = 0);
      else if (name === "c") {
        const p = attrs.r ? parseCell(attrs.r) : { row, col: col + 1 };
        col = p.col;
        cell = { ref: cellRef(p.row, p.col), type: attrs.t ?? "n" };
        v = f = inline = "";
      } else if (cell && (name === "v" || name === "f" || name === "t")) field = name;
      else if (name === "tablePart" && attrs.id) tableIds.push(attrs.id);
    } else if ("close" in e) {
      if (e.close === "c" && cell) {
        const data = cellValue(cell.type, v, inline, strings);
        if (data.value !== null || f || data.error) cells.set(cell.ref, f ? { ...data, formula: f } : data);
        cell = undefined;
      } else if (e.close === field) field = undefined;
    } else if (field === "v") v += e.text;
    else if (field === "f") f += e.text;
    else if (field === "t") inline += e.text;
  }
  return { cells, tableIds };
}

function cellValue(type: string, v: string, inline: string, strings: readonly string[]): CellData {
  switch (type) {
    case "s": {
      const s = strings[Number(v)];
      return { value: s === undefined ? null : s };
    }
    case "inlineStr":
      return { value: decodeExcelEscapes(inline) };
    case "str":
      return { value: decodeExcelEscapes(v) };
    case "b":
      return { value: v === "1" || v === "true" };
    case "e":
      return { value: null, error: v };
    case "d": {
      const ms = Date.parse(v);
      return { value: Number.isNaN(ms) ? v : ms / 86400000 + 25569 };
    }
    default: {
      if (v === "") return { value: null };
      const n = Number(v);
      return { value: Number.isFinite(n) ? n : v };
    }
  }
}
