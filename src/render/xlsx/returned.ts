import type { ReturnedFile } from "../../core/merge/merge";
import { formsOf, mayHoldStamp } from "../../contract/forms";
import { readWorkbook, XlsxError, type ReadLimits, DEFAULT_LIMITS } from "./read";

/** Why a file could not be read, in the words the rejected-files list uses (Latvian / English). */
const PROBLEM_WORDS: Record<XlsxError["problem"], string> = {
  notZip: "nav .xlsx fails (nav zip arhīvs) / not an .xlsx file (not a zip archive)",
  encrypted: "fails ir aizsargāts ar paroli (šifrēts) vai ir vecs .xls / password-protected (encrypted) or an old .xls",
  oldXls: "vecs .xls fails / an old .xls file",
  corrupt: "fails ir bojāts vai nepilnīgs / the file is damaged or truncated",
  notXlsx: "zip arhīvs, bet nav Excel darbgrāmata / a zip archive but not an Excel workbook",
  tooLarge: "fails ir pārāk liels / the file is too large",
  zipBomb: "fails izplešas aizdomīgi liels (zip bumba) / the file inflates suspiciously (zip bomb)",
};

/** Reads one returned workbook for a merge: only the stamped sheets are parsed. */
export function readReturned(file: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): ReturnedFile {
  try {
    const workbook = readWorkbook(bytes, { limits, sheetFilter: mayHoldStamp });
    const { forms, problems } = formsOf(workbook);
    const words = problems.map((p) =>
      p.kind === "noTable"
        ? `lapā "${p.sheet}" (${p.stamp}) nav tabulas ar kolonnām ${p.missing} / sheet "${p.sheet}" has no table with the columns ${p.missing}`
        : p.kind === "newerVersion"
          ? `${p.sheet}!${p.cell}: veidne ${p.stamp} ir jaunāka par šo versiju / template ${p.stamp} is newer than this version`
          : `${p.sheet}!${p.cell}: nezināma veidne ${p.stamp} / unknown template ${p.stamp}`,
    );
    return { file, forms, problems: words };
  } catch (e) {
    if (e instanceof XlsxError) {
      // The facts go into both halves, so whichever language is shown carries them.
      const detail = e.detail ? ` (${e.detail})` : "";
      const [lv, en] = PROBLEM_WORDS[e.problem].split(" / ");
      return { file, error: `${lv}${detail} / ${en}${detail}` };
    }
    return { file, error: `neizdevās nolasīt / could not be read (${(e as Error).message})` };
  }
}
