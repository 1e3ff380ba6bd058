import { unzipSync, type UnzipFileInfo } from "fflate";
import type { CellData, DefinedName, SheetData, TableData, WorkbookData } from "../../contract/model";
import { cellRef } from "../../plan/a1";
import { decodeEntities, decodeExcelEscapes, xmlEvents } from "./xml";

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
    /** The facts behind it in a language-neutral form ("21.0 MB > 20.0 MB", "invalid zip data"). */
    readonly detail?: string,
  ) {
    super(detail ? `${message} (${detail})` : message);
    this.name = "XlsxError";
  }
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function unzipChecked(bytes: Uint8Array, limits: ReadLimits): Record<string, Uint8Array> {
  if (bytes.length > limits.maxFileBytes) throw new XlsxError("tooLarge", "the file is over the size limit", `${mb(bytes.length)} > ${mb(limits.maxFileBytes)}`);
  if (OLE_MAGIC.every((b, i) => bytes[i] === b))
    // Encrypted .xlsx files and old .xls files are both OLE compound files.
    throw new XlsxError("encrypted", "an OLE compound file: a password-protected (encrypted) workbook or an old .xls");
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxError("notZip", "not a zip archive, so not an .xlsx file");
  let total = 0;
  let bomb: string | undefined;
  const wanted = (f: UnzipFileInfo) => {
    if (!/^(xl\/(workbook|sharedStrings)\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/[^/]+\.xml|xl\/worksheets\/_rels\/[^/]+\.rels|xl\/tables\/[^/]+\.xml|\[Content_Types\]\.xml)$/.test(f.name)) return false;
    total += f.originalSize;
    if (f.originalSize > 1024 * 1024 && f.originalSize / Math.max(1, f.size) > limits.maxRatio) bomb = `${f.name} ×${Math.round(f.originalSize / Math.max(1, f.size))}`;
    if (total > limits.maxUncompressedBytes) bomb = `> ${mb(limits.maxUncompressedBytes)}`;
    return !bomb;
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: wanted });
  } catch (e) {
    if (bomb) throw new XlsxError("zipBomb", "the archive inflates suspiciously", bomb);
    throw new XlsxError("corrupt", "the zip archive is damaged or truncated", (e as Error).message);
  }
  if (bomb) throw new XlsxError("zipBomb", "the archive inflates suspiciously", bomb);
  const actual = Object.values(files).reduce((a, f) => a + f.length, 0);
  if (actual > limits.maxUncompressedBytes) throw new XlsxError("zipBomb", "the archive inflates suspiciously", `> ${mb(limits.maxUncompressedBytes)}`);
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

const SI = /<(?:\w+:)?si\b[^>]*>([\s\S]*?)<\/(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*\/>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;
const T = /<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g;

/**
 * A copy of a string that does not keep its source alive. V8 represents a long substring as a slice
 * of its parent, so a few names taken from a workbook would hold the whole part's XML in memory —
 * for every file of a thousand-file merge. Prepending a character forces a fresh flat string.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

/** Shared strings, rich-text runs joined, phonetic guides (rPh) left out. */
function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  SI.lastIndex = 0;
  for (let m = SI.exec(xml); m; m = SI.exec(xml)) {
    const body = (m[1] ?? "").replace(PHONETIC, "");
    let text = "";
    T.lastIndex = 0;
    for (let t = T.exec(body); t; t = T.exec(body)) text += t[1] ?? "";
    out.push(detached(decodeExcelEscapes(decodeEntities(text))));
  }
  return out;
}

export type { CellData, DefinedName, SheetData, TableData, WorkbookData } from "../../contract/model";

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
      if (e.close === "definedName" && nameOpen) {
        names.push({ name: nameOpen.name, formula: nameText, localSheet: nameOpen.local });
        nameOpen = undefined;
      }
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
    if (e.open.name === "table") {
      name = e.open.attrs.displayName ?? e.open.attrs.name ?? "";
      ref = e.open.attrs.ref ?? "";
    } else if (e.open.name === "tableColumn") headers.push(decodeExcelEscapes(e.open.attrs.name ?? ""));
  }
  return { name, ref, headers };
}

/**
 * Cells by a dedicated scan rather than the general event reader: a returned sheet is mostly <c>
 * elements, and this is the merge's hot loop.
 */
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)|<(?:\w+:)?row\b([^>]*)>|<(?:\w+:)?tablePart\b([^>]*)\/?>/g;
const ATTR_R = /\br="([A-Za-z]+)(\d+)"/;
const ATTR_T = /\bt="(\w+)"/;
const ROW_R = /\br="(\d+)"/;
const REL_ID = /\b(?:\w+:)?id="([^"]*)"/;
const INNER = /<(?:\w+:)?(v|f|t)\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?\1>)/g;

function sheetCells(xml: string, strings: readonly string[]): { cells: Map<string, CellData>; tableIds: string[] } {
  const cells = new Map<string, CellData>();
  const tableIds: string[] = [];
  let row = 0;
  let col = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(xml); m; m = CELL.exec(xml)) {
    if (m[3] !== undefined) {
      const r = ROW_R.exec(m[3]);
      row = r ? Number(r[1]) : row + 1;
      col = 0;
      continue;
    }
    if (m[4] !== undefined) {
      const id = REL_ID.exec(m[4]);
      if (id) tableIds.push(id[1]);
      continue;
    }
    const attrs = m[1];
    const r = ATTR_R.exec(attrs);
    let ref: string;
    if (r) {
      ref = (r[1] + r[2]).toUpperCase();
      col = columnNumberOf(r[1]);
    } else ref = cellRef(row, ++col);
    const inner = m[2];
    if (!inner) continue;
    let v = "";
    let f = "";
    let inline = "";
    INNER.lastIndex = 0;
    for (let i = INNER.exec(inner); i; i = INNER.exec(inner)) {
      const body = i[2] === undefined ? "" : decodeEntities(i[2]);
      if (i[1] === "v") v = body;
      else if (i[1] === "f") f = body;
      else inline += body;
    }
    const type = ATTR_T.exec(attrs)?.[1] ?? "n";
    const data = cellValue(type, v, inline, strings);
    if (data.value !== null || f || data.error) cells.set(ref, f ? { ...data, formula: f } : data);
  }
  return { cells, tableIds };
}

function columnNumberOf(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 32) - 96);
  return n;
}

function cellValue(type: string, v: string, inline: string, strings: readonly string[]): CellData {
  switch (type) {
    case "s": {
      const s = strings[Number(v)];
      return { value: s === undefined ? null : s };
    }
    case "inlineStr":
      return { value: detached(decodeExcelEscapes(inline)) };
    case "str":
      return { value: detached(decodeExcelEscapes(v)) };
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
