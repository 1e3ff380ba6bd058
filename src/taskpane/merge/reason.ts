import type { Language } from "../i18n";

/**
 * The merge's reasons come from the core and the reader as one bilingual text, "latviski / in
 * English" (the same words go into the workbook's rejected-files sheet). The pane shows the half in
 * the user's language; a technical tail in parentheses that only the English half carries (the
 * reader's detail) is kept, since it is the same in both.
 */
export function reasonIn(reason: string, language: Language): string {
  const parts = reason.split(" / ");
  if (parts.length !== 2) return reason;
  const [lv, en] = parts;
  if (language === "en") return en;
  const tail = /\s\([^()]*\)$/.exec(en);
  return tail && !lv.endsWith(")") ? lv + tail[0] : lv;
}
