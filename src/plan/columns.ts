import { REGISTER_TOTAL_CODE, type Group, type Template } from "../core/catalog/types";
import { placedItems, type PlacedItem } from "../core/catalog";
import type { FormFill } from "../core/fill";
import { absolute, cellRef } from "./a1";
import { formula, text, valueCell } from "./cells";
import * as F from "./formulas";
import { L } from "./labels";
import { LAYOUT } from "./layout";
import type { PlanCell, StyleId } from "./types";

/** The survey's respondent count: the fifth metadata row. */
export const RESPONDENTS_REF = absolute(cellRef(LAYOUT.metaFirstRow + 4, 2));

/** `Kods` is the table's first column in every template: the key every result formula picks rows by. */
export const CODE_COLUMN = 1;

/** The survey's answer-text column: its charts take their categories from it. */
export const SURVEY_ANSWER_HEADER = "Atbilde";

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
export function tableRows(template: Template): TableRow[] {
  if (template.kind === "register" && template.register) {
    return [...template.register.periods.map((p) => ({ code: p.code, label: p.label })), { code: REGISTER_TOTAL_CODE, label: L.total }];
  }
  return placedItems(template).map((placed) => ({ code: placed.item.code, placed }));
}

const groupLabel = (g: Group | undefined) => (g ? `${g.code} ${g.title}` : "");

export function tableColumns(template: Template, fill: FormFill | undefined): Column[] {
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

  switch (template.kind) {
    case "checklist":
    case "assessment":
      return [
        code,
        group,
        ...(nested ? [subgroup("Apakškritērijs")] : []),
        itemText(template.kind === "checklist" ? "Prasība" : nested ? "Prakse" : "Kritērijs"),
        ...(hasGuidance ? [guidance] : []),
        value("Vērtējums"),
        comment,
      ];
    case "actionPlan":
      return [
        code,
        { ...group, header: "Joma" },
        subgroup("Uzdevums"),
        itemText("Rīcība"),
        field("deadline", "Termiņš", 11, "input", (r) => {
          const d = r.placed?.item.deadline;
          return d && /^\d{4}$/.test(d) ? Number(d) : d;
        }),
        value("Vērtējums", 14),
        field("responsible", "Atbildīgais", 22, "inputText"),
        comment,
      ];
    case "survey":
      // Columns 1–6; the share (5) divides the count (4) by the respondents' cell of the head.
      return [
        code,
        { ...group, header: "Jautājums" },
        itemText(SURVEY_ANSWER_HEADER, 50),
        value("Skaits", 10),
        { header: L.sharePct, chars: 10, style: "resultPercent", cell: (_r, row) => formula(F.sharePct(cellRef(row, 4), RESPONDENTS_REF)) },
        comment,
      ];
    case "register": {
      const reg = template.register!;
      return [
        code,
        { header: "Periods", chars: 18, style: "label", cell: (r) => text(r.label ?? "") },
        ...reg.columns.map((c) => field(c.key, c.header, 14, "input")),
        value(reg.totalHeader, 16),
        comment,
      ];
    }
  }
}
