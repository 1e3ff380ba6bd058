import type { Scale, Template } from "../core/catalog/types";
import { cellRef, rangeRef } from "./a1";
import { CHART_TITLES, L } from "./labels";
import { LOOKS } from "./looks";
import { nameFragment } from "./sheetNames";
import { CHART_PREFIX, type CellBlock, type ChartAxisPlan, type ChartKind, type ChartPlan, type PlanCell, type ResultCell, type ResultMeasure, type StyledRange } from "./types";

/**
 * The charts users expect, in the ministry's words, as plan data. Charts read a small contiguous
 * "chart data" block of live formulas pointing at the criterion results, because a chart series
 * needs one contiguous range and the results block interleaves criteria with sub-criteria.
 */

export { CHART_TITLES } from "./labels";

/** Percentages (non-compliance, progress, survey shares) run 0–100 whatever the scale. */
export const PERCENT_AXIS: ChartAxisPlan = { min: 0, max: 100, majorUnit: 20 };

/**
 * The value axis of a chart of a template's figures: on a numeric scale, from its lowest to its
 * highest value (averages cannot leave it); every other scale's figures are percentages.
 */
export function valueAxis(scale: Scale): ChartAxisPlan {
  const points = scale.values.map((v) => v.value).filter((v): v is number => typeof v === "number");
  if (scale.kind !== "numeric" || points.length === 0) return PERCENT_AXIS;
  const min = Math.min(...points);
  const max = Math.max(...points);
  return { min, max, majorUnit: gridStep(max - min) };
}

/** A whole step of 1, 2 or 5 × 10ⁿ giving at most ten gridlines over `span` (scale points are whole). */
function gridStep(span: number): number {
  if (span <= 10) return 1;
  const base = 10 ** Math.floor(Math.log10(span / 10));
  return [1, 2, 5, 10].map((m) => m * base).find((step) => span / step <= 10)!;
}

/** Values on the bars and slices, formatted as the results block shows them (a radar's would crowd it). */
export function figureLabels(scale: Scale): ChartPlan["labels"] {
  const format = scale.kind === "numeric" ? LOOKS.resultAverage.numberFormat : LOOKS.resultPercent.numberFormat;
  return { numberFormat: format! };
}

/** A legend only where it tells something: several series (periods), or a pie's slices. */
export function legendFor(kind: ChartKind, seriesCount: number): ChartPlan["legend"] {
  return kind === "pie" ? "right" : seriesCount > 1 ? "bottom" : undefined;
}

export interface ChartsOut {
  readonly blocks: CellBlock[];
  readonly styles: StyledRange[];
  readonly charts: ChartPlan[];
  readonly lastRow: number;
  /** The last column the charts are given (for the print area). */
  readonly lastCol: number;
}

/** Rows a chart takes on rows of the default height (15 pt), and the columns kept free for it. */
export const CHART_ROWS = 18;
export const CHART_COLS = 7;
/** Points: 18 default rows tall, as wide as seven columns of a results block. */
const CHART_SIZE = { width: 480, height: CHART_ROWS * 15 } as const;

export function chartAt(row: number, col: number): ChartPlan["anchor"] {
  return { from: cellRef(row, col), ...CHART_SIZE };
}

/** The figure a result cell will show for the plan's entries, when the plan has entries. */
export type FigureOf = (what: ResultMeasure) => number | undefined;

/** Charts of a rated template (checklist, assessment, action plan) over its criterion results. */
export function ratedCharts(template: Template, results: readonly ResultCell[], top: number, col: number, figure?: FigureOf): ChartsOut {
  const criteria = new Set(template.groups.map((g) => g.code));
  const figures = results.filter(
    (r) => (r.what.measure === "average" || r.what.measure === "nonCompliancePct" || r.what.measure === "progressPct") && criteria.has(r.what.group),
  );
  const title = (code: string) => {
    const g = template.groups.find((x) => x.code === code)!;
    return `${g.code} ${g.title}`;
  };
  const kind = template.scale.kind;
  const header = kind === "numeric" ? L.average : kind === "compliance" ? L.nonCompliancePct : L.progressPct;
  const rows: PlanCell[][] = [[{ text: L.chartData }, { text: header }]];
  for (const r of figures) rows.push([{ text: title((r.what as { group: string }).group) }, { formula: `=${r.ref}` }]);
  const first = top + 1;
  const last = top + figures.length;
  const categories = rangeRef(first, col, last, col);
  const values = rangeRef(first, col + 1, last, col + 1);
  const chartTop = last + 2;
  const charts: ChartPlan[] = [];
  const id = nameFragment(template.id);
  const axis = valueAxis(template.scale);
  const labels = figureLabels(template.scale);
  const series = [{ name: header, values, ...(figure ? { cache: figures.map((r) => figure(r.what) ?? null) } : {}) }];
  if (kind === "compliance")
    charts.push({ name: `${CHART_PREFIX}${id}_neatbilstiba`, kind: "barClustered", title: CHART_TITLES.nonCompliance, categories, series, axis, labels, anchor: chartAt(chartTop, col) });
  if (kind === "numeric") {
    charts.push({ name: `${CHART_PREFIX}${id}_kriteriji`, kind: "columnClustered", title: CHART_TITLES.averages, categories, series, axis, labels, anchor: chartAt(chartTop, col) });
    if (template.groups.some((g) => g.groups?.length))
      charts.push({ name: `${CHART_PREFIX}${id}_zirneklis`, kind: "radar", title: CHART_TITLES.radar, categories, series, axis, anchor: chartAt(chartTop, col + CHART_COLS + 1) });
  }
  if (kind === "status")
    charts.push({ name: `${CHART_PREFIX}${id}_izpilde`, kind: "barClustered", title: CHART_TITLES.progress, categories, series, axis, labels, anchor: chartAt(chartTop, col) });
  return {
    lastCol: col + (charts.some((c) => c.kind === "radar") ? 2 * CHART_COLS : CHART_COLS - 1),
    blocks: [{ ref: cellRef(top, col), rows }],
    styles: [
      { ref: rangeRef(top, col, top, col + 1), style: "header" },
      { ref: rangeRef(first, col + 1, last, col + 1), style: kind === "numeric" ? "resultAverage" : "resultPercent" },
    ],
    charts,
    lastRow: chartTop + CHART_ROWS - 1,
  };
}

/** Survey charts straight from the table: answer texts and their shares, one chart per question. */
export function surveyCharts(template: Template, rowOfCode: ReadonlyMap<string, number>, answerCol: number, shareCol: number, top: number, col: number, figure?: FigureOf): ChartsOut {
  const codeAt = new Map([...rowOfCode].map(([code, row]) => [row, code]));
  const charts: ChartPlan[] = [];
  const multi = new Set(template.survey?.multiChoice ?? []);
  const id = nameFragment(template.id);
  let row = top;
  for (const q of template.groups) {
    const rows = (q.items ?? []).map((i) => rowOfCode.get(i.code)!).filter((r) => r !== undefined);
    if (!rows.length) continue;
    const [r1, r2] = [Math.min(...rows), Math.max(...rows)];
    const isMulti = multi.has(q.code);
    charts.push({
      name: `${CHART_PREFIX}${id}_${q.code}`,
      kind: isMulti ? "barClustered" : "pie",
      title: isMulti ? CHART_TITLES.surveyMulti : CHART_TITLES.survey,
      categories: rangeRef(r1, answerCol, r2, answerCol),
      series: [
        {
          name: L.sharePct,
          values: rangeRef(r1, shareCol, r2, shareCol),
          ...(figure ? { cache: Array.from({ length: r2 - r1 + 1 }, (_, i) => figure({ measure: "sharePct", item: codeAt.get(r1 + i) ?? "" }) ?? null) } : {}),
        },
      ],
      ...(isMulti ? { axis: PERCENT_AXIS } : { legend: legendFor("pie", 1) }),
      labels: { numberFormat: LOOKS.resultPercent.numberFormat! },
      anchor: chartAt(row, col),
    });
    row += CHART_ROWS + 1;
  }
  return { blocks: [], styles: [], charts, lastRow: row, lastCol: col + CHART_COLS - 1 };
}
