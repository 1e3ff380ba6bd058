import type { FindingReason, Reason, SheetDefectFact, Where } from "../../src/core/reasons";
import type { OfKind } from "../../src/wording/types";

/**
 * One reason, defect and finding of every kind, with `n` wherever a count is a fact: the catalogues'
 * tests render each in both languages. Typed by kind, so a kind added to `src/core/reasons.ts`
 * without a sample here is a compile error.
 */

type Samples<U extends { readonly kind: string }> = { readonly [K in U["kind"]]: (n: number) => readonly OfKind<U, K>[] };

const at: Where = { sheet: "Pašnovērtējums 2023", cell: "B2", stamp: "pasnovertejums-2023@1" };

export const DEFECTS: Samples<SheetDefectFact> = {
  tooManyCells: (n) => [{ kind: "tooManyCells", limit: n }],
  xmlTooLarge: (n) => [{ kind: "xmlTooLarge", bytes: n * 1048576 + 104858 }],
  textTooLong: (n) => [{ kind: "textTooLong", ref: "E13", limit: n }],
  rowOutsideGrid: () => [{ kind: "rowOutsideGrid", row: "99999999" }],
  cellOutsideGrid: () => [{ kind: "cellOutsideGrid", ref: "ZZZZ200" }],
  tooManyColumns: (n) => [{ kind: "tooManyColumns", row: 12, limit: n }],
  notStringIndex: () => [{ kind: "notStringIndex", ref: "E13", value: "x" }],
  noSuchString: (n) => [{ kind: "noSuchString", ref: "E13", index: 99999, count: n }],
  malformedXml: () => [
    { kind: "malformedXml", inTable: false },
    { kind: "malformedXml", inTable: true },
  ],
};

const defects = (n: number) => Object.values(DEFECTS).flatMap((make) => make(n) as readonly SheetDefectFact[]);

export const REASONS: Samples<Reason> = {
  notZip: () => [{ kind: "notZip" }],
  encrypted: () => [{ kind: "encrypted" }],
  notXlsx: () => [{ kind: "notXlsx" }],
  noStampedSheet: () => [{ kind: "noStampedSheet" }],
  corrupt: () =>
    (["noDirectory", "zip64", "tooManyEntries", "directory", "localHeader", "cutOff", "encryptedEntry", "method", "inflate", "xml"] as const).map((fault) => ({
      kind: "corrupt",
      fault,
      part: "xl/worksheets/sheet1.xml",
    })),
  zipBomb: (n) => [{ kind: "zipBomb", part: "xl/worksheets/sheet1.xml", ratio: n }, { kind: "zipBomb", limit: 100 * 1048576 + 524288 }, { kind: "zipBomb" }],
  fileTooLarge: () => [{ kind: "fileTooLarge", bytes: 21 * 1048576 + 52429, limit: 20 * 1048576 }],
  workbookTooLarge: (n) => (["sheets", "names", "cells", "text"] as const).map((what) => ({ kind: "workbookTooLarge", what, limit: n })),
  unreadable: () => [
    { kind: "unreadable" },
    { kind: "unreadable", code: "EACCES" },
    { kind: "unreadable", code: "EIO" },
    { kind: "unreadable", code: "NotReadableError" },
    { kind: "unreadable", code: "EXDEV" },
  ],
  noSuchFile: () => [{ kind: "noSuchFile" }],
  brokenLink: () => [{ kind: "brokenLink" }],
  linkLoop: () => [{ kind: "linkLoop" }],
  folderAgain: () => [{ kind: "folderAgain", first: "sanemtas/a" }],
  sameFileAs: () => [{ kind: "sameFileAs", first: "sanemtas/b.xlsx" }],
  notRegular: () => (["fifo", "socket", "device", "other"] as const).map((entry) => ({ kind: "notRegular", entry })),
  folderUnreadable: () => [{ kind: "folderUnreadable", code: "EACCES" }, { kind: "folderUnreadable" }],
  saveAsXlsx: () => [{ kind: "saveAsXlsx", ext: ".ods" }],
  notSpreadsheet: () => [
    { kind: "notSpreadsheet", ext: ".pdf" },
    { kind: "notSpreadsheet", ext: "" },
  ],
  noTable: (n) => [{ kind: "noTable", sheet: at.sheet, stamp: at.stamp, missing: ["Kods", "Vērtējums"].slice(0, n === 1 ? 1 : 2) }],
  unknownTemplate: () => [{ kind: "unknownTemplate", ...at }],
  newerVersion: () => [{ kind: "newerVersion", ...at }],
  noStamp: () => [{ kind: "noStamp", ...at }],
  veryHidden: () => [{ kind: "veryHidden", ...at }],
  unknownVersion: () => [{ kind: "unknownVersion", ...at, known: ["pasnovertejums-2023@2"] }],
  codesMismatch: (n) => [
    { kind: "codesMismatch", ...at, codesOf: "kuldiga-kvalitate-2011", present: 3, total: n, foreign: ["1.1.1", "2.1.1"] },
    { kind: "codesMismatch", ...at, present: 0, total: n, foreign: [] },
  ],
  badTable: (n) =>
    (["notRange", "outsideGrid", "tooManyRows"] as const).map((why) => ({
      kind: "badTable",
      ...at,
      table: "KV_pasnovertejums_2023",
      ref: "A12:F10000000000",
      why,
      maxRows: n,
    })),
  tooLarge: (n) => defects(n).map((defect) => ({ kind: "tooLarge", ...at, defect })),
  damaged: (n) => defects(n).map((defect) => ({ kind: "damaged", ...at, defect })),
  noIestade: () => [{ kind: "noIestade", sheet: at.sheet, cell: "C3" }],
  badPeriod: () => [
    { kind: "badPeriod", sheet: at.sheet, cell: "C4", value: "divdesmit" },
    { kind: "badPeriod", sheet: at.sheet, cell: "C4", value: "" },
  ],
  sameContent: () => [{ kind: "sameContent", file: "a.xlsx", sheet: at.sheet }],
  superseded: () => [
    { kind: "superseded", by: "aprilis.xlsx", why: { by: "datums", later: 45017, earlier: 44986 } },
    { kind: "superseded", by: "aprilis.xlsx", why: { by: "dated", date: 45017 } },
    { kind: "superseded", by: "aprilis.xlsx", why: { by: "saved", at: Date.UTC(2024, 0, 2, 9, 30), datums: "same" } },
    { kind: "superseded", by: "aprilis.xlsx", why: { by: "saved", at: Date.UTC(2024, 0, 2, 9, 30), datums: "none" } },
    { kind: "superseded", by: "aprilis.xlsx", why: { by: "fileTime", at: Date.UTC(2024, 0, 2, 9, 30), datums: "same" } },
    { kind: "superseded", by: "aprilis.xlsx", why: { by: "fileTime", at: Date.UTC(2024, 0, 2, 9, 30), datums: "none" } },
  ],
  undecidedDuplicate: () => [{ kind: "undecidedDuplicate", as: "a.xlsx" }],
};

export const FINDINGS: Samples<FindingReason> = {
  invalid: () =>
    (["textNumber", "outOfScale", "notWhole", "negative", "unknownWord", "wrongType"] as const).flatMap((why) => [
      {
        kind: "invalid",
        why,
        value: why === "notWhole" ? 2.5 : why === "negative" ? -3 : "4,0",
        allowed: ["1", "2", "3", "4", "5", "Nav attiecināms"],
        readAs: why === "unknownWord" ? "Atbilst" : 4,
      },
      { kind: "invalid", why, value: true, allowed: [] },
      { kind: "invalid", why, value: "Atbilst\u200e", allowed: ["Atbilst", "Neatbilst"], hidden: ["U+200E"] },
      { kind: "invalid", why, value: "At\u200bbilst\u00a0", allowed: ["Atbilst", "Neatbilst"], hidden: ["U+200B", "U+00A0"] },
    ]),
  hiddenCharacters: (n) => [
    { kind: "hiddenCharacters", value: "Nav\u00a0attiecināms", readAs: "Nav attiecināms", hidden: ["U+00A0"] },
    { kind: "hiddenCharacters", value: "Nav attiecināms".normalize("NFD"), readAs: "Nav attiecināms", hidden: [] },
    { kind: "hiddenCharacters", value: `${n}\u200b`, readAs: n, hidden: ["U+200B"] },
  ],
  tableLost: () => [{ kind: "tableLost", cell: "A12" }],
  hiddenSheet: () => [{ kind: "hiddenSheet", sheet: at.sheet }],
  missingRating: () => [{ kind: "missingRating" }],
  missingRespondents: () => [{ kind: "missingRespondents" }],
  missingMeta: () => (["Iestade", "Periods", "Vertetajs", "Datums"] as const).map((field) => ({ kind: "missingMeta", field })),
  badYear: () => [
    { kind: "badYear", value: 24 },
    { kind: "badYear", value: null },
  ],
  textYear: () => [{ kind: "textYear", value: "2023" }],
  badDate: () => [{ kind: "badDate", value: 12.5 }],
  textDate: () => [{ kind: "textDate", value: "1.3.2024" }],
  badDeadline: () => [{ kind: "badDeadline", value: "drīz" }],
  futurePeriod: () => [{ kind: "futurePeriod", year: 2031 }],
  futureDate: () => [{ kind: "futureDate", serial: 47000 }],
  missingRow: () => [{ kind: "missingRow", code: "1.1.1" }],
  unknownRow: () => [{ kind: "unknownRow", code: "9.9.9" }],
  duplicateRow: () => [{ kind: "duplicateRow", code: "1.1.1" }],
  registerRow: (n) => [{ kind: "registerRow", period: "2014", parts: n, total: 21.5 }],
  registerTotal: (n) => [{ kind: "registerTotal", column: "plānotās", sum: n, total: 1234.5 }],
  tooManyAnswers: (n) => [{ kind: "tooManyAnswers", question: "Q2", sum: n, respondents: 178 }],
};

export const allReasons = (n: number): Reason[] => Object.values(REASONS).flatMap((make) => make(n) as readonly Reason[]);
export const allFindings = (n: number): FindingReason[] => Object.values(FINDINGS).flatMap((make) => make(n) as readonly FindingReason[]);
