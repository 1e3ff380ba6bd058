import type { InvalidReason } from "./interpret";
import type { RawValue } from "./form";

/**
 * What went wrong, as a kind and its facts — never as words. The reader, the contract, the merge and
 * validation make these; the words are chosen where a person reads them (the command line, the
 * pane, the summary workbook) from one catalogue per language (`src/wording`). So a number arrives
 * in Latvian with a decimal comma, a count agrees with its noun, and no library's English is ever
 * pasted into a Latvian sentence.
 */

/** How a zip archive is broken (the reader's own checks and the inflater's, by kind). */
export type ZipFault = "noDirectory" | "zip64" | "tooManyEntries" | "directory" | "localHeader" | "cutOff" | "encryptedEntry" | "method" | "inflate";

/** Why one sheet could not be read in full: the facts (the reader keeps the cells read until then). */
export type SheetDefectFact =
  | { readonly kind: "tooManyCells"; readonly limit: number }
  | { readonly kind: "xmlTooLarge"; readonly bytes: number }
  | { readonly kind: "textTooLong"; readonly ref: string; readonly limit: number }
  | { readonly kind: "rowOutsideGrid"; readonly row: string }
  | { readonly kind: "cellOutsideGrid"; readonly ref: string }
  | { readonly kind: "tooManyColumns"; readonly row: number; readonly limit: number }
  | { readonly kind: "notStringIndex"; readonly ref: string; readonly value: string }
  | { readonly kind: "noSuchString"; readonly ref: string; readonly index: number; readonly count: number }
  | { readonly kind: "malformedXml"; readonly inTable: boolean };

/** Where on a template sheet: the sheet, the cell to look at (the stamp's), and the stamp as read. */
export interface Where {
  readonly sheet: string;
  readonly cell: string;
  readonly stamp: string;
}

/** Why a template sheet of a workbook cannot be used (the workbook's other sheets still count). */
export type SheetReason =
  | { readonly kind: "noTable"; readonly sheet: string; readonly stamp: string; readonly missing: readonly string[] }
  | ({ readonly kind: "unknownTemplate" | "newerVersion" | "noStamp" } & Where)
  /** A form on a very hidden sheet, which Excel's interface cannot show: not counted. */
  | ({ readonly kind: "veryHidden" } & Where)
  | ({ readonly kind: "unknownVersion"; readonly known: readonly string[] } & Where)
  | ({
      readonly kind: "codesMismatch";
      readonly codesOf?: string;
      readonly present: number;
      readonly total: number;
      readonly foreign: readonly string[];
    } & Where)
  | ({
      readonly kind: "badTable";
      readonly table: string;
      readonly ref: string;
      readonly why: "notRange" | "outsideGrid" | "tooManyRows";
      readonly maxRows: number;
    } & Where)
  | ({ readonly kind: "tooLarge" | "damaged"; readonly defect: SheetDefectFact } & Where);

/**
 * Which of two returns of one assessor is the later, and by what: Datums; a dated return against an
 * undated one; then the save time the program wrote into the workbook; then the file's own time.
 * `datums` says what the two had in common when a time decided: the same Datums, or none.
 */
export type LaterBy =
  | { readonly by: "datums"; readonly later: number; readonly earlier: number }
  | { readonly by: "dated"; readonly date: number }
  | { readonly by: "saved" | "fileTime"; readonly at: number; readonly datums: "same" | "none" };

/** Why a file, or one form in it, is not used in a merge (or cannot be scored). */
export type Reason =
  // The file as a whole, as the reader found it.
  | { readonly kind: "notZip" | "encrypted" | "notXlsx" | "noStampedSheet" }
  | { readonly kind: "corrupt"; readonly fault: ZipFault | "xml"; readonly part?: string }
  | { readonly kind: "zipBomb"; readonly part?: string; readonly ratio?: number; readonly limit?: number }
  | { readonly kind: "fileTooLarge"; readonly bytes: number; readonly limit: number }
  | { readonly kind: "workbookTooLarge"; readonly what: "sheets" | "names" | "cells" | "text"; readonly limit: number }
  /** The system could not read it: `code` is the system's error code (EACCES, EIO), where there is one. */
  | { readonly kind: "unreadable"; readonly code?: string }
  // What the command line found on its walk of the inputs.
  | { readonly kind: "noSuchFile" | "brokenLink" | "linkLoop" }
  | { readonly kind: "folderAgain" | "sameFileAs"; readonly first: string }
  | { readonly kind: "notRegular"; readonly entry: "fifo" | "socket" | "device" | "other" }
  | { readonly kind: "folderUnreadable"; readonly code?: string }
  | { readonly kind: "saveAsXlsx" | "notSpreadsheet"; readonly ext: string }
  // One template sheet.
  | SheetReason
  // The merge's rules.
  | { readonly kind: "noIestade"; readonly sheet: string; readonly cell: string }
  | { readonly kind: "badPeriod"; readonly sheet: string; readonly cell: string; readonly value: string }
  | { readonly kind: "sameContent"; readonly file: string; readonly sheet: string }
  | { readonly kind: "superseded"; readonly by: string; readonly why: LaterBy }
  | { readonly kind: "undecidedDuplicate"; readonly as: string };

/** A metadata cell, by its defined name (the contract's). */
export type MetaField = "Iestade" | "Periods" | "Vertetajs" | "Datums";

/** What validation found in a cell. */
export type FindingReason =
  /** `hidden`: the invisible characters the value holds ("U+200B"), which alone may keep it off the scale. */
  | {
      readonly kind: "invalid";
      readonly why: InvalidReason;
      readonly value: RawValue;
      readonly allowed: readonly string[];
      readonly readAs?: number | string;
      readonly hidden?: readonly string[];
    }
  /**
   * A value counted once its invisible characters (`hidden`) or decomposed letters (none hidden) are
   * set aside: the sheet's own formulas compare the cell as typed and do not count it.
   */
  | { readonly kind: "hiddenCharacters"; readonly value: string; readonly readAs: number | string; readonly hidden: readonly string[] }
  /** The table object is gone (another program, a paste): the form was read by its header row at `cell`. */
  | { readonly kind: "tableLost"; readonly cell: string }
  /** The form's sheet is hidden in Excel: counted, and said, since the analyst does not see it. */
  | { readonly kind: "hiddenSheet"; readonly sheet: string }
  | { readonly kind: "missingRating" | "missingRespondents" }
  | { readonly kind: "missingMeta"; readonly field: MetaField }
  | { readonly kind: "badYear" | "textYear" | "badDate" | "textDate" | "badDeadline"; readonly value: RawValue }
  | { readonly kind: "futurePeriod"; readonly year: number }
  | { readonly kind: "futureDate"; readonly serial: number }
  | { readonly kind: "missingRow" | "unknownRow" | "duplicateRow"; readonly code: string }
  | { readonly kind: "registerRow"; readonly period: string; readonly parts: number; readonly total: number }
  | { readonly kind: "registerTotal"; readonly column: string; readonly sum: number; readonly total: number }
  | { readonly kind: "tooManyAnswers"; readonly question: string; readonly sum: number; readonly respondents: number };
