import * as fs from "fs";
import * as path from "path";
import type { MergeResult } from "../core/merge/types";
import { feedbackWorkbooks } from "../plan/feedback";
import { writeWorkbook } from "../render/xlsx";
import type { Inputs } from "./inputs";
import { shown, UsageError, writeAtomically } from "./io";
import type { Lang, Texts } from "./messages";

/**
 * `merge --atgriezeniska-saite DIR` (`--feedback DIR`): one workbook per service beside the summary,
 * for the ministry to send each municipality its own picture. The folder is settled before any input
 * is read: made when missing, and refused when it holds an input (a file there could be written over).
 */
export function checkFeedbackDir(dir: string, inputs: Inputs, t: Texts): void {
  const resolved = path.resolve(dir);
  let real = resolved;
  try {
    real = fs.realpathSync(resolved);
  } catch {
    // Not there yet: nothing inside it can be an input.
    return;
  }
  const inside = [...inputs.entries, ...inputs.folders].find((m) => m.real !== undefined && (m.real === real || m.real.startsWith(real + path.sep)));
  if (inside) throw new UsageError(t.feedbackHoldsInput(shown(dir), shown(inside.file)));
}

/** Writes the workbooks (each through the atomic writer) and says how many. */
export async function writeFeedback(dir: string, result: MergeResult, lang: Lang, t: Texts): Promise<number> {
  fs.mkdirSync(dir, { recursive: true });
  const books = feedbackWorkbooks(result, lang);
  for (const b of books) {
    const { bytes } = writeWorkbook(b.sheets);
    await writeAtomically(path.join(dir, b.file), t.cannotWrite, (sink) => sink(bytes));
  }
  return books.length;
}
