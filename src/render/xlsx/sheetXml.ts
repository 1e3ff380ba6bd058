import type { CellData, SheetDefect } from "../../contract/model";
import { MAX_TEXT_CHARS } from "../../contract/limits";
import { EXCEL_MAX_COLUMNS, EXCEL_MAX_ROWS } from "../../core/limits";
import { cellRef, columnNumber } from "../../plan/a1";
import { DAYS_1900_TO_1904 } from "../../core/limits";
import { ATTR_SEQ, attrOf, decodeEntities, decodeExcelEscapes, type XmlHandler } from "./xml";

/**
 * The two hot scanners of a read: a worksheet's cells and the shared strings. Both take tokens as
 * the part inflates and may stop the inflation (`done`): a sheet past its cell budget is no form,
 * and the strings past the last one a read sheet uses are not needed.
 */

/**
 * A copy of a string that does not keep its source alive. V8 represents a long substring as a slice
 * of its parent, so a few names taken from a workbook would hold the whole part's XML in memory —
 * for every file of a thousand-file merge. Prepending a character forces a fresh flat string.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}

/** What the text being read belongs to. */
const Capture = { None: 0, V: 1, F: 2, T: 3 } as const;
type Capture = (typeof Capture)[keyof typeof Capture];

const CELL_REF = /^(([A-Za-z]{1,3})([1-9]\d{0,6}))$/;
/** A cell's attributes as Excel, LibreOffice and our writer put them: read in one step. */
const USUAL_CELL = /^ r="(([A-Z]{1,3})([1-9]\d{0,6}))"(?: s="\d+")?(?: t="(\w+)")?$/;

export class SheetScanner implements XmlHandler {
  readonly cells = new Map<string, CellData>();
  readonly tableIds: string[] = [];
  /** Cells holding a shared-string index, resolved once the strings are read. */
  readonly pending: { ref: string; index: number; formula: string }[] = [];
  defect?: SheetDefect;
  count = 0;
  private row = 0;
  private col = 0;
  private inCell = false;
  private ref = "";
  private type = "n";
  private v = "";
  private f = "";
  private inline = "";
  private capture: Capture = Capture.None;
  private inIs = false;
  private phonetic = 0;

  /** Set once a row past `lastRow` begins: the rows wanted have all been read. */
  private passedLastRow = false;

  constructor(
    private readonly maxCells: number,
    /** The workbook's date system: an ISO date cell (t="d") becomes a serial of that system, like every other date cell. */
    private readonly date1904 = false,
    /** Read only the rows up to this one (a probe of a sheet's first rows for a stamp). */
    private readonly lastRow = EXCEL_MAX_ROWS,
    /** Keep each cell's formula text; a merge reads values only, and skips decoding it. */
    private readonly formulas = true,
  ) {}

  wantsText(): boolean {
    return this.capture !== Capture.None;
  }

  get done(): boolean {
    return this.defect !== undefined || this.passedLastRow;
  }

  private fail(kind: SheetDefect["kind"], detail: SheetDefect["detail"]) {
    this.defect ??= { kind, detail };
  }

  open(name: string, raw: string): void {
    if (this.done) return;
    switch (name) {
      case "row": {
        const r = attrOf(raw, "r");
        const n = r === undefined ? this.row + 1 : Number(r);
        if (!Number.isInteger(n) || n < 1 || n > EXCEL_MAX_ROWS) return this.fail("damaged", { kind: "rowOutsideGrid", row: String(r ?? n).slice(0, 20) });
        if (n > this.lastRow) return void (this.passedLastRow = true);
        this.row = n;
        this.col = 0;
        return;
      }
      case "c": {
        if (++this.count > this.maxCells) return this.fail("tooLarge", { kind: "tooManyCells", limit: this.maxCells });
        let r: string | undefined;
        let t: string | undefined;
        const usual = USUAL_CELL.exec(raw);
        if (usual) {
          r = usual[1];
          t = usual[4];
        } else {
          // Both attributes in one pass over them all.
          ATTR_SEQ.lastIndex = 0;
          for (let a = ATTR_SEQ.exec(raw); a; a = ATTR_SEQ.exec(raw)) {
            const key = a[1];
            if (key === "r" || key.endsWith(":r")) r = decodeEntities(a[2] ?? a[3] ?? "");
            else if (key === "t" || key.endsWith(":t")) t = a[2] ?? a[3];
          }
        }
        if (r !== undefined) {
          const m = usual ?? CELL_REF.exec(r);
          const col = m ? columnNumber(m[2]) : 0;
          if (!m || col > EXCEL_MAX_COLUMNS || Number(m[3]) > EXCEL_MAX_ROWS) return this.fail("damaged", { kind: "cellOutsideGrid", ref: r.slice(0, 20) });
          this.ref = usual ? r : r.toUpperCase();
          this.col = col;
        } else {
          if (this.row === 0) this.row = 1;
          if (++this.col > EXCEL_MAX_COLUMNS) return this.fail("damaged", { kind: "tooManyColumns", row: this.row, limit: EXCEL_MAX_COLUMNS });
          this.ref = cellRef(this.row, this.col);
        }
        this.type = t ?? "n";
        this.inCell = true;
        this.v = this.f = this.inline = "";
        return;
      }
      case "v":
        if (this.inCell) this.capture = Capture.V;
        return;
      case "f":
        if (this.inCell && this.formulas) this.capture = Capture.F;
        return;
      case "is":
        this.inIs = this.inCell;
        return;
      case "t":
        if (this.inIs && this.phonetic === 0) this.capture = Capture.T;
        return;
      case "rPh":
        this.phonetic++;
        return;
      case "tablePart": {
        const id = attrOf(raw, "id");
        if (id !== undefined) this.tableIds.push(id);
        return;
      }
    }
  }

  close(name: string): void {
    if (this.done) return;
    switch (name) {
      case "v":
      case "f":
      case "t":
        this.capture = Capture.None;
        return;
      case "rPh":
        this.phonetic = Math.max(0, this.phonetic - 1);
        return;
      case "is":
        this.inIs = false;
        return;
      case "c":
        if (this.inCell) this.finishCell();
        this.inCell = false;
        this.capture = Capture.None;
        return;
    }
  }

  text(t: string): void {
    if (this.capture === Capture.None || this.done) return;
    if (this.capture === Capture.V) this.v += t;
    else if (this.capture === Capture.F) this.f += t;
    else this.inline += t;
    if (this.v.length + this.f.length + this.inline.length > MAX_TEXT_CHARS)
      this.fail("tooLarge", { kind: "textTooLong", ref: this.ref, limit: MAX_TEXT_CHARS });
  }

  private finishCell() {
    const { ref, f } = this;
    if (this.type === "s") {
      const v = this.v.trim();
      if (v === "") return void (f && this.cells.set(ref, { value: null, formula: f }));
      const index = Number(v);
      if (!Number.isInteger(index) || index < 0) return this.fail("damaged", { kind: "notStringIndex", ref, value: v.slice(0, 20) });
      this.pending.push({ ref, index, formula: f });
      return;
    }
    const data = cellValue(this.type, this.v, this.inline, this.date1904);
    if (data.value !== null || f || data.error) this.cells.set(ref, f ? { ...data, formula: f } : data);
  }
}

function cellValue(type: string, v: string, inline: string, date1904: boolean): CellData {
  switch (type) {
    case "inlineStr":
      return { value: detached(decodeExcelEscapes(inline)) };
    case "str":
      return { value: detached(decodeExcelEscapes(v)) };
    case "b":
      return { value: v.trim() === "1" || v.trim() === "true" };
    case "e":
      return { value: null, error: v };
    case "d": {
      const ms = Date.parse(v);
      return { value: Number.isNaN(ms) ? v : ms / 86400000 + 25569 - (date1904 ? DAYS_1900_TO_1904 : 0) };
    }
    default: {
      if (v.trim() === "") return { value: null };
      const n = Number(v);
      return { value: Number.isFinite(n) ? n : v };
    }
  }
}

/** Shared strings, rich-text runs joined, phonetic guides (rPh) left out; only the indices asked for are kept. */
export class StringsScanner implements XmlHandler {
  readonly found = new Map<number, string>();
  /** Strings seen so far: the count of the part once it has been read to its end. */
  seen = 0;
  tooLong = false;
  private wantedNow = false;
  private inSi = false;
  private capture = false;
  private phonetic = 0;
  private buf = "";
  private readonly last: number;

  wantsText(): boolean {
    return this.capture;
  }

  constructor(private readonly wanted: ReadonlySet<number>) {
    let last = -1;
    for (const i of wanted) if (i > last) last = i;
    this.last = last;
  }

  /** Every wanted index has been passed. */
  get done(): boolean {
    return this.seen > this.last || this.tooLong;
  }

  open(name: string): void {
    if (name === "si") {
      this.inSi = true;
      this.wantedNow = this.wanted.has(this.seen);
      this.buf = "";
      this.phonetic = 0;
    } else if (name === "t") this.capture = this.inSi && this.wantedNow && this.phonetic === 0;
    else if (name === "rPh") this.phonetic++;
  }

  close(name: string): void {
    if (name === "si" && this.inSi) {
      if (this.wantedNow) this.found.set(this.seen, detached(decodeExcelEscapes(this.buf)));
      this.inSi = false;
      this.capture = false;
      this.seen++;
    } else if (name === "t") this.capture = false;
    else if (name === "rPh") this.phonetic = Math.max(0, this.phonetic - 1);
  }

  text(t: string): void {
    if (!this.capture) return;
    this.buf += t;
    if (this.buf.length > MAX_TEXT_CHARS) this.tooLong = true;
  }
}
