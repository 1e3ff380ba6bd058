import type { Message } from "../core/validation/messages";
import { MAX_TABLE_ROWS } from "./limits";

/**
 * Why a template sheet of a workbook cannot be used: each is a rejection of the file's sheet, with
 * its reason in Latvian and English, while the workbook's other sheets still count. `cell` is where
 * to look (the stamp, or the damaged cell).
 */
export type SheetProblem =
  | { readonly kind: "noTable"; readonly sheet: string; readonly stamp: string; readonly missing: string; readonly reason: Message }
  | {
      readonly kind: "unknownTemplate" | "unknownVersion" | "newerVersion" | "noStamp" | "veryHidden" | "codesMismatch" | "badTable" | "tooLarge" | "damaged";
      readonly sheet: string;
      readonly cell: string;
      readonly stamp: string;
      readonly reason: Message;
    };

type Where = { readonly sheet: string; readonly cell: string; readonly stamp: string };

export const problem = {
  noTable: (sheet: string, stamp: string, missing: string): SheetProblem => ({
    kind: "noTable",
    sheet,
    stamp,
    missing,
    reason: { lv: `lapā "${sheet}" (${stamp}) nav tabulas ar kolonnām ${missing}`, en: `sheet "${sheet}" has no table with the columns ${missing}` },
  }),
  unknownTemplate: (w: Where): SheetProblem => ({
    kind: "unknownTemplate",
    ...w,
    reason: { lv: `${w.sheet}!${w.cell}: nezināma veidne ${w.stamp}`, en: `${w.sheet}!${w.cell}: unknown template ${w.stamp}` },
  }),
  /** An older version the catalog does not hold (the catalog keeps every version it reads). */
  unknownVersion: (w: Where, known: readonly string[]): SheetProblem => ({
    kind: "unknownVersion",
    ...w,
    reason: { lv: `${w.sheet}!${w.cell}: veidnes versija ${w.stamp} nav zināma (zināmās: ${known.join(", ")})`, en: `${w.sheet}!${w.cell}: template version ${w.stamp} is not known (known: ${known.join(", ")})` },
  }),
  newerVersion: (w: Where): SheetProblem => ({
    kind: "newerVersion",
    ...w,
    reason: { lv: `${w.sheet}!${w.cell}: veidne ${w.stamp} ir jaunāka par šo versiju`, en: `${w.sheet}!${w.cell}: template ${w.stamp} is newer than this version` },
  }),
  noStamp: (w: Where): SheetProblem => ({
    kind: "noStamp",
    ...w,
    reason: { lv: `${w.sheet}!${w.cell}: veidnes zīmoga šūna ir tukša vai bojāta`, en: `${w.sheet}!${w.cell}: the template stamp cell is empty or damaged` },
  }),
  /** A form on a sheet Excel's interface cannot show: no one could check what it would count. */
  veryHidden: (w: Where): SheetProblem => ({
    kind: "veryHidden",
    ...w,
    reason: {
      lv: `lapa „${w.sheet}” ir ļoti paslēpta (veryHidden): Excel to nerāda, tāpēc tās veidne netiek skaitīta; padariet lapu redzamu un saglabājiet vēlreiz`,
      en: `sheet “${w.sheet}” is very hidden (veryHidden): Excel does not show it, so its form is not counted; make the sheet visible and save again`,
    },
  }),
  /** The stamp names one template, the table's codes are another's (or no template's). */
  codesMismatch: (w: Where, codesOf: string | undefined, present: number, total: number, foreign: readonly string[]): SheetProblem => {
    const list = foreign.slice(0, 5).join(", ") + (foreign.length > 5 ? ", …" : "");
    const facts = { lv: `${present} no ${total} kodiem${foreign.length ? `; sveši: ${list}` : ""}`, en: `${present} of ${total} codes${foreign.length ? `; foreign: ${list}` : ""}` };
    return {
      kind: "codesMismatch",
      ...w,
      reason: codesOf
        ? { lv: `lapa "${w.sheet}": zīmogs saka ${w.stamp}, bet tabulas kodi ir ${codesOf} kodi (${facts.lv})`, en: `sheet "${w.sheet}": the stamp says ${w.stamp} but the table's codes are ${codesOf}'s: table codes do not match (${facts.en})` }
        : { lv: `lapa "${w.sheet}": zīmogs saka ${w.stamp}, bet tabulas kodi neatbilst šai veidnei (${facts.lv})`, en: `sheet "${w.sheet}": the stamp says ${w.stamp} but the table codes do not match it (${facts.en})` },
    };
  },
  badTable: (w: Where, table: string, ref: string, why: "notRange" | "outsideGrid" | "tooManyRows"): SheetProblem => {
    const words = {
      notRange: { lv: "tas nav šūnu apgabals", en: "not a cell range" },
      outsideGrid: { lv: "ārpus Excel lapas robežām", en: "outside Excel's grid" },
      tooManyRows: { lv: `vairāk nekā ${MAX_TABLE_ROWS} rindu`, en: `more than ${MAX_TABLE_ROWS} rows` },
    }[why];
    const shown = ref.length > 40 ? `${ref.slice(0, 40)}…` : ref;
    return {
      kind: "badTable",
      ...w,
      reason: {
        lv: `lapa "${w.sheet}": tabulas ${table} apgabals ${shown} nav veidlapas tabula (${words.lv})`,
        en: `sheet "${w.sheet}": table ${table} claims the range ${shown}, which no form has (${words.en})`,
      },
    };
  },
  tooLarge: (w: Where, detail: Message): SheetProblem => ({
    kind: "tooLarge",
    ...w,
    reason: { lv: `lapa "${w.sheet}" ir pārāk liela veidlapai (${detail.lv})`, en: `sheet "${w.sheet}" is too large for a form (${detail.en})` },
  }),
  damaged: (w: Where, detail: Message): SheetProblem => ({
    kind: "damaged",
    ...w,
    reason: { lv: `lapa "${w.sheet}" ir bojāta (${detail.lv})`, en: `sheet "${w.sheet}" is damaged (${detail.en})` },
  }),
};
