import { REGISTER_TOTAL_CODE, type Template } from "../core/catalog/types";
import { allGroups, itemCodes } from "../core/catalog";
import { cellRef, rangeRef } from "./a1";
import { formula, text } from "./cells";
import { CODE_COLUMN, type TableRow } from "./columns";
import * as F from "./formulas";
import { L } from "./labels";
import { LAYOUT } from "./layout";
import type { CellBlock, CheckCell, ConditionalFormatPlan, PlanCell, ResultCell, StyledRange } from "./types";

/**
 * The results block right of the items table: one row per group and a total, all live formulas.
 * Each formula reads the table's whole columns and picks its rows by code (see formulas.ts), so
 * the block stays right whatever order the table's rows are in.
 */
export interface ResultsOut {
  blocks: CellBlock[];
  styles: StyledRange[];
  conditionalFormats: ConditionalFormatPlan[];
  cells: ResultCell[];
  checks: CheckCell[];
  widths: number[];
  lastRow: number;
}

export function resultsBlock(
  template: Template,
  rows: TableRow[],
  firstRow: number,
  col: number,
  colOf: (key: string) => number,
): ResultsOut {
  const top = LAYOUT.headerRow;
  const out: ResultsOut = { blocks: [], styles: [], conditionalFormats: [], cells: [], checks: [], widths: [], lastRow: top };
  const rowOfCode = new Map(rows.map((r, i) => [r.code, firstRow + i]));
  const scale = template.scale;
  const lastRow = firstRow + rows.length - 1;
  const column = (c: number) => rangeRef(firstRow, c, lastRow, c, true);
  const codes = column(CODE_COLUMN);
  const values = column(colOf("value"));
  const rowsOf = (items: readonly string[]): F.Rows => ({ values, key: { codes, items } });

  if (template.kind === "register") return registerResults(template, codes, column, col, colOf, out);
  if (template.kind === "survey") {
    // Shares stand in the table's own column; the results list them by code for the parity check.
    for (const r of rows) out.cells.push({ ref: cellRef(rowOfCode.get(r.code)!, 5), what: { measure: "sharePct", item: r.code } });
    return out;
  }

  const figureHeader = scale.kind === "numeric" ? L.average : scale.kind === "compliance" ? L.nonCompliancePct : L.progressPct;
  const header = [L.resultsCode, L.resultsGroup, figureHeader, L.answered, L.notApplicable, L.missing, L.invalid];
  const blockRows: PlanCell[][] = [header.map(text)];
  const groups = allGroups(template).filter(({ group }) => itemCodes(group).some((c) => rowOfCode.has(c)));
  groups.forEach(({ group, depth }, i) => {
    const r = top + 1 + i;
    const range = rowsOf(itemCodes(group));
    const c = (k: number) => cellRef(r, col + k);
    const figure =
      scale.kind === "numeric" ? F.average(range, scale) : scale.kind === "compliance" ? F.nonCompliancePct(range, scale) : F.progressPct(range, scale);
    blockRows.push([
      text(group.code),
      text(`${"  ".repeat(depth)}${group.title}`),
      formula(figure),
      formula(F.answeredCount(range, scale)),
      formula(F.notApplicableCount(range, scale)),
      formula(F.missingCount(range)),
      formula(F.invalidCount(range, c(3), c(4), c(5))),
    ]);
    const measure = scale.kind === "numeric" ? "average" : scale.kind === "compliance" ? "nonCompliancePct" : "progressPct";
    out.cells.push(
      { ref: c(2), what: { measure, group: group.code } },
      { ref: c(3), what: { measure: "count", group: group.code, of: "answered" } },
      { ref: c(4), what: { measure: "count", group: group.code, of: "notApplicable" } },
      { ref: c(5), what: { measure: "count", group: group.code, of: "missing" } },
      { ref: c(6), what: { measure: "count", group: group.code, of: "invalid" } },
    );
  });
  const totalRow = top + 1 + groups.length;
  const all = rowsOf(template.groups.flatMap(itemCodes));
  const criterionCells = groups.map((g, i) => (g.depth === 0 ? cellRef(top + 1 + i, col + 2) : "")).filter(Boolean);
  const overall =
    scale.kind === "numeric" ? F.meanOf(criterionCells) : scale.kind === "compliance" ? F.nonCompliancePct(all, scale) : F.progressPct(all, scale);
  const t = (k: number) => cellRef(totalRow, col + k);
  blockRows.push([
    text(L.total),
    text(scale.kind === "numeric" ? L.overallAverage : L.overallPooled),
    formula(overall),
    formula(F.answeredCount(all, scale)),
    formula(F.notApplicableCount(all, scale)),
    formula(F.missingCount(all)),
    formula(F.invalidCount(all, t(3), t(4), t(5))),
  ]);
  out.cells.push(
    {
      ref: t(2),
      what: { measure: scale.kind === "numeric" ? "overall" : scale.kind === "compliance" ? "overallNonCompliancePct" : "overallProgressPct" },
    },
    { ref: t(3), what: { measure: "overallCount", of: "answered" } },
    { ref: t(4), what: { measure: "overallCount", of: "notApplicable" } },
    { ref: t(5), what: { measure: "overallCount", of: "missing" } },
    { ref: t(6), what: { measure: "overallCount", of: "invalid" } },
  );
  out.blocks.push({ ref: cellRef(top, col), rows: blockRows });
  out.styles.push(
    { ref: rangeRef(top, col, top, col + 6), style: "header" },
    { ref: rangeRef(top + 1, col, totalRow, col + 1), style: "resultLabel" },
    { ref: rangeRef(top + 1, col + 2, totalRow, col + 2), style: scale.kind === "numeric" ? "resultAverage" : "resultPercent" },
    { ref: rangeRef(top + 1, col + 3, totalRow, col + 6), style: "result" },
  );
  out.conditionalFormats.push({ ref: rangeRef(top + 1, col + 6, totalRow, col + 6), kind: "expression", formula: `=${cellRef(top + 1, col + 6)}>0`, look: "bad" });
  out.widths = [9, 44, 14, 11, 11, 9, 10];
  out.lastRow = totalRow;
  return out;
}

function registerResults(
  template: Template,
  codes: string,
  column: (c: number) => string,
  col: number,
  colOf: (key: string) => number,
  out: ResultsOut,
): ResultsOut {
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
    out.checks.push({ ref: cellRef(top + 1 + i, col + 2), what: { of: "period", period: p.code } });
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
    out.checks.push({ ref: cellRef(r, col + 2), what: { of: "column", column: key === "value" ? "total" : key } });
  });
  const last = totalsTop + keys.length;
  out.blocks.push({ ref: cellRef(top, col), rows: blockRows });
  out.styles.push(
    { ref: rangeRef(top, col, top, col + 2), style: "header" },
    { ref: rangeRef(totalsTop, col, totalsTop, col + 2), style: "header" },
    { ref: rangeRef(top + 1, col + 1, last, col + 1), style: "result" },
  );
  out.conditionalFormats.push({ ref: rangeRef(top + 1, col + 2, last, col + 2), kind: "textEquals", text: "Nesakrīt", look: "bad" });
  out.widths = [22, 16, 12];
  out.lastRow = last;
  return out;
}
