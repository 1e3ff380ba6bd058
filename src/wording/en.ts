import type { RawValue } from "../core/form";
import type { FindingReason, SheetReason } from "../core/reasons";
import { counted, dateOfSerial, megabytes, momentText, numberIn, typedNumber } from "./numbers";
import type { ByBy, OfKind, Wording } from "./types";
import { pick, pickBy } from "./pick";

/**
 * English: the twin of `lv.ts`, one English term for each glossary word (template, returned
 * template, finding, sheet, range, service, merge), “…” quotation marks.
 */

const q = (s: string) => `“${s}”`;
const list = (xs: readonly string[]) => xs.map(q).join(", ");
const n = (x: number) => numberIn("en", x);

function value(v: RawValue): string {
  if (v === null || v === "") return "an empty cell";
  if (typeof v === "number") return typedNumber("en", v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return q(v);
}

function systemError(code: string | undefined): string {
  const meaning = systemMeaning(code);
  return code !== undefined && /^E[A-Z]+$/.test(code) && !meaning.includes(code) ? `${meaning}; code ${code}` : meaning;
}

function systemMeaning(code: string | undefined): string {
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "no permission to read it";
    case "EISDIR":
      return "it is a folder, not a file";
    case "EBUSY":
      return "the file is busy (open in another program)";
    case "ENOENT":
    case "NotFoundError":
      return "the file is no longer there";
    case "NotReadableError":
      return "the file cannot be read — perhaps it has changed meanwhile or is busy";
    case "SecurityError":
      return "the browser does not allow reading it";
    case "EIO":
      return "a disk read error";
    case undefined:
      return "reading failed";
    default:
      return `system error code: ${code}`;
  }
}

/** Which fact decided that one returned template is newer than another. */
const LATER_BY: ByBy = {
  datums: (w) => `its date ${dateOfSerial(w.later)} is later than ${dateOfSerial(w.earlier)}`,
  dated: (w) => `it is dated ${dateOfSerial(w.date)}, the one it replaces is not dated`,
  saved: (w) => `${w.datums === "same" ? "the same date" : "neither is dated"}, saved later by the time written in the workbook: ${momentText(w.at)}`,
  fileTime: (w) => `${w.datums === "same" ? "the same date" : "neither is dated"}, the file's time is later: ${momentText(w.at)}`,
};

/** Invisible characters by their code points: "an invisible character U+200B". */
const invisible = (hidden: readonly string[]) => `${hidden.length === 1 ? "an invisible character" : "invisible characters"} ${hidden.join(", ")}`;

/** Why a value is off the scale, before any invisible character it holds is named. */
function invalidWords(r: OfKind<FindingReason, "invalid">): string {
  const allowed = r.allowed.length ? r.allowed.join(", ") : "0, 1, 2, …";
  switch (r.why) {
    case "textNumber":
      return `The value ${value(r.value)} was entered as text; enter the number ${typeof r.readAs === "number" ? typedNumber("en", r.readAs) : String(r.readAs)} (text is not counted).`;
    case "outOfScale":
      return `The value ${value(r.value)} is not on the scale (${allowed}).`;
    case "notWhole":
      return `The count ${value(r.value)} must be a whole number.`;
    case "negative":
      return `The count ${value(r.value)} cannot be negative.`;
    case "unknownWord":
      return r.readAs !== undefined
        ? `The value ${value(r.value)} has a stray space; enter ${q(String(r.readAs))}.`
        : `The value ${value(r.value)} is not on the scale (${allowed}).`;
    case "wrongType":
      return `The value ${value(r.value)} is not valid (${allowed}).`;
  }
}

const sheetCell = (r: { readonly sheet: string; readonly cell: string }) => `sheet ${q(r.sheet)}, cell ${r.cell}`;

const BAD_TABLE: Readonly<Record<Extract<SheetReason, { kind: "badTable" }>["why"], (maxRows: number) => string>> = {
  notRange: () => "it is not a cell range",
  outsideGrid: () => "it lies outside Excel's grid",
  tooManyRows: (max) => `more than ${counted("en", max, { one: "row", other: "rows" })}`,
};

export const en: Wording = {
  reason: {
    notZip: () => "not an .xlsx file (not a zip archive)",
    encrypted: () => "the file is password-protected (encrypted) or an old .xls file",
    notXlsx: () => "a zip archive but not an Excel workbook",
    noStampedSheet: () => "no sheet in the file carries a Kvalitāte template stamp",
    corrupt: (r) => {
      const part = r.part ? q(r.part) : "";
      const fault = {
        noDirectory: "the archive's table of contents is missing — perhaps the file was not transferred in full",
        zip64: "a large archive's (ZIP64) table of contents is damaged",
        tooManyEntries: "the archive holds more parts than a workbook can",
        directory: "the archive's table of contents is damaged",
        localHeader: `the header of part ${part} is damaged`,
        cutOff: `part ${part} is incomplete — perhaps the file was not transferred in full`,
        encryptedEntry: `part ${part} is encrypted`,
        method: `part ${part} is compressed by an unknown method`,
        inflate: `part ${part} cannot be decompressed`,
        xml: `the workbook's part ${part} is not well-formed XML`,
      }[r.fault];
      return `the file is damaged or truncated (${fault})`;
    },
    zipBomb: (r) => {
      const facts =
        r.ratio !== undefined && r.part
          ? `: part ${q(r.part)} inflates ${n(r.ratio)} times`
          : r.limit !== undefined
            ? `: inflated it exceeds ${megabytes("en", r.limit)}`
            : "";
      return `the file inflates suspiciously (zip bomb${facts})`;
    },
    fileTooLarge: (r) => `the file is too large (${megabytes("en", r.bytes)}; the limit is ${megabytes("en", r.limit)})`,
    workbookTooLarge: (r) => {
      const what = { sheets: "sheets", names: "defined names", cells: "cells", text: "characters in one string of text" }[r.what];
      return `the file is too large: it holds more ${what} than a returned template can (limit: ${n(r.limit)})`;
    },
    unreadable: (r) => `the file could not be read (${systemError(r.code)})`,

    noSuchFile: () => "no such file or folder",
    brokenLink: () => "the link leads to a file that does not exist",
    linkLoop: () => "a loop of links (the link leads back to itself or to a folder that holds it)",
    folderAgain: (r) => `this folder was already read as ${q(r.first)}`,
    sameFileAs: (r) => `the same file as ${q(r.first)} (read once)`,
    notRegular: (r) =>
      `not a regular file but ${{ fifo: "a named pipe (FIFO)", socket: "a network socket", device: "a device", other: "another kind of entry" }[r.entry]}`,
    folderUnreadable: (r) => `the folder cannot be opened (${systemError(r.code)}); its files were not read`,
    saveAsXlsx: (r) => `${r.ext} file: save it as .xlsx (Excel workbook) and merge again`,
    notSpreadsheet: (r) => `not a spreadsheet (${r.ext ? r.ext : "no extension"})`,

    noTable: (r) => `sheet ${q(r.sheet)} (${q(r.stamp)}) has no table with the ${r.missing.length === 1 ? "column" : "columns"} ${list(r.missing)}`,
    unknownTemplate: (r) => `${sheetCell(r)}: unknown template ${q(r.stamp)}`,
    unknownVersion: (r) => `${sheetCell(r)}: template version ${q(r.stamp)} is not known (known: ${list(r.known)})`,
    newerVersion: (r) => `${sheetCell(r)}: template ${q(r.stamp)} is newer than this version of Kvalitāte; update Kvalitāte`,
    noStamp: (r) => `${sheetCell(r)}: the template stamp cell is empty or damaged`,
    veryHidden: (r) => `sheet ${q(r.sheet)} is very hidden: Excel does not show it, so its template is not counted; make the sheet visible and save again`,
    codesMismatch: (r) => {
      const shown = list(r.foreign.slice(0, 5)) + (r.foreign.length > 5 ? ", …" : "");
      const facts = `${n(r.present)} of ${counted("en", r.total, { one: "code", other: "codes" })}${r.foreign.length ? `; foreign: ${shown}` : ""}`;
      return r.codesOf
        ? `sheet ${q(r.sheet)}: the stamp says ${q(r.stamp)} but the table's codes are template ${q(r.codesOf)}'s (${facts})`
        : `sheet ${q(r.sheet)}: the stamp says ${q(r.stamp)} but the table's codes do not match that template (${facts})`;
    },
    badTable: (r) => {
      const shown = r.ref.length > 40 ? `${r.ref.slice(0, 40)}…` : r.ref;
      return `sheet ${q(r.sheet)}: the range ${q(shown)} of table ${q(r.table)} is no template's table (${BAD_TABLE[r.why](r.maxRows)})`;
    },
    tooLarge: (r) => `sheet ${q(r.sheet)} is too large for a filled template (${pick(en.defect, r.defect)})`,
    damaged: (r) => `sheet ${q(r.sheet)} is damaged (${pick(en.defect, r.defect)})`,

    noIestade: (r) => `${sheetCell(r)}: the service (Iestāde) is missing`,
    badPeriod: (r) => `${sheetCell(r)}: the period is not a year (${r.value ? q(r.value) : "an empty cell"})`,
    sameContent: (r) => `duplicate: the same content as in file ${q(r.file)} (sheet ${q(r.sheet)})`,
    superseded: (r) => {
      const why = pickBy(LATER_BY, r.why);
      return `superseded by ${q(r.by)} — a newer template of the same service, period and assessor (${why})`;
    },
    undecidedDuplicate: (r) =>
      `duplicate: the same template, service, period and assessor as ${q(r.as)}, and neither the date, nor the save time written in the workbook, nor the file's time shows which is newer`,
  },

  defect: {
    tooManyCells: (r) => `more than ${counted("en", r.limit, { one: "cell", other: "cells" })}`,
    xmlTooLarge: (r) => `the sheet's XML is larger than ${megabytes("en", r.bytes)}`,
    textTooLong: (r) => `${r.ref}: more than ${counted("en", r.limit, { one: "character", other: "characters" })} in one cell`,
    rowOutsideGrid: (r) => `row number ${q(r.row)} lies outside Excel's grid`,
    cellOutsideGrid: (r) => `cell reference ${q(r.ref)} lies outside Excel's grid`,
    tooManyColumns: (r) => `row ${typedNumber("en", r.row)} has more than ${counted("en", r.limit, { one: "column", other: "columns" })}`,
    notStringIndex: (r) => `${r.ref}: ${q(r.value)} is no shared-string number`,
    noSuchString: (r) => `${r.ref}: there is no shared string no. ${typedNumber("en", r.index)} (strings in the file: ${n(r.count)})`,
    malformedXml: (r) => (r.inTable ? "its table's XML is not well-formed" : "its XML is not well-formed"),
  },

  finding: {
    invalid: (r) => {
      const said = invalidWords(r);
      return r.hidden?.length ? `${said} It contains ${invisible(r.hidden)}.` : said;
    },
    hiddenCharacters: (r) => {
      const what = r.hidden.length ? `contains ${invisible(r.hidden)}` : "is written with decomposed letters (Unicode NFD)";
      return `The value ${value(r.value)} ${what}: it is counted as ${value(r.readAs)}, but the sheet's formulas do not count it — retype ${value(r.readAs)}.`;
    },
    tableLost: (r) => `The table is gone; read by its header row (${r.cell}). The ratings are counted; the sheet's formulas may no longer cover them.`,
    hiddenSheet: (r) => `The sheet ${q(r.sheet)} is hidden; its template is counted (Excel: Home → Format → Hide & Unhide).`,
    missingRating: () => "No rating has been entered.",
    missingRespondents: () => "The number of respondents is missing.",
    missingMeta: (r) =>
      ({ Iestade: "The service is missing.", Vertetajs: "The assessor is missing.", Periods: "The period (year) is missing.", Datums: "The date is missing." })[
        r.field
      ],
    badYear: (r) => `The period must be a four-digit year (for example 2024), not ${value(r.value)}.`,
    textYear: (r) => `The year ${value(r.value)} was entered as text; enter it as a number.`,
    badDate: (r) => `The value ${value(r.value)} is not a date; enter a date as DD.MM.YYYY.`,
    textDate: (r) => `The date ${value(r.value)} was entered as text; enter it as a date (DD.MM.YYYY).`,
    badDeadline: (r) => `The deadline must be a year or “pastāvīgi” (ongoing), not ${value(r.value)}.`,
    futurePeriod: (r) => `The period ${typedNumber("en", r.year)} has not begun yet: is the year right?`,
    futureDate: (r) => `The date ${dateOfSerial(r.serial)} is in the future: is it right?`,
    missingRow: (r) => `The row with code ${q(r.code)} is missing.`,
    unknownRow: (r) => `The row with code ${q(r.code)} is not in the template and is not counted.`,
    duplicateRow: (r) => `Code ${q(r.code)} is repeated; only the first row is counted.`,
    registerRow: (r) => `Period ${r.period}: planned + unplanned + document inspections = ${n(r.parts)}, but the number of inspections is ${n(r.total)}.`,
    registerTotal: (r) => `Total (${r.column}) is ${n(r.total)}, but the periods add up to ${n(r.sum)}.`,
    tooManyAnswers: (r) => `In question ${r.question} the answers (${n(r.sum)}) exceed the respondents (${n(r.respondents)}).`,
  },
};
