import { YEAR_MAX, YEAR_MIN } from "./limits";
import { parseLocaleNumber } from "./form";

/** Years and dates as forms hold them: Excel date serials (1900 system) and Latvian day.month.year text. */

/** An Excel date serial as dd.mm.gggg. */
export function serialText(serial: number): string {
  const d = new Date(Math.round((Math.floor(serial) - 25569) * 86400000));
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

export function isYear(n: number): boolean {
  return Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX;
}

/**
 * A year typed as text, as people write it: "2023", "2023.", "2023. gads", "2023. g.". The one reading
 * of a text Periods for validation and the merge alike, so a form is never a finding in one and a
 * rejection in the other.
 */
export function yearInText(text: string): number | undefined {
  const m = /^\s*(\d{4})\.?\s*(?:g\.?|gads|gadā|gada)?\s*$/i.exec(text);
  if (m) return Number(m[1]);
  return parseLocaleNumber(text);
}

/** "25.11.2026" or "2026-11-25" → Excel serial; undefined otherwise. */
export function parseLatvianDate(text: string): number | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\.?$/.exec(t);
  let y: number, mo: number, d: number;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return undefined;
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return ms / 86400000 + 25569;
}
