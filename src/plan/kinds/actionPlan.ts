import { roleValue } from "../../core/catalog/scales";
import { itemRows } from "../columns";
import { CHART_TITLES } from "../charts";
import * as F from "../formulas";
import { L } from "../labels";
import { scaleRules } from "./inputRules";
import { chartOf, ratedCharts, ratedResults, type RatedFigure } from "./rated";
import type { PlanKind } from "./types";

const figure: RatedFigure = {
  measure: "progressPct",
  overallMeasure: "overallProgressPct",
  header: L.progressPct,
  overallLabel: L.overallPooled,
  style: "resultPercent",
  group: (rows, scale) => F.progressPct(rows, scale),
  overall: (all, _criteria, scale) => F.progressPct(all, scale),
  charts: (spot) => [chartOf(spot, "izpilde", "barClustered", CHART_TITLES.progress)],
};

/** Action plans: area, task, action, its deadline, status and who is responsible; progress per area. */
export const actionPlan: PlanKind<"actionPlan"> = {
  kind: "actionPlan",
  rows: itemRows,
  columns: (_template, { code, group, subgroup, itemText, field, value, comment }) => [
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
  ],
  respondents: false,
  inputRules: (ctx, listSource) => scaleRules(ctx, listSource, [{ text: roleValue(ctx.template.scale, "done"), look: "good" }]),
  results: (ctx) => ratedResults(ctx, figure),
  charts: (ctx, results, figureOf) => ratedCharts(ctx, results, figure, figureOf),
};
