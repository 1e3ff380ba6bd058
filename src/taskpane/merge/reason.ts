import type { Message } from "../../core/validation/messages";
import type { Language } from "../i18n";

/** A merge's reason (from the core and the reader, in both languages) in the pane's language. */
export function reasonIn(reason: Message, language: Language): string {
  return language === "en" ? reason.en : reason.lv;
}
