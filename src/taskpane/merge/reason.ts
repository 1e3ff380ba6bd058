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
  const tail = lv.endsWith(")") ? undefined : closingTail(en);
  return tail ? lv + tail : lv;
}

/** " (…)" at the very end of `text`, nested parentheses included ("(damaged (invalid zip data))"). */
function closingTail(text: string): string | undefined {
  if (!text.endsWith(")")) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ")") depth++;
    else if (text[i] === "(" && --depth === 0) return i > 0 && text[i - 1] === " " ? text.slice(i - 1) : undefined;
  }
  return undefined;
}
