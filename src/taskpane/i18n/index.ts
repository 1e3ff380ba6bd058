import { createContext, useContext } from "react";
import type { Language, Strings } from "./types";
import { lv } from "./lv";
import { en } from "./en";

export type { Language, Strings } from "./types";

export const catalogues: Readonly<Record<Language, Strings>> = { lv, en };

/** English only when Office itself is in English; every other display language gets Latvian. */
export function languageFor(displayLanguage: string): Language {
  return displayLanguage.trim().toLowerCase().startsWith("en") ? "en" : "lv";
}

export interface I18n {
  readonly language: Language;
  readonly t: Strings;
  /** Counts and scores in the language's own digits and separators ("3,6" in Latvian). */
  readonly number: (n: number) => string;
  /** Years without the thousands separator Intl would otherwise put into "2 025". */
  readonly year: (n: number) => string;
  /** The catalog's own bilingual texts (template and family titles, scale labels) in this language. */
  readonly title: (x: { readonly title: string; readonly titleEn: string }) => string;
  readonly label: (x: { readonly label: string; readonly labelEn: string }) => string;
}

export function makeI18n(language: Language): I18n {
  const numbers = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const years = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 0 });
  const en = language === "en";
  return {
    language,
    t: catalogues[language],
    number: (n) => numbers.format(n),
    year: (n) => years.format(n),
    title: (x) => (en ? x.titleEn : x.title),
    label: (x) => (en ? x.labelEn : x.label),
  };
}

const I18nContext = createContext<I18n>(makeI18n("lv"));
export const I18nProvider = I18nContext.Provider;

export function useI18n(): I18n {
  return useContext(I18nContext);
}
