import type { Group, Template } from "../core/catalog/types";
import { placedItems, type PlacedItem } from "../core/catalog";
import type { FormFill } from "../core/fill";
import { absolute, cellRef } from "./a1";
import { text, valueCell } from "./cells";
import { LAYOUT } from "./layout";
import type { PlanCell, StyleId } from "./types";

/** The survey's respondent count: the fifth metadata row. */
export const RESPONDENTS_REF = absolute(cellRef(LAYOUT.metaFirstRow + 4, 2));

/** `Kods` is the table's first column in every template: the key every result formula picks rows by. */
export const CODE_COLUMN = 1;

/** A column of the items table: what each row holds and how it looks. */
export interface Column {
  readonly header: string;
  readonly chars: number;
  readonly style: StyleId;
  /** Input columns are unlocked and keyed for reading back. */
  readonly key?: "value" | "comment" | string;
  readonly cell: (row: TableRow, sheetRow: number) => PlanCell;
}

/** One row of the items table: an item, a register period, or the register's totals row. */
export interface TableRow {
  readonly code: string;
  readonly placed?: PlacedItem;
  readonly label?: string;
}
/** The items table's rows of every kind that lists the template's items (all but the register). */
export function itemRows(template: Template): TableRow[] {
  return placedItems(template).map((placed) => ({ code: placed.item.code, placed }));
}

const groupLabel = (g: Group | undefined) => (g ? `${g.code} ${g.title}` : "");

/** The columns the kinds build their items tables from (src/plan/kinds), filled from `fill`. */
export function columnParts(template: Template, fill: FormFill | undefined) {
  const code: Column = { header: "Kods", chars: 9, style: "label", cell: (r) => text(r.code) };
  const value = (header: string, chars = 16): Column => ({ header, chars, style: "input", key: "value", cell: (r) => valueCell(fill?.values[r.code]) });
  const comment: Column = { header: "Piezīmes", chars: 36, style: "inputText", key: "comment", cell: (r) => valueCell(fill?.comments?.[r.code]) };
  const field = (key: string, header: string, chars: number, style: StyleId, initial?: (r: TableRow) => string | number | undefined): Column => ({
    header,
    chars,
    style,
    key,
    cell: (r) => valueCell(fill?.fields?.[r.code]?.[key] ?? initial?.(r)),
  });
  const items = placedItems(template);
  const nested = items.some((p) => p.path.length > 1);
  const hasGuidance = items.some((p) => p.item.guidance);
  const group: Column = { header: nested ? "Kritērijs" : "Grupa", chars: 30, style: "wrap", cell: (r) => text(groupLabel(r.placed?.path[0])) };
  const subgroup = (header: string): Column => ({ header, chars: 40, style: "wrap", cell: (r) => text(groupLabel(r.placed?.path[1])) });
  const itemText = (header: string, chars = 60): Column => ({ header, chars, style: "wrap", cell: (r) => text(r.placed?.item.text ?? r.label ?? "") });
  const guidance: Column = { header: "Skaidrojums", chars: 50, style: "wrap", cell: (r) => text(r.placed?.item.guidance ?? "") };
  return { code, value, comment, field, group, subgroup, itemText, guidance, nested, hasGuidance };
}

export type ColumnParts = ReturnType<typeof columnParts>;
