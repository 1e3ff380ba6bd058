import type { ChartKind, ChartPlan } from "../../plan/types";
import { jsonBytes, OP_OVERHEAD_BYTES, type WriteStep } from "./writeSteps";

/**
 * Native Excel charts from ChartPlans. Each series is set explicitly (values and categories as
 * ranges, ExcelApi 1.7) rather than left to Excel's guess from a source range: Excel takes a text
 * first cell for a header and a text first column for labels, and the plan already knows both.
 * The chart is added over the first series' values only so that Excel's guess makes exactly one
 * series, which is then overwritten. Everything here is within the manifest's ExcelApi 1.8.
 */

/** Excel.ChartType values as literals: the Excel namespace object is absent outside Office. */
export const CHART_TYPES: Readonly<Record<ChartKind, "BarClustered" | "ColumnClustered" | "Radar" | "Pie">> = {
  barClustered: "BarClustered",
  columnClustered: "ColumnClustered",
  radar: "Radar",
  pie: "Pie",
};

/** Queues one chart onto `ws` (a sheet that holds the plan's ranges). */
export function addChart(ws: Excel.Worksheet, plan: ChartPlan): void {
  const [first, ...rest] = plan.series;
  if (!first) return;
  const chart = ws.charts.add(CHART_TYPES[plan.kind], ws.getRange(first.values), "Columns");
  chart.name = plan.name;
  chart.title.text = plan.title;
  const series = [chart.series.getItemAt(0), ...rest.map((s) => chart.series.add(s.name))];
  plan.series.forEach((s, i) => {
    series[i].name = s.name;
    series[i].setValues(ws.getRange(s.values));
    series[i].setXAxisValues(ws.getRange(plan.categories));
  });
  // The axis is the template's scale, as the plan says (a pie has none: Excel refuses it).
  if (plan.axis && plan.kind !== "pie") {
    const axis = chart.axes.valueAxis;
    axis.minimum = plan.axis.min;
    axis.maximum = plan.axis.max;
    if (plan.axis.majorUnit !== undefined) axis.majorUnit = plan.axis.majorUnit;
  }
  if (plan.kind === "barClustered") {
    // Horizontal bars read top-down in the table's order, values along the bottom (as the .xlsx writer draws them).
    const categories = chart.axes.categoryAxis;
    categories.reversePlotOrder = true;
    categories.position = "Maximum";
  }
  if (plan.labels) {
    chart.dataLabels.showValue = true;
    chart.dataLabels.numberFormat = plan.labels.numberFormat;
    chart.dataLabels.position = plan.kind === "pie" ? "BestFit" : "OutsideEnd";
  }
  chart.legend.visible = plan.legend !== undefined;
  if (plan.legend) chart.legend.position = plan.legend === "bottom" ? "Bottom" : "Right";
  // A size, not a bottom-right cell: rows made tall by wrapped texts would stretch the chart.
  chart.setPosition(plan.anchor.from);
  chart.width = plan.anchor.width;
  chart.height = plan.anchor.height;
}

/** Queued calls per chart: add, name, title, position and size (3), legend (up to 2), 4 per series, up to 5 for the axes, 3 for labels. */
export function chartOps(plan: ChartPlan): number {
  return 8 + 4 * plan.series.length + (plan.axis ? 3 : 0) + (plan.kind === "barClustered" ? 2 : 0) + (plan.labels ? 3 : 0);
}

/** One step per chart; its size counts every queued call, as the request carries each. */
export function chartSteps(ws: () => Excel.Worksheet, charts: readonly ChartPlan[]): WriteStep[] {
  return charts.map((c) => ({ bytes: chartOps(c) * OP_OVERHEAD_BYTES + jsonBytes(c), queue: () => addChart(ws(), c) }));
}
