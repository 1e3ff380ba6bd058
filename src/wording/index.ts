import type { FindingReason, Reason } from "../core/reasons";
import { en } from "./en";
import { lv } from "./lv";
import type { Lang } from "./numbers";
import { pick } from "./pick";
import type { Wording } from "./types";

/**
 * The words for what the reader, the contract, the merge and validation report, chosen where a
 * person reads them. Each audience keeps its own catalogue beside this one: the pane's in
 * `src/taskpane/i18n`, the command line's in `src/cli/messages.ts`, the sheets' labels in
 * `src/plan/labels`; the terms of all of them are those of `docs/glossary.md`.
 */

export type { Lang } from "./numbers";
export { agree, counted, megabytes, numberIn, typedNumber, dateOfSerial, type NounForms } from "./numbers";
export type { Wording } from "./types";

export const WORDING: Readonly<Record<Lang, Wording>> = { lv, en };

/** A text in both languages: what travels into `--json` (`reason`, `reasonEn`) and the summary workbook. */
export interface Message {
  readonly lv: string;
  readonly en: string;
}

export function say(reason: Reason, lang: Lang): string {
  return pick(WORDING[lang].reason, reason);
}

export function sayFinding(finding: FindingReason, lang: Lang): string {
  return pick(WORDING[lang].finding, finding);
}

export function both(reason: Reason): Message {
  return { lv: say(reason, "lv"), en: say(reason, "en") };
}

export function bothFinding(finding: FindingReason): Message {
  return { lv: sayFinding(finding, "lv"), en: sayFinding(finding, "en") };
}
