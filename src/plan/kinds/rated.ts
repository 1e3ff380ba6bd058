import type { Scale, Template } from "../../core/catalog/types";
import { allGroups, itemCodes } from "../../core/catalog";
import { cellRef, rangeRef } from "../a1";
import { formula, text } from "../cells";
import { CHART_ROWS, CHART_COLS, chartAt, figureLabels, valueAxis, type ChartsOut, type FigureOf } from "../charts";
import { CODE_COLUMN, type Column, type ColumnParts } from "../columns";
import * as F from "../formulas";
import { L } from "../labels";
import { LAYOUT } from "../layout";
import { nameFragment } from "../sheetNames";
import { CHART_PREFIX, type ChartPlan, type ChartSeriesPlan, type PlanCell, type ResultCell, type StyleId } from "../types";
import type { ResultsOut, SheetContext } from "./types";

/**
 * The results block of a rated kind (checklist, assessment, action plan) right of the items table:
 * one row per group and a total, all live formulas, and its charts. Each formula reads the table's
 * whole columns and picks its rows by code (see formulas.ts), so the block stays right whatever
 * order the table's rows are in. What differs between the kinds is their figure (RatedFigure).
 */

/** Where a rated kind's charts go and what they show. */
export interface ChartSpot {
  readonly template: Template;
  /** The chart-name fragment of the template. */
  readonly id: string;
  readonly categories: string;
  readonly series: ChartSeriesPlan[];
  readonly axis: ReturnType<typeof valueAxis>;
  readonly labels: ChartPlan["labels"];
  readonly row: number;
  readonly col: number;
}

/** A rated kind's one figure: its header, its sheet formulas, the core measure it mirrors, its charts. */
export interface RatedFigure {
  readonly measure: "average" | "nonCompliancePct" | "progressPct";
  readonly overallMeasure: "overall" | "overallNonCompliancePct" | "overallProgressPct";
  readonly header: string;
  readonly overallLabel: string;
  readonly style: StyleId;
  readonly group: (rows: F.Rows, scale: Scale) => string;
  /** The form's overall: over all rows, or over the criterion cells (a mean of means). */
  readonly overall: (all: F.Rows, criterionCells: readonly string[], scale: Scale) => string;
  readonly charts: (spot: ChartSpot) => ChartPlan[];
}

/** Widths of the block's seven columns: code, group, figure, answered, not applicable, missing, invalid. */
const RESULT_WIDTHS = [9, 44, 14, 11, 11, 9, 10];

export function ratedResults(ctx: SheetContext, figure: RatedFigure): ResultsOut {
  const { template, rows, firstRow, lastRow, colOf, resultsCol: col } = ctx;
  const top = LAYOUT.headerRow;
  const out: ResultsOut = { blocks: [], styles: [], conditionalFormats: [], cells: [], widths: [], lastRow: top };
  const rowOfCode = new Set(rows.map((r) => r.code));
  const scale = template.scale;
  const column = (c: number) => rangeRef(firstRow, c, lastRow, c, true);
  const codes = column(CODE_COLUMN);
  const values = column(colOf("value"));
  const rowsOf = (items: readonly string[]): F.Rows => ({ values, key: { codes, items } });

  const header = [L.resultsCode, L.resultsGroup, figure.header, L.answered, L.notApplicable, L.missing, L.invalid];
  const blockRows: PlanCell[][] = [header.map(text)];
  const groups = allGroups(template).filter(({ group }) => itemCodes(group).some((c) => rowOfCode.has(c)));
  groups.forEach(({ group, depth }, i) => {
    const r = top + 1 + i;
    const range = rowsOf(itemCodes(group));
    const c = (k: number) => cellRef(r, col + k);
    blockRows.push([
      text(group.code),
      text(`${"  ".repeat(depth)}${group.title}`),
      formula(figure.group(range, scale)),
      formula(F.answeredCount(range, scale)),
      formula(F.notApplicableCount(range, scale)),
      formula(F.missingCount(range)),
      formula(F.invalidCount(range, c(3), c(4), c(5))),
    ]);
    out.cells.push(
      { ref: c(2), what: { measure: figure.measure, group: group.code } },
      { ref: c(3), what: { measure: "count", group: group.code, of: "answered" } },
      { ref: c(4), what: { measure: "count", group: group.code, of: "notApplicable" } },
      { ref: c(5), what: { measure: "count", group: group.code, of: "missing" } },
      { ref: c(6), what: { measure: "count", group: group.code, of: "invalid" } },
    );
  });
  const totalRow = top + 1 + groups.length;
  const all = rowsOf(template.groups.flatMap(itemCodes));
  const criterionCells = groups.map((g, i) => (g.depth === 0 ? cellRef(top + 1 + i, col + 2) : "")).filter(Boolean);
  const t = (k: number) => cellRef(totalRow, col + k);
  blockRows.push([
    text(L.overall),
    text(figure.overallLabel),
    formula(figure.overall(all, criterionCells, scale)),
    formula(F.answeredCount(all, scale)),
    formula(F.notApplicableCount(all, scale)),
    formula(F.missingCount(all)),
    formula(F.invalidCount(all, t(3), t(4), t(5))),
  ]);
  out.cells.push(
    { ref: t(2), what: { measure: figure.overallMeasure } },
    { ref: t(3), what: { measure: "overallCount", of: "answered" } },
    { ref: t(4), what: { measure: "overallCount", of: "notApplicable" } },
    { ref: t(5), what: { measure: "overallCount", of: "missing" } },
    { ref: t(6), what: { measure: "overallCount", of: "invalid" } },
  );
  out.blocks.push({ ref: cellRef(top, col), rows: blockRows });
  out.styles.push(
    { ref: rangeRef(top, col, top, col + 6), style: "header" },
    { ref: rangeRef(top + 1, col, totalRow, col + 1), style: "resultLabel" },
    { ref: rangeRef(top + 1, col + 2, totalRow, col + 2), style: figure.style },
    { ref: rangeRef(top + 1, col + 3, totalRow, col + 6), style: "result" },
  );
  out.conditionalFormats.push({
    ref: rangeRef(top + 1, col + 6, totalRow, col + 6),
    kind: "expression",
    formula: `=${cellRef(top + 1, col + 6)}>0`,
    look: "bad",
  });
  out.widths = RESULT_WIDTHS;
  out.lastRow = totalRow;
  return out;
}

/** Charts of a rated kind over its criterion results, through a small contiguous data block. */
export function ratedCharts(ctx: SheetContext, results: ResultsOut, figure: RatedFigure, figureOf?: FigureOf): ChartsOut {
  const { template } = ctx;
  const top = results.lastRow + 2;
  const col = ctx.resultsCol;
  const criteria = new Set(template.groups.map((g) => g.code));
  const figures = results.cells.filter((r): r is ResultCell & { what: { group: string } } => r.what.measure === figure.measure && criteria.has(r.what.group));
  const title = (code: string) => {
    const g = template.groups.find((x) => x.code === code)!;
    return `${g.code} ${g.title}`;
  };
  const rows: PlanCell[][] = [[{ text: L.chartData }, { text: figure.header }]];
  for (const r of figures) rows.push([{ text: title(r.what.group) }, { formula: `=${r.ref}` }]);
  const first = top + 1;
  const last = top + figures.length;
  const chartTop = last + 2;
  const series = [
    { name: figure.header, values: rangeRef(first, col + 1, last, col + 1), ...(figureOf ? { cache: figures.map((r) => figureOf(r.what) ?? null) } : {}) },
  ];
  const charts = figure.charts({
    template,
    id: nameFragment(template.id),
    categories: rangeRef(first, col, last, col),
    series,
    axis: valueAxis(template.scale),
    labels: figureLabels(template.scale),
    row: chartTop,
    col,
  });
  return {
    lastCol: col + (charts.some((c) => c.kind === "radar") ? 2 * CHART_COLS : CHART_COLS - 1),
    blocks: [{ ref: cellRef(top, col), rows }],
    styles: [
      { ref: rangeRef(top, col, top, col + 1), style: "header" },
      { ref: rangeRef(first, col + 1, last, col + 1), style: figure.style },
    ],
    charts,
    lastRow: chartTop + CHART_ROWS - 1,
  };
}

/** One chart of a rated kind at its spot. */
export function chartOf(spot: ChartSpot, suffix: string, kind: ChartPlan["kind"], title: string, colOffset = 0, withLabels = true): ChartPlan {
  return {
    name: `${CHART_PREFIX}${spot.id}_${suffix}`,
    kind,
    title,
    categories: spot.categories,
    series: spot.series,
    axis: spot.axis,
    ...(withLabels ? { labels: spot.labels } : {}),
    anchor: chartAt(spot.row, spot.col + colOffset),
  };
}

/** The items table of a kind rated item by item: code, criterion (and sub-criterion), text, guidance, rating, comment. */
export function ratingColumns(parts: ColumnParts, itemHeader: string): Column[] {
  const { code, group, subgroup, itemText, guidance, value, comment, nested, hasGuidance } = parts;
  return [code, group, ...(nested ? [subgroup("Apakškritērijs")] : []), itemText(itemHeader), ...(hasGuidance ? [guidance] : []), value("Vērtējums"), comment];
}
