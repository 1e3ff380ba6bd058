import type { CellData, DefinedName, SheetData, SheetDefect, TableData, WorkbookData } from "../../contract/model";
import { DEFAULT_LIMITS, MAX_NAMES, MAX_SHEETS, MAX_TEXT_CHARS, MAX_WORKBOOK_CELLS, RATIO_GRACE_BYTES, type ReadLimits } from "../../contract/limits";
import { EXCEL_MAX_COLUMNS } from "../../core/limits";
import { decodeExcelEscapes, XmlError, XmlStream, attrsOf, type XmlHandler } from "./xml";
import { SheetScanner, StringsScanner, detached } from "./sheetXml";
import { inflateEntry, zipEntries, ZipFormatError, type ZipEntry } from "./unzip";
import type { Reason, ZipFault } from "../../core/reasons";

/**
 * Reads the parts of an .xlsx file that a merge and `kvalitate score` need: sheets (name, state,
 * cell values and formulas), tables, and defined names. Refuses, with a reason, what is not a
 * usable workbook: not a zip, encrypted, truncated, a zip bomb, too large, malformed XML. Only the
 * parts a read needs are inflated, a piece at a time, and every budget counts what is actually
 * produced, never what the file declares.
 */

export { DEFAULT_LIMITS, type ReadLimits } from "../../contract/limits";

export type XlsxProblem = "notZip" | "encrypted" | "corrupt" | "notXlsx" | "tooLarge" | "zipBomb";

export class XlsxError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    /** For a developer's log; a person reads `reason`, worded where it is shown. */
    message: string,
    /** The kind and its facts (sizes, the part, the zip fault). */
    readonly reason: Reason,
  ) {
    super(message);
    this.name = "XlsxError";
  }
}

const corrupt = (message: string, fault: ZipFault | "xml", part?: string) =>
  new XlsxError("corrupt", message, { kind: "corrupt", fault, ...(part === undefined ? {} : { part }) });
const workbookTooLarge = (message: string, what: "sheets" | "names" | "cells" | "text", limit: number) =>
  new XlsxError("tooLarge", message, { kind: "workbookTooLarge", what, limit });

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
/**
 * Inflated bytes decoded into text at a time. A string past V8's largest regular object (128 KB)
 * is born in the old generation and lives until a full collection: a thousand files' sheets of such
 * strings grew the heap with garbage. Text of 32 KB dies young, in the cheap scavenges.
 */
const DECODE_STEP = 32 * 1024;
const WANTED =
  /^(xl\/(workbook|sharedStrings)\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/[^/]+\.xml|xl\/worksheets\/_rels\/[^/]+\.rels|xl\/tables\/[^/]+\.xml|_rels\/\.rels|docProps\/core\.xml)$/;

/** The archive, opened: its wanted entries and a budget shared by every part inflated from it. */
class Archive {
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly limits: ReadLimits,
  ) {}

  has(name: string | undefined): name is string {
    return name !== undefined && this.entries.has(name);
  }

  /** Streams a part's text into `handler`; stops when `done()` says so. */
  stream(name: string, handler: XmlHandler, done: () => boolean = () => false, onPartLimit?: (bytes: number) => Error): void {
    const entry = this.entries.get(name);
    if (!entry) return;
    const decoder = new TextDecoder("utf-8");
    const xml = new XmlStream(handler, undefined, done);
    let fed = 0;
    const limits = this.limits;
    const bomb = (facts: { part?: string; ratio?: number; limit?: number }) =>
      new XlsxError("zipBomb", "the archive inflates suspiciously", { kind: "zipBomb", ...facts });
    const before = this.inflated;
    try {
      inflateEntry(
        this.bytes,
        entry,
        limits.maxPartBytes,
        (chunk) => {
          fed += chunk.length;
          this.inflated = before + fed;
          if (this.inflated > limits.maxUncompressedBytes) throw bomb({ limit: limits.maxUncompressedBytes });
          if (fed > RATIO_GRACE_BYTES && fed / Math.max(1, entry.compressedSize) > limits.maxRatio)
            throw bomb({ part: name, ratio: Math.round(fed / Math.max(1, entry.compressedSize)) });
          for (let at = 0; at < chunk.length && !done(); at += DECODE_STEP) xml.push(decoder.decode(chunk.subarray(at, at + DECODE_STEP), { stream: true }));
          return !done();
        },
        (produced) => (onPartLimit ? onPartLimit(produced) : bomb({ part: name, limit: limits.maxPartBytes })),
      );
      if (!done()) xml.push(decoder.decode(), true);
    } catch (e) {
      // Which part is broken is the one fact worth telling; the parser's position is for a developer.
      throw e instanceof XmlError ? new XmlPartError(name, e.message) : e;
    }
  }
}

function open(bytes: Uint8Array, limits: ReadLimits): Archive {
  if (bytes.length > limits.maxFileBytes)
    throw new XlsxError("tooLarge", "the file is over the size limit", { kind: "fileTooLarge", bytes: bytes.length, limit: limits.maxFileBytes });
  if (OLE_MAGIC.every((b, i) => bytes[i] === b))
    // Encrypted .xlsx files and old .xls files are both OLE compound files; telling them apart
    // would mean reading the compound file's directory, so one problem names both.
    throw new XlsxError("encrypted", "an OLE compound file: a password-protected (encrypted) workbook or an old .xls", { kind: "encrypted" });
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new XlsxError("notZip", "not a zip archive, so not an .xlsx file", { kind: "notZip" });
  let entries: Map<string, ZipEntry>;
  try {
    entries = zipEntries(bytes, (n) => WANTED.test(n), limits.maxEntries);
  } catch (e) {
    if (e instanceof ZipFormatError) throw corrupt(`the zip archive is damaged or truncated: ${e.message}`, e.fault, e.part);
    throw corrupt(`the zip archive's directory cannot be read: ${(e as Error).message}`, "directory");
  }
  if (!entries.has("xl/workbook.xml")) throw new XlsxError("notXlsx", "a zip archive without xl/workbook.xml, so not an Excel workbook", { kind: "notXlsx" });
  return new Archive(bytes, entries, limits);
}

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

/** Collects elements of a small part as tag events (relationships, the workbook, a table). */
function tags(
  archive: Archive,
  name: string,
  onOpen: (tag: string, attrs: Record<string, string>) => void,
  onText?: (t: string) => void,
  onClose?: (tag: string) => void,
) {
  archive.stream(name, { open: (tag, raw) => onOpen(tag, attrsOf(raw)), close: (tag) => onClose?.(tag), text: (t) => onText?.(t) });
}

function relationships(archive: Archive, name: string, base: string): Map<string, string> {
  const out = new Map<string, string>();
  tags(archive, name, (tag, a) => {
    if (tag === "Relationship" && a.Id !== undefined) out.set(a.Id, resolve(base, a.Target ?? ""));
  });
  return out;
}

export type { CellData, DefinedName, SheetData, TableData, WorkbookData } from "../../contract/model";
export { detached } from "./sheetXml";

export interface ReadOptions {
  readonly limits?: Partial<ReadLimits>;
  /**
   * Read only the sheets this returns true for (by index and name); the rest come back without
   * cells. "probe": read the sheet's first PROBE_ROWS rows, and the whole sheet only when `probed`
   * finds in them what it looks for.
   */
  readonly sheetFilter?: (index: number, name: string, names: readonly DefinedName[]) => boolean | "probe";
  /** Whether a probed sheet's first rows (shared strings resolved) show that the whole sheet is wanted. */
  readonly probed?: (sheet: SheetData, index: number) => boolean;
  /** Read each cell's formula text (default); a merge needs values only and skips decoding formulas. */
  readonly formulas?: boolean;
}

/** The rows a probe reads: a stamp stands in the first rows of a form (contract/forms.ts findStamp). */
export const PROBE_ROWS = 20;

export function readWorkbook(bytes: Uint8Array, options: ReadOptions = {}): WorkbookData {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const archive = open(bytes, limits);
  try {
    return readParts(archive, limits, options);
  } catch (e) {
    if (e instanceof ZipFormatError) throw corrupt(`the zip archive is damaged or truncated: ${e.message}`, e.fault, e.part);
    if (e instanceof XmlPartError) throw corrupt(`${e.part} is not well-formed XML: ${e.message}`, "xml", e.part);
    throw e;
  }
}

function readParts(archive: Archive, limits: ReadLimits, options: ReadOptions): WorkbookData {
  const wbRels = relationships(archive, "xl/_rels/workbook.xml.rels", "xl/workbook.xml");
  const sheetsMeta: { name: string; state: SheetData["state"]; path?: string }[] = [];
  const names: DefinedName[] = [];
  let nameOpen: { name: string; local?: number } | undefined;
  let nameText = "";
  let date1904 = false;
  tags(
    archive,
    "xl/workbook.xml",
    (tag, a) => {
      if (tag === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      else if (tag === "sheet") {
        if (sheetsMeta.length >= MAX_SHEETS) throw workbookTooLarge("the workbook has more sheets than a return can", "sheets", MAX_SHEETS);
        const state = a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible";
        sheetsMeta.push({ name: detached(a.name ?? ""), state, path: wbRels.get(a.id) });
      } else if (tag === "definedName") {
        if (names.length >= MAX_NAMES) throw workbookTooLarge("the workbook has more defined names than a return can", "names", MAX_NAMES);
        const local = a.localSheetId !== undefined ? Number(a.localSheetId) : undefined;
        nameOpen = { name: detached(a.name ?? ""), local: Number.isInteger(local) ? local : undefined };
        nameText = "";
      }
    },
    (t) => {
      if (nameOpen && nameText.length < 8192) nameText += t;
    },
    (tag) => {
      if (tag === "definedName" && nameOpen) {
        names.push({ name: nameOpen.name, formula: detached(nameText), localSheet: nameOpen.local });
        nameOpen = undefined;
      }
    },
  );
  const decided = sheetsMeta.map((meta, index) => (options.sheetFilter ? options.sheetFilter(index, meta.name, names) : true));
  const wantedSheets = probe(archive, limits, sheetsMeta, decided, date1904, options.probed);
  let cellsRead = 0;
  const scanners: (SheetScanner | undefined)[] = [];
  const sheets = sheetsMeta.map((meta, index): SheetData => {
    if (!wantedSheets[index] || !archive.has(meta.path)) return { name: meta.name, state: meta.state, cells: new Map(), tables: [] };
    const path = meta.path;
    const scanner = new SheetScanner(limits.maxSheetCells, date1904, undefined, options.formulas ?? true);
    try {
      archive.stream(
        path,
        scanner,
        () => scanner.done,
        () => new SheetTooLarge(),
      );
    } catch (e) {
      if (e instanceof SheetTooLarge) scanner.defect ??= { kind: "tooLarge", detail: { kind: "xmlTooLarge", bytes: limits.maxPartBytes } };
      else if (e instanceof XmlPartError) scanner.defect ??= { kind: "damaged", detail: { kind: "malformedXml", inTable: false } };
      else throw e;
    }
    cellsRead += scanner.count;
    if (cellsRead > MAX_WORKBOOK_CELLS) throw workbookTooLarge("the workbook holds more cells than a return can", "cells", MAX_WORKBOOK_CELLS);
    scanners[index] = scanner;
    const relPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
    const rels = archive.has(relPath) ? relationships(archive, relPath, path) : new Map<string, string>();
    let tables: TableData[] = [];
    try {
      if (!scanner.defect) tables = scanner.tableIds.flatMap((id) => (archive.has(rels.get(id)) ? [tableOf(archive, rels.get(id)!)] : []));
    } catch (e) {
      if (!(e instanceof XmlPartError)) throw e;
      scanner.defect = { kind: "damaged", detail: { kind: "malformedXml", inTable: true } };
    }
    return { name: meta.name, state: meta.state, cells: scanner.cells, tables };
  });
  const defects = resolveStrings(archive, scanners);
  const saved = savedAt(archive);
  return {
    sheets: sheets.map((s, i) => (defects[i] ? { ...s, unreadable: defects[i] } : s)),
    names,
    ...(date1904 ? { date1904 } : {}),
    ...(saved !== undefined ? { saved } : {}),
  };
}

/**
 * The save time the program wrote into the package's core properties (`dcterms:modified`, W3CDTF),
 * found through the package's relationships; a part that is missing or says nothing readable
 * leaves it unknown, never the workbook unread.
 */
function savedAt(archive: Archive): number | undefined {
  let path = "docProps/core.xml";
  try {
    // Where every program puts it; the package's relationships are read only when it is elsewhere.
    if (!archive.has(path))
      for (const [, target] of relationshipsByType(archive, "_rels/.rels")) if (target.type.endsWith("/core-properties")) path = target.path;
    if (!archive.has(path)) return undefined;
    let inModified = false;
    let text = "";
    tags(
      archive,
      path,
      (tag) => void (inModified = tag === "modified"),
      (t) => void (inModified && text.length < 64 && (text += t)),
      () => void (inModified = false),
    );
    const ms = Date.parse(text.trim());
    return Number.isFinite(ms) ? ms : undefined;
  } catch (e) {
    if (e instanceof XmlError) return undefined;
    throw e;
  }
}

function relationshipsByType(archive: Archive, name: string): Map<string, { type: string; path: string }> {
  const out = new Map<string, { type: string; path: string }>();
  if (!archive.has(name)) return out;
  tags(archive, name, (tag, a) => {
    if (tag === "Relationship" && a.Id !== undefined) out.set(a.Id, { type: a.Type ?? "", path: resolve("", a.Target ?? "") });
  });
  return out;
}

class SheetTooLarge extends Error {}

/**
 * Settles the sheets to be probed: each one's first rows are read (inflating stops there), their
 * shared strings resolved, and `probed` says whether the whole sheet is wanted. A sheet damaged or
 * too large in its first rows is not wanted: the probe found nothing in it.
 */
function probe(
  archive: Archive,
  limits: ReadLimits,
  metas: readonly { name: string; state: SheetData["state"]; path?: string }[],
  decided: readonly (boolean | "probe")[],
  date1904: boolean,
  probed: ReadOptions["probed"],
): boolean[] {
  if (!decided.includes("probe")) return decided.map((d) => d === true);
  const scanners = metas.map((meta, i) => {
    if (decided[i] !== "probe" || !probed || !archive.has(meta.path)) return undefined;
    const scanner = new SheetScanner(limits.maxSheetCells, date1904, PROBE_ROWS, false);
    try {
      archive.stream(
        meta.path,
        scanner,
        () => scanner.done,
        () => new SheetTooLarge(""),
      );
    } catch (e) {
      if (!(e instanceof SheetTooLarge || e instanceof XmlPartError)) throw e;
      scanner.defect ??= { kind: "damaged", detail: { kind: "malformedXml", inTable: false } };
    }
    return scanner;
  });
  const defects = resolveStrings(archive, scanners);
  return metas.map((meta, i) => {
    if (decided[i] !== "probe") return decided[i] === true;
    const scanner = scanners[i];
    return !!scanner && !defects[i] && !!probed?.({ name: meta.name, state: meta.state, cells: scanner.cells, tables: [] }, i);
  });
}

/** Malformed XML, and in which part of the archive. */
class XmlPartError extends Error {
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(message);
  }
}

/** Fills in the shared-string cells of every sheet read; a sheet pointing past the strings is damaged. */
function resolveStrings(archive: Archive, scanners: readonly (SheetScanner | undefined)[]): (SheetDefect | undefined)[] {
  const wanted = new Set<number>();
  for (const s of scanners) for (const p of s?.pending ?? []) wanted.add(p.index);
  const strings = new StringsScanner(wanted);
  if (wanted.size) archive.stream("xl/sharedStrings.xml", strings, () => strings.done);
  if (strings.tooLong) throw workbookTooLarge("a shared string is longer than a cell can hold", "text", MAX_TEXT_CHARS);
  return scanners.map((s) => {
    if (!s) return undefined;
    for (const p of s.pending) {
      const value = strings.found.get(p.index);
      if (value === undefined) {
        s.defect ??= {
          kind: "damaged",
          detail: { kind: "noSuchString", ref: p.ref, index: p.index, count: strings.seen },
        };
        continue;
      }
      const cell: CellData = p.formula ? { value, formula: p.formula } : { value };
      s.cells.set(p.ref, cell);
    }
    s.pending.length = 0;
    return s.defect;
  });
}

function tableOf(archive: Archive, path: string): TableData {
  let name = "";
  let ref = "";
  const headers: string[] = [];
  tags(archive, path, (tag, a) => {
    if (tag === "table") {
      name = detached(a.displayName ?? a.name ?? "");
      ref = a.ref ?? "";
    } else if (tag === "tableColumn" && headers.length <= EXCEL_MAX_COLUMNS) headers.push(detached(decodeExcelEscapes(a.name ?? "")));
  });
  return { name, ref, headers };
}
