import { MEBIBYTE } from "../core/limits";

/**
 * Numbers as each language writes them, through the platform (`Intl`), never by replacing
 * characters: "21,0 MB" and "3,46" in Latvian, "21.0 MB" in English; and the form of a noun a count
 * asks for ("1 fails", "2 faili", "21 fails").
 */

export type Lang = "lv" | "en";

const LOCALE: Readonly<Record<Lang, string>> = { lv: "lv", en: "en-GB" };

const formats = new Map<string, Intl.NumberFormat>();
function format(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], options)));
  return f;
}

/** A count or a figure: grouped thousands, up to two decimals ("300 000", "3,46"). */
export function numberIn(lang: Lang, n: number, maximumFractionDigits = 2): string {
  return format(lang, { maximumFractionDigits }).format(n);
}

/** A value as a person typed it into a cell: every digit kept, no grouping ("2024", "2,5"). */
export function typedNumber(lang: Lang, n: number): string {
  return format(lang, { useGrouping: false, maximumFractionDigits: 10 }).format(n);
}

/** A size as the limits speak of it: "21,0 MB". */
export function megabytes(lang: Lang, bytes: number): string {
  return `${format(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / MEBIBYTE)} MB`;
}

/** The forms of a noun by count: Latvian has zero (0, 10–20, 30…), one (1, 21, 31…) and other. */
export interface NounForms {
  readonly one: string;
  readonly other: string;
  /** Where the zero category's form differs from `other` (it seldom does in Latvian). */
  readonly zero?: string;
}

const rules = new Map<Lang, Intl.PluralRules>();
/** The noun's form that agrees with `n`. */
export function agree(lang: Lang, n: number, forms: NounForms): string {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(LOCALE[lang])));
  const category = r.select(n);
  return category === "one" ? forms.one : category === "zero" ? (forms.zero ?? forms.other) : forms.other;
}

/** "21 fails", "2 faili": the count, written as the language writes it, and its noun. */
export function counted(lang: Lang, n: number, forms: NounForms): string {
  return `${numberIn(lang, n)} ${agree(lang, n, forms)}`;
}

/** An Excel date serial as DD.MM.GGGG (one spelling in either language). */
export function dateOfSerial(serial: number): string {
  const d = new Date(Math.round((Math.floor(serial) - 25569) * 86400000));
  return dayMonthYear(d);
}

/** A moment (ms since the epoch) as "DD.MM.GGGG HH:MM UTC". */
export function momentText(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${dayMonthYear(d)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC`;
}

function dayMonthYear(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}
