import type { Template } from "../../core/catalog/types";
import { cellRef, rangeRef } from "../a1";
import { formula } from "../cells";
import { CHART_ROWS, CHART_COLS, CHART_TITLES, PERCENT_AXIS, chartAt, legendFor, type ChartsOut, type FigureOf } from "../charts";
import { itemRows, RESPONDENTS_REF } from "../columns";
import * as F from "../formulas";
import { L } from "../labels";
import { LAYOUT } from "../layout";
import { LOOKS } from "../looks";
import { nameFragment } from "../sheetNames";
import { CHART_PREFIX, type ChartPlan } from "../types";
import { countRules } from "./inputRules";
import type { PlanKind } from "./types";

/** The survey's answer-text column: its charts take their categories from it. */
const SURVEY_ANSWER_HEADER = "Atbilde";

/** Survey charts straight from the table: answer texts and their shares, one chart per question. */
function surveyCharts(
  template: Template,
  rowOfCode: ReadonlyMap<string, number>,
  answerCol: number,
  shareCol: number,
  top: number,
  col: number,
  figure?: FigureOf,
): ChartsOut {
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

/**
 * Client surveys: respondent counts per answer, each answer's share beside it in the table (so the
 * results block only lists those cells for the parity check), a pie or bars per question.
 */
export const survey: PlanKind<"survey"> = {
  kind: "survey",
  rows: itemRows,
  // Columns 1–6; the share (5) divides the count (4) by the respondents' cell of the head.
  columns: (_template, { code, group, itemText, value, comment }) => [
    code,
    { ...group, header: "Jautājums" },
    itemText(SURVEY_ANSWER_HEADER, 50),
    value("Skaits", 10),
    { header: L.sharePct, chars: 10, style: "resultPercent", cell: (_r, row) => formula(F.sharePct(cellRef(row, 4), RESPONDENTS_REF)) },
    comment,
  ],
  respondents: true,
  inputRules: (ctx) => countRules(ctx, []),
  results: ({ rows, firstRow }) => ({
    blocks: [],
    styles: [],
    conditionalFormats: [],
    cells: rows.map((r, i) => ({ ref: cellRef(firstRow + i, 5), what: { measure: "sharePct", item: r.code } })),
    widths: [],
    lastRow: LAYOUT.headerRow,
  }),
  charts: ({ template, rows, firstRow, columns, resultsCol }, _results, figureOf) => {
    const colOfHeader = (header: string) => columns.findIndex((c) => c.header === header) + 1;
    return surveyCharts(
      template,
      new Map(rows.map((r, i) => [r.code, firstRow + i])),
      colOfHeader(SURVEY_ANSWER_HEADER),
      colOfHeader(L.sharePct),
      LAYOUT.headerRow,
      resultsCol,
      figureOf,
    );
  },
};
