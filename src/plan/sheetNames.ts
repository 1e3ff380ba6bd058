import { EXCEL_MAX_SHEET_NAME as MAX_SHEET_NAME } from "../core/limits";

/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\, unique without regard to case. */

export function cleanSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Lapa").slice(0, MAX_SHEET_NAME);
}

/**
 * The preferred name, or "name (2)", "name (3)"… — never a name the workbook already has, so
 * inserting never overwrites or renames a user's sheet.
 */
export function uniqueSheetName(preferred: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLocaleLowerCase("lv")));
  const base = cleanSheetName(preferred);
  if (!taken.has(base.toLocaleLowerCase("lv"))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toLocaleLowerCase("lv"))) return candidate;
  }
}

/** A fragment of a table, chart or defined name: letters, digits and underscores only. */
export function nameFragment(s: string): string {
  return s.replace(/[^A-Za-z0-9]/g, "_");
}

/** A table or defined name unique among `existing` (case-insensitive), by a numeric suffix. */
export function uniqueName(preferred: string, existing: Iterable<string>): string {
  const taken = new Set([...existing].map((n) => n.toLowerCase()));
  if (!taken.has(preferred.toLowerCase())) return preferred;
  for (let i = 2; ; i++) if (!taken.has(`${preferred}_${i}`.toLowerCase())) return `${preferred}_${i}`;
}
