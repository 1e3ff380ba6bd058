import type { Scale } from "../core/catalog/types";
import { cellRef } from "./a1";
import { LOOKS } from "./looks";
import type { CellBlock, ChartAxisPlan, ChartKind, ChartPlan, ResultMeasure, StyledRange } from "./types";

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
