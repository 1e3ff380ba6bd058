import type { SheetDefectFact, SheetReason, Where } from "../core/reasons";
import { MAX_TABLE_ROWS } from "./limits";

/**
 * Why a template sheet of a workbook cannot be used: each is a rejection of the file's sheet, while
 * the workbook's other sheets still count. `cell` is where to look (the stamp, or the damaged
 * cell). Facts only: the words are chosen where the reason is shown (`src/wording`).
 */
export type SheetProblem = SheetReason;

export const problem = {
  noTable: (sheet: string, stamp: string, missing: readonly string[]): SheetProblem => ({ kind: "noTable", sheet, stamp, missing }),
  unknownTemplate: (w: Where): SheetProblem => ({ kind: "unknownTemplate", ...w }),
  /** An older version the catalog does not hold (the catalog keeps every version it reads). */
  unknownVersion: (w: Where, known: readonly string[]): SheetProblem => ({ kind: "unknownVersion", ...w, known }),
  newerVersion: (w: Where): SheetProblem => ({ kind: "newerVersion", ...w }),
  noStamp: (w: Where): SheetProblem => ({ kind: "noStamp", ...w }),
  /** A form on a sheet Excel's interface cannot show: no one could check what it would count. */
  veryHidden: (w: Where): SheetProblem => ({ kind: "veryHidden", ...w }),
  /** The stamp names one template, the table's codes are another's (or no template's). */
  codesMismatch: (w: Where, codesOf: string | undefined, present: number, total: number, foreign: readonly string[]): SheetProblem => ({
    kind: "codesMismatch",
    ...w,
    ...(codesOf === undefined ? {} : { codesOf }),
    present,
    total,
    foreign,
  }),
  badTable: (w: Where, table: string, ref: string, why: "notRange" | "outsideGrid" | "tooManyRows"): SheetProblem => ({
    kind: "badTable",
    ...w,
    table,
    ref,
    why,
    maxRows: MAX_TABLE_ROWS,
  }),
  tooLarge: (w: Where, defect: SheetDefectFact): SheetProblem => ({ kind: "tooLarge", ...w, defect }),
  damaged: (w: Where, defect: SheetDefectFact): SheetProblem => ({ kind: "damaged", ...w, defect }),
};
