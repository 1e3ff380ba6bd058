import type { Catalog } from "../../core/catalog";
import type { ReturnedFile } from "../../core/merge/merge";
import { messages, type Message } from "../../core/validation/messages";
import { formsOf, hasStampLabel, mayHoldStamp } from "../../contract/forms";
import { readWorkbook, XlsxError, type ReadLimits, DEFAULT_LIMITS } from "./read";

/** Why a file could not be read, in the words the rejected-files list uses. */
const PROBLEM_WORDS: Record<Exclude<XlsxError["problem"], "tooLarge">, Message> = {
  notZip: { lv: "nav .xlsx fails (nav zip arhīvs)", en: "not an .xlsx file (not a zip archive)" },
  encrypted: { lv: "fails ir aizsargāts ar paroli (šifrēts) vai ir vecs .xls", en: "password-protected (encrypted) or an old .xls" },
  corrupt: { lv: "fails ir bojāts vai nepilnīgs", en: "the file is damaged or truncated" },
  notXlsx: { lv: "zip arhīvs, bet nav Excel darbgrāmata", en: "a zip archive but not an Excel workbook" },
  zipBomb: { lv: "fails izplešas aizdomīgi liels (zip bumba)", en: "the file inflates suspiciously (zip bomb)" },
};

/**
 * Reads one returned workbook for a merge: only the stamped sheets are parsed. Each template sheet
 * that cannot be used comes back as a problem naming the sheet, and the others still count.
 */
export function readReturned(file: string, bytes: Uint8Array, limits: Partial<ReadLimits> = DEFAULT_LIMITS, catalog?: Catalog): ReturnedFile {
  try {
    const workbook = readWorkbook(bytes, { limits, sheetFilter: mayHoldStamp, probed: hasStampLabel, formulas: false });
    const { forms, problems } = formsOf(workbook, catalog);
    return { file, forms, problems: problems.map((p) => ({ sheet: p.sheet, reason: p.reason })), ...(workbook.saved !== undefined ? { saved: workbook.saved } : {}) };
  } catch (e) {
    if (e instanceof XlsxError) {
      const problem = e.problem;
      if (problem === "tooLarge") return { file, error: messages.tooLarge(e.detail ?? "") };
      // The facts go into both languages, so whichever is shown carries them.
      const detail = e.detail ? ` (${e.detail})` : "";
      const words = PROBLEM_WORDS[problem];
      return { file, error: { lv: words.lv + detail, en: words.en + detail } };
    }
    return { file, error: messages.unreadable((e as Error).message) };
  }
}
