import { itemRows } from "../columns";
import { CHART_COLS, CHART_TITLES } from "../charts";
import * as F from "../formulas";
import { L } from "../labels";
import { scaleRules } from "./inputRules";
import { chartOf, ratedCharts, ratedResults, ratingColumns, type RatedFigure } from "./rated";
import type { PlanKind } from "./types";

const figure: RatedFigure = {
  measure: "average",
  overallMeasure: "overall",
  header: L.average,
  overallLabel: L.overallAverage,
  style: "resultAverage",
  group: (rows, scale) => F.average(rows, scale),
  // A mean of means: the criteria's averages, not a pool of all items.
  overall: (_all, criterionCells) => F.meanOf(criterionCells),
  charts: (spot) => [
    chartOf(spot, "kriteriji", "columnClustered", CHART_TITLES.averages),
    // The ministry's "zirneklis" where criteria have sub-criteria (the self-assessment).
    ...(spot.template.groups.some((g) => g.groups?.length) ? [chartOf(spot, "zirneklis", "radar", CHART_TITLES.radar, CHART_COLS + 1, false)] : []),
  ],
};

/** Items rated on a numeric scale: averages per criterion, columns on the scale's axis, the radar. */
export const assessment: PlanKind<"assessment"> = {
  kind: "assessment",
  rows: itemRows,
  columns: (_template, parts) => ratingColumns(parts, parts.nested ? "Prakse" : "Kritērijs"),
  respondents: false,
  inputRules: (ctx, listSource) => scaleRules(ctx, listSource, []),
  results: (ctx) => ratedResults(ctx, figure),
  charts: (ctx, results, figureOf) => ratedCharts(ctx, results, figure, figureOf),
};
