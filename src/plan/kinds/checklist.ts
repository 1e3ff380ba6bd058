import { roleValue } from "../../core/catalog/scales";
import { itemRows } from "../columns";
import { CHART_TITLES } from "../charts";
import * as F from "../formulas";
import { L } from "../labels";
import { scaleRules } from "./inputRules";
import { chartOf, ratedCharts, ratedResults, ratingColumns, type RatedFigure } from "./rated";
import type { PlanKind } from "./types";

const figure: RatedFigure = {
  measure: "nonCompliancePct",
  overallMeasure: "overallNonCompliancePct",
  header: L.nonCompliancePct,
  overallLabel: L.overallPooled,
  style: "resultPercent",
  group: (rows, scale) => F.nonCompliancePct(rows, scale),
  overall: (all, _criteria, scale) => F.nonCompliancePct(all, scale),
  charts: (spot) => [chartOf(spot, "neatbilstiba", "barClustered", CHART_TITLES.nonCompliance)],
};

/** Compliance checklists: non-compliance % per group, pooled overall; Neatbilst shows red, Atbilst green. */
export const checklist: PlanKind<"checklist"> = {
  kind: "checklist",
  rows: itemRows,
  columns: (_template, parts) => ratingColumns(parts, "Prasība"),
  respondents: false,
  inputRules: (ctx, listSource) =>
    scaleRules(ctx, listSource, [
      { text: roleValue(ctx.template.scale, "nonCompliant"), look: "bad" },
      { text: roleValue(ctx.template.scale, "compliant"), look: "good" },
    ]),
  results: (ctx) => ratedResults(ctx, figure),
  charts: (ctx, results, figureOf) => ratedCharts(ctx, results, figure, figureOf),
};
