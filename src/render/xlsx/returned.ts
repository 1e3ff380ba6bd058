import type { Catalog } from "../../core/catalog";
import type { ReturnedFile } from "../../core/merge/merge";
import { formsOf, hasStampLabel, mayHoldStamp } from "../../contract/forms";
import { readWorkbook, XlsxError, type ReadLimits, DEFAULT_LIMITS } from "./read";

/**
 * Reads one returned workbook for a merge: only the stamped sheets are parsed. Each template sheet
 * that cannot be used comes back as a problem naming the sheet, and the others still count.
 */
export function readReturned(file: string, bytes: Uint8Array, limits: Partial<ReadLimits> = DEFAULT_LIMITS, catalog?: Catalog): ReturnedFile {
  try {
    const workbook = readWorkbook(bytes, { limits, sheetFilter: mayHoldStamp, probed: hasStampLabel, formulas: false });
    const { forms, problems } = formsOf(workbook, catalog);
    return { file, forms, problems: problems.map((p) => ({ sheet: p.sheet, reason: p })), ...(workbook.saved !== undefined ? { saved: workbook.saved } : {}) };
  } catch (e) {
    if (e instanceof XlsxError) return { file, error: e.reason };
    // Anything else is a fault of ours, not of the file; its English message stays in the log it was thrown to.
    return { file, error: { kind: "unreadable" } };
  }
}
