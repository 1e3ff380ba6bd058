import type { RawValue } from "../core/form";
import type { SheetDefectFact } from "../core/reasons";

/**
 * A workbook as the contract reader sees it, whoever fetched it: the .xlsx reader from a file, or
 * the Office.js renderer from the open workbook.
 */

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
  /**
   * Why the sheet could not be read in full: it holds more than a form can (its reading stopped
   * there), or its XML is damaged. The cells read until then are kept, so its stamp can still name it.
   */
  readonly unreadable?: SheetDefect;
}

export interface SheetDefect {
  readonly kind: "tooLarge" | "damaged";
  /** The facts ("more than 100,000 cells"), worded where they are shown. */
  readonly detail: SheetDefectFact;
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
  /**
   * Excel's 1904 date system (`<workbookPr date1904="1"/>`, the old Mac default): the workbook's date
   * serials count from 1904-01-01, 1,462 days fewer than the same date's in the 1900 system.
   */
  readonly date1904?: boolean;
  /** When the program last saved it, as it wrote in `docProps/core.xml` (`dcterms:modified`): ms since the epoch. */
  readonly saved?: number;
}
