import { parseRange, type ChartPlan } from "../../../src/plan";
import { CHART_TYPES } from "../../../src/render/office/chartSteps";
import type { ChartState } from "../../doubles/excel/charts";
import type { RangeTarget } from "../../doubles/excel/range";
import { areaAddress } from "../../doubles/excel/state";

/** Charts in one comparable shape: as the double holds them, and as a plan says they should be. */

const where = (t: RangeTarget | undefined) => (t ? `${t.sheet.name}!${areaAddress(t.area)}` : undefined);

/** A chart as the plan would describe it, read back from the double's state. */
export function chartAsPlanned(c: ChartState) {
  return {
    name: c.name,
    type: c.type,
    title: c.title,
    series: c.series.map((s) => ({ name: s.name, values: where(s.values), categories: where(s.categories) })),
    axis: c.valueAxis,
    categoryAxis: c.categoryAxis,
    dataLabels: c.dataLabels,
    legend: c.legend.visible ? c.legend.position : undefined,
    position: c.position && { from: areaAddress(c.position.from), width: c.width, height: c.height },
  };
}

export function planned(sheet: string, p: ChartPlan) {
  const on = (ref: string) => `${sheet}!${areaAddress(parseRange(ref))}`;
  return {
    name: p.name,
    type: CHART_TYPES[p.kind],
    title: p.title,
    series: p.series.map((s) => ({ name: s.name, values: on(s.values), categories: on(p.categories) })),
    axis: p.axis ? { minimum: p.axis.min, maximum: p.axis.max, ...(p.axis.majorUnit === undefined ? {} : { majorUnit: p.axis.majorUnit }) } : {},
    categoryAxis: p.kind === "barClustered" ? { reversePlotOrder: true, position: "Maximum" } : {},
    dataLabels: p.labels ? { showValue: true, numberFormat: p.labels.numberFormat, position: p.kind === "pie" ? "BestFit" : "OutsideEnd" } : {},
    legend: p.legend === "bottom" ? "Bottom" : p.legend === "right" ? "Right" : undefined,
    position: { from: p.anchor.from, width: p.anchor.width, height: p.anchor.height },
  };
}
