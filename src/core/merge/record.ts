import type { Template } from "../catalog/types";
import { placedItems } from "../catalog";
import type { FilledForm, RawValue } from "../form";
import { parseLatvianDate, isYear, yearInText } from "../dates";
import { optional } from "../optional";
import { normalText } from "../text";

/**
 * What a merge keeps of one returned form once it is read: a few fields and one value per template
 * item, so that five thousand forms cost a few megabytes, not the readers' cell objects.
 */

/** A template's items in the catalog's order: the positions a form's compact values are aligned to. */
export interface ItemOrder {
  readonly codes: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Per item, its top-level group as the long table labels it ("1 Līderība"). */
  readonly groupLabels: readonly string[];
}

const orders = new WeakMap<Template, ItemOrder>();

export function itemOrder(template: Template): ItemOrder {
  let order = orders.get(template);
  if (!order) {
    const placed = placedItems(template);
    const codes = placed.map((p) => p.item.code);
    order = {
      codes,
      index: new Map(codes.map((c, i) => [c, i])),
      groupLabels: placed.map((p) => (p.path[0] ? `${p.path[0].code} ${p.path[0].title}` : "")),
    };
    orders.set(template, order);
  }
  return order;
}

/** A row whose code repeats an earlier row's: rare, kept apart so the long table still lists it. */
export interface ExtraRow {
  readonly code: string;
  readonly value: RawValue;
  readonly comment?: string;
}

/** A form's rows, compactly: values aligned to itemOrder (undefined = the form has no such row). */
export interface CompactRows {
  readonly values: readonly (RawValue | undefined)[];
  /** Non-empty comments by item code; absent when the form has none. */
  readonly comments?: Readonly<Record<string, string>>;
  readonly extraRows?: readonly ExtraRow[];
}

/**
 * Rating texts repeat in every form ("Atbilst", "N/A"); each file's reader makes its own copy, so
 * they are shared through one pool. Comments are not pooled (they are mostly unique).
 */
export class TextPool {
  private readonly pool = new Map<string, string>();
  intern<T extends RawValue>(v: T): T {
    if (typeof v !== "string" || v.length > 64) return v;
    const known = this.pool.get(v);
    if (known !== undefined) return known as T;
    this.pool.set(v, v);
    return v;
  }
}

export function compactRows(form: FilledForm, pool: TextPool): CompactRows {
  const order = itemOrder(form.template);
  const values: (RawValue | undefined)[] = new Array(order.codes.length).fill(undefined);
  const seen = new Uint8Array(order.codes.length);
  let comments: Record<string, string> | undefined;
  let extraRows: ExtraRow[] | undefined;
  for (const row of form.rows) {
    const i = order.index.get(row.code);
    const c = row.comment?.value;
    const comment = c === null || c === undefined || c === "" ? undefined : String(c);
    if (i === undefined || seen[i]) {
      (extraRows ??= []).push({ code: row.code, value: pool.intern(row.value.value), ...optional("comment", comment) });
      continue;
    }
    seen[i] = 1;
    values[i] = pool.intern(row.value.value);
    if (comment !== undefined) (comments ??= {})[row.code] = comment;
  }
  return { values, ...(comments ? { comments } : {}), ...(extraRows ? { extraRows } : {}) };
}

/**
 * The identity of a service or an assessor: case, repeated and edge spaces (a no-break space too),
 * characters no one sees and Unicode composition do not make another one. "Dienests  Alfa" and
 * "dienests\u200b alfa" are "dienests alfa".
 */
export function identityOf(text: string): string {
  return displayName(text).toLocaleLowerCase("lv");
}

/** A name as shown: normalText's, single spaces, trimmed; its case as the first return typed it. */
export function displayName(text: string): string {
  return normalText(text).replace(/\s+/g, " ").trim();
}

/** A period as a year: a number, or a year typed as text ("2023", read as "4,0" is; validation says so). */
export function yearOf(value: RawValue): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" ? yearInText(value) : undefined;
  return n !== undefined && isYear(n) ? n : undefined;
}

/** `Datums` as an Excel date serial: a date cell, or a date typed as text ("25.11.2026"). */
export function dateOf(value: RawValue): number | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return typeof value === "string" ? parseLatvianDate(value) : undefined;
}

/**
 * A fingerprint of a form's content (metadata and every row): identical returns share it. A 53-bit
 * hash (cyrb53) rather than the text itself, so a thousand-file merge does not keep every form twice.
 */
export function contentKey(form: FilledForm): string {
  const rows = form.rows.map(
    (r) =>
      `${r.code}=${JSON.stringify(r.value.value)}|${JSON.stringify(r.comment?.value ?? null)}|${JSON.stringify(r.fields ? Object.values(r.fields).map((f) => f.value) : null)}`,
  );
  const m = form.meta;
  return cyrb53([form.template.id, m.iestade.value, m.periods.value, m.vertetajs.value, m.datums.value, ...rows].join("\n")).toString(36);
}

function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
