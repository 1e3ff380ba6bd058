import type { Template } from "./catalog/types";

/** A cell's content as a renderer reads it back: what Excel stores, not what it displays. */
export type RawValue = string | number | boolean | null;

export interface CellInput {
  /** A1 address on the form's sheet, e.g. "E12". */
  readonly ref: string;
  readonly value: RawValue;
}

export interface FormRow {
  /** The row's `Kods`. */
  readonly code: string;
  /** The row's input: rating, status, answer count, or (register) the entered total. */
  readonly value: CellInput;
  readonly comment?: CellInput;
  /** Further input columns by key: register counts (planned, unplanned, documents), action-plan deadline. */
  readonly fields?: Readonly<Record<string, CellInput>>;
}

export interface FormMeta {
  readonly iestade: CellInput;
  readonly periods: CellInput;
  readonly vertetajs: CellInput;
  readonly datums: CellInput;
}

/** One filled template, however it was read (Office.js, an .xlsx file, demo data). */
export interface FilledForm {
  readonly template: Template;
  readonly sheet: string;
  readonly meta: FormMeta;
  readonly rows: readonly FormRow[];
  /** The items table's address (e.g. "A10:F27"): where a finding about a missing row points. */
  readonly tableRef?: string;
  /** Rows whose `Kods` is not in the template (users add rows); reported, never counted. */
  readonly unknownRows?: readonly FormRow[];
  /** Survey only: the number of respondents, the denominator of every share. */
  readonly respondents?: CellInput;
  /** What the reader had to do to read the form, said as a finding: its table was gone, its sheet hidden. */
  readonly notes?: readonly FormNote[];
}

/** A fact about how a form was found, which its reader reports and validation turns into a finding. */
export interface FormNote {
  readonly kind: "tableLost" | "hiddenSheet";
  /** Where to look: the header row's `Kods` cell, the stamp. */
  readonly cell: string;
}

export function isBlank(value: RawValue): boolean {
  return value === null || value === "";
}

/**
 * Reads "4", "4,0", "4.0", " 1 234,5 " as numbers (Latvian locale writes a decimal comma and may
 * group thousands with a space). Returns undefined for anything that is not a number.
 */
export function parseLocaleNumber(text: string): number | undefined {
  const t = text.trim().replace(/[\u00a0\u202f ]/g, "");
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(t)) return undefined;
  const n = Number(t.replace(",", "."));
  return Number.isFinite(n) ? n : undefined;
}
