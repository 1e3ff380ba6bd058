import { REGISTER_TOTAL_CODE, type Template } from "../../core/catalog/types";
import { cellRef, rangeRef } from "../a1";
import { formula, text } from "../cells";
import { CODE_COLUMN, itemRows, type TableRow } from "../columns";
import * as F from "../formulas";
import { L } from "../labels";
import { LAYOUT } from "../layout";
import type { CheckCell, PlanCell } from "../types";
import { countRules } from "./inputRules";
import type { PlanKind, ResultsOut, SheetContext } from "./types";

/** A row per period, then the totals row the seed's table ends with. */
function registerRows(template: Template): TableRow[] {
  const reg = template.register;
  if (!reg) return itemRows(template);
  return [...reg.periods.map((p) => ({ code: p.code, label: p.label })), { code: REGISTER_TOTAL_CODE, label: L.total }];
}

/** Per period the sum of its parts against the entered total; per column the periods' sum against the totals row. */
function registerResults({ template, firstRow, lastRow, colOf, resultsCol: col }: SheetContext): ResultsOut {
  const checks: CheckCell[] = [];
  const out: ResultsOut = { blocks: [], styles: [], conditionalFormats: [], cells: [], checks, widths: [], lastRow: LAYOUT.headerRow };
  const column = (c: number) => rangeRef(firstRow, c, lastRow, c, true);
  const codes = column(CODE_COLUMN);
  const reg = template.register!;
  const top = LAYOUT.headerRow;
  const keys = [...reg.columns.map((c) => c.key), "value"];
  const countColumns = reg.columns.map((c) => column(colOf(c.key)));
  const periodCodes = reg.periods.map((p) => p.code);
  const blockRows: PlanCell[][] = [[L.resultsCode, L.computedTotal, L.agreement].map(text)];
  reg.periods.forEach((p, i) => {
    const sumRef = cellRef(top + 1 + i, col + 1);
    blockRows.push([
      text(p.code),
      formula(F.sumWhere(codes, [p.code], countColumns)),
      formula(F.agreement(sumRef, F.valueOf(codes, p.code, column(colOf("value"))))),
    ]);
    out.cells.push({ ref: sumRef, what: { measure: "registerSum", period: p.code } });
    checks.push({ ref: cellRef(top + 1 + i, col + 2), what: { of: "period", period: p.code } });
  });
  // Column totals: the sum of the periods, against the entered "Kopā" row.
  const totalsTop = top + 2 + reg.periods.length;
  blockRows.push([null, null, null], [L.column, L.periodsSum, L.agreement].map(text));
  keys.forEach((key, i) => {
    const c = column(colOf(key));
    const r = totalsTop + 1 + i;
    const header = key === "value" ? reg.totalHeader : reg.columns.find((x) => x.key === key)!.header;
    blockRows.push([
      text(header),
      formula(F.sumWhere(codes, periodCodes, [c])),
      formula(F.agreement(cellRef(r, col + 1), F.valueOf(codes, REGISTER_TOTAL_CODE, c))),
    ]);
    out.cells.push({ ref: cellRef(r, col + 1), what: { measure: "registerColumnTotal", column: key === "value" ? "total" : key } });
    checks.push({ ref: cellRef(r, col + 2), what: { of: "column", column: key === "value" ? "total" : key } });
  });
  const last = totalsTop + keys.length;
  out.blocks.push({ ref: cellRef(top, col), rows: blockRows });
  out.styles.push(
    { ref: rangeRef(top, col, top, col + 2), style: "header" },
    { ref: rangeRef(totalsTop, col, totalsTop, col + 2), style: "header" },
    { ref: rangeRef(top + 1, col + 1, last, col + 1), style: "result" },
  );
  out.conditionalFormats.push({ ref: rangeRef(top + 1, col + 2, last, col + 2), kind: "textEquals", text: F.AGREEMENT.different, look: "bad" });
  out.widths = [22, 16, 12];
  out.lastRow = last;
  return out;
}

/** The inspection register: periods × counts with their totals; its figures are sums, checked "Sakrīt / Nesakrīt". */
export const register: PlanKind<"register"> = {
  kind: "register",
  rows: registerRows,
  columns: (template, { code, field, value, comment }) => {
    const reg = template.register!;
    return [
      code,
      { header: "Periods", chars: 18, style: "label", cell: (r) => text(r.label ?? "") },
      ...reg.columns.map((c) => field(c.key, c.header, 14, "input")),
      value(reg.totalHeader, 16),
      comment,
    ];
  },
  respondents: false,
  inputRules: (ctx) => countRules(ctx, ctx.template.register?.columns.map((c) => c.key) ?? []),
  results: registerResults,
  // Its sums are checks, not a figure to chart.
  charts: () => undefined,
};
