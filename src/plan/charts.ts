import type { Template } from "../core/catalog/types";
import { cellRef, parseCell, rangeRef } from "./a1";
import { L } from "./labels";
import { nameFragment } from "./sheetNames";
import { CHART_PREFIX, type CellBlock, type ChartPlan, type PlanCell, type ResultCell, type StyledRange } from "./types";

/**
 * The charts users expect, in the ministry's words, as plan data. Charts read a small contiguous
 * "chart data" block of live formulas pointing at the criterion results, because a chart series
 * needs one contiguous range and the results block interleaves criteria with sub-criteria.
 */

export const CHART_TITLES = {
  nonCompliance: "Neatbilstības % pa grupām",
  averages: "Kvalitātes vērtējums pa kritērijiem",
  radar: "Pašnovērtējuma zirneklis",
  progress: "Rīcības plāna izpilde pa jomām, %",
  survey: "Sociālo pakalpojumu saņēmēju apmierinātība, %",
  surveyMulti: "Sociālo pakalpojumu ietekme, % respondentu",
} as const;

export interface ChartsOut {
  readonly blocks: CellBlock[];
  readonly styles: StyledRange[];
  readonly charts: ChartPlan[];
  readonly lastRow: number;
}

const CHART_ROWS = 16;
const CHART_COLS = 7;

function chartAt(row: number, col: number): ChartPlan["anchor"] {
  return { from: cellRef(row, col), to: cellRef(row + CHART_ROWS - 1, col + CHART_COLS - 1) };
}

/** Charts of a rated template (checklist, assessment, action plan) over its criterion results. */
export function ratedCharts(template: Template, results: readonly ResultCell[], top: number, col: number): ChartsOut {
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
  if (kind === "compliance")
    charts.push({ name: `${CHART_PREFIX}${id}_neatbilstiba`, kind: "barClustered", title: CHART_TITLES.nonCompliance, categories, series: [{ name: header, values }], axis: { min: 0, max: 100, majorUnit: 20 }, anchor: chartAt(chartTop, col) });
  if (kind === "numeric") {
    charts.push({ name: `${CHART_PREFIX}${id}_kriteriji`, kind: "columnClustered", title: CHART_TITLES.averages, categories, series: [{ name: header, values }], axis: { min: 1, max: 5, majorUnit: 1 }, anchor: chartAt(chartTop, col) });
    if (template.groups.some((g) => g.groups?.length))
      charts.push({ name: `${CHART_PREFIX}${id}_zirneklis`, kind: "radar", title: CHART_TITLES.radar, categories, series: [{ name: header, values }], axis: { min: 1, max: 5, majorUnit: 1 }, anchor: chartAt(chartTop, col + CHART_COLS + 1) });
  }
  if (kind === "status")
    charts.push({ name: `${CHART_PREFIX}${id}_izpilde`, kind: "barClustered", title: CHART_TITLES.progress, categories, series: [{ name: header, values }], axis: { min: 0, max: 100, majorUnit: 20 }, anchor: chartAt(chartTop, col) });
  return {
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
export function surveyCharts(template: Template, rowOfCode: ReadonlyMap<string, number>, answerCol: number, shareCol: number, top: number, col: number): ChartsOut {
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
      series: [{ name: L.sharePct, values: rangeRef(r1, shareCol, r2, shareCol) }],
      ...(isMulti ? { axis: { min: 0, max: 100, majorUnit: 20 } } : {}),
      anchor: chartAt(row, col),
    });
    row += CHART_ROWS + 1;
  }
  return { blocks: [], styles: [], charts, lastRow: row };
}

export function anchorRows(anchor: ChartPlan["anchor"]): [number, number] {
  return [parseCell(anchor.from).row, parseCell(anchor.to).row];
}
