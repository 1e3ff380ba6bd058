import { Zip, ZipDeflate, strToU8 } from "fflate";
import type { PlanCell, WorkbookSheet } from "../../plan/types";
import { columnLetter } from "../../plan/a1";
import { workbookParts, ZIP_MTIME, type WrittenSheet } from "./write";
import { escText } from "./strings";
import { cutToCell } from "../../core/limits";

/**
 * The .xlsx writer for a workbook one of whose sheets is too long to hold: the plan gives that
 * sheet's header (and its table, sized for the rows to come), the rows come from an iterable one at
 * a time, and the zip is produced in chunks handed to a sink (a file descriptor in the CLI). Memory
 * holds a chunk of XML and the shared strings, never the sheet. Everything else is write.ts's.
 */

export interface StreamedRows {
  /** Index, in the plan, of the sheet whose body is streamed: rows go right after its plan rows. */
  readonly sheet: number;
  /** The first row number to write (the row below the plan's last). */
  readonly firstRow: number;
  readonly rows: Iterable<readonly PlanCell[]>;
  /**
   * Columns (0-based) whose texts are written inline rather than shared: free text that rarely
   * repeats (comments), so the shared-strings table stays the size of the repeated values.
   */
  readonly inlineColumns?: ReadonlySet<number>;
}

export interface StreamWriteResult {
  readonly sheets: readonly WrittenSheet[];
  /** Rows streamed into the sheet. */
  readonly rows: number;
}

/**
 * XML encoded straight into a fixed buffer, handed on when full: the rows' strings die young, and no
 * long string of the sheet is ever built.
 */
class Chunks {
  private readonly buffer = new Uint8Array(1 << 16);
  private at = 0;
  private readonly encoder = new TextEncoder();
  constructor(private readonly push: (chunk: Uint8Array) => void) {}
  write(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    if (this.at + text.length * 3 > this.buffer.length) {
      this.flush();
      if (text.length * 3 > this.buffer.length) return this.push(strToU8(text));
    }
    this.at += this.encoder.encodeInto(text, this.buffer.subarray(this.at)).written;
  }
  flush(): void {
    if (this.at > 0) this.push(this.buffer.slice(0, this.at));
    this.at = 0;
  }
}

export function writeWorkbookStreamed(
  sheets: readonly WorkbookSheet[],
  streamed: StreamedRows,
  sink: (chunk: Uint8Array) => void,
  options: { created?: Date; level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 } = {},
): StreamWriteResult {
  const { files, sheets: written, strings } = workbookParts(sheets, options);
  const level = options.level ?? 6;
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure ??= err;
    else sink(chunk);
  });
  const entry = (name: string) => {
    const e = new ZipDeflate(name, { level });
    e.mtime = ZIP_MTIME;
    zip.add(e);
    return e;
  };
  // The same part name write.ts gives the sheet at this index.
  const streamedPart = `xl/worksheets/sheet${streamed.sheet + 1}.xml`;
  const stringsPart = "xl/sharedStrings.xml";
  if (!files[streamedPart]) throw new Error(`no sheet ${streamed.sheet} to stream rows into`);
  let rows = 0;
  for (const [name, bytes] of Object.entries(files)) {
    if (name === stringsPart) continue;
    if (name !== streamedPart) {
      entry(name).push(bytes, true);
      continue;
    }
    const xml = new TextDecoder().decode(bytes);
    const cut = xml.lastIndexOf("</sheetData>");
    const out = entry(name);
    out.push(strToU8(xml.slice(0, cut)));
    const chunks = new Chunks((c) => out.push(c));
    const inline = streamed.inlineColumns ?? new Set<number>();
    const letters: string[] = [];
    let r = streamed.firstRow;
    for (const cells of streamed.rows) {
      let row = `<row r="${r}">`;
      // Every cell says where it is: the format lets a cell right after another leave its address
      // out, but ExcelJS cannot open such a sheet and Gnumeric drops the cells (issue 15).
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c];
        if (v === null || ("text" in v && v.text === "")) continue;
        const at = `<c r="${(letters[c] ??= columnLetter(c + 1))}${r}"`;
        if ("text" in v)
          row += inline.has(c)
            ? `${at} t="inlineStr"><is><t xml:space="preserve">${escText(cutToCell(v.text))}</t></is></c>`
            : `${at} t="s"><v>${strings.get(v.text)}</v></c>`;
        else if ("number" in v) row += `${at}><v>${v.number}</v></c>`;
        else throw new Error(`streamed rows hold text and numbers only (row ${r}, column ${c + 1})`);
      }
      chunks.write(row + "</row>");
      r++;
      rows++;
    }
    chunks.write(xml.slice(cut));
    chunks.flush();
    out.push(new Uint8Array(0), true);
  }
  // Last: the shared strings now hold the streamed rows' too.
  entry(stringsPart).push(strToU8(strings.toXml()), true);
  zip.end();
  if (failure) throw failure;
  return { sheets: written, rows };
}
