import { actionStatusScale, dropdownValues, roleValue } from "../core/catalog/scales";
import { OVERALL_ROW_CODE, type Dynamics, type DynamicsRow } from "../core/results/dynamics";
import type { WeakPoint } from "../core/results/improvement";
import { kindOf, type KindFigure } from "../core/kinds";
import { cellRef, rangeRef } from "./a1";
import { CHART_PREFIX, type CellBlock, type ChartPlan, type PlanCell, type StyledRange, type TablePlan, type WorkbookSheet } from "./types";
import * as F from "./formulas";
import { num, text } from "./cells";
import { CHART_ROWS, chartAt, figureLabels, legendFor, valueAxis } from "./charts";

export { RESULT_SHEETS } from "./labels";
import { RESULT_SHEETS } from "./labels";

export const CHANGED_ITEMS_HEADER = "Nesalīdzināmie vienumi (citā veidnes versijā)";

const CHANGE_WORDS: Record<NonNullable<DynamicsRow["changedItems"]>[number]["change"], string> = {
  added: "pievienots",
  removed: "izņemts",
  split: "sadalīts",
  reworded: "pārfrāzēts",
};

/** "1.1.1 pārfrāzēts; 1.2.6 pievienots": the items a versions change left out of the comparison. */
export function changedItemsNote(items: DynamicsRow["changedItems"]): string {
  return (items ?? []).map((c) => `${c.code} ${CHANGE_WORDS[c.change]}`).join("; ");
}

/** What Dinamika's figure is, by the kind's one figure (only kinds with a figure have dynamics). */
const FIGURE_WORDS: { readonly [F in KindFigure]: string } = {
  average: "vidējais vērtējums",
  nonCompliancePct: "neatbilstības %",
  progressPct: "izpilde, %",
};

function figureWords(d: Dynamics): string {
  const figure = kindOf(d.template).figure;
  if (!figure) throw new Error(`Template "${d.template.id}" has no figure to compare across periods`);
  return FIGURE_WORDS[figure];
}

/** "Dinamika": per service and template, each group's figure per period and the latest change. */
export function dynamicsSheet(list: readonly Dynamics[]): WorkbookSheet {
  const blocks: CellBlock[] = [];
  const styles: StyledRange[] = [];
  const tables: TablePlan[] = [];
  const charts: ChartPlan[] = [];
  let row = 1;
  list.forEach((d, n) => {
    // Averages or percentages, by the scale: the cells' format and the chart's kind follow it.
    const kind = d.template.scale.kind;
    const what = figureWords(d);
    blocks.push({ ref: cellRef(row, 1), rows: [[text(`${d.template.title} — ${d.iestade} (${what})`)]] });
    styles.push({ ref: cellRef(row, 1), style: "title" });
    // Periods rated on different template versions compare only the practices both share; say which were left out.
    const versioned = d.rows.some((r) => r.changedItems);
    const header = ["Kods", "Grupa", ...d.periods.map(String), "Izmaiņas", ...(versioned ? [CHANGED_ITEMS_HEADER] : [])];
    const top = row + 1;
    const changeCol = 3 + d.periods.length;
    const rows: PlanCell[][] = d.rows.map((r, i) => {
      const sheetRow = top + 1 + i;
      const last = cellRef(sheetRow, changeCol - 1);
      const prev = cellRef(sheetRow, changeCol - 2);
      const note = versioned ? [text(changedItemsNote(r.changedItems))] : [];
      return [text(r.code), text(`${"  ".repeat(r.depth)}${r.title}`), ...r.values.map(num), { formula: F.difference(last, prev) }, ...note];
    });
    blocks.push({ ref: cellRef(top, 1), rows: [header.map(text), ...rows] });
    const bottom = top + rows.length;
    tables.push({ name: `KV_Dinamika_${n + 1}`, ref: rangeRef(top, 1, bottom, header.length), headers: header });
    styles.push(
      { ref: rangeRef(top, 1, top, header.length), style: "header" },
      { ref: rangeRef(top + 1, 3, bottom, changeCol), style: kind === "numeric" ? "resultAverage" : "resultPercent" },
    );
    // The chart reads the criteria only: a contiguous block of live references to the table.
    const criteria = d.rows.map((r, i) => ({ r, sheetRow: top + 1 + i })).filter(({ r }) => r.depth === 0 && r.code !== OVERALL_ROW_CODE);
    const dataCol = header.length + 2;
    blocks.push({
      ref: cellRef(top, dataCol),
      rows: [
        [text("Diagrammas dati"), ...d.periods.map((p) => text(String(p)))],
        ...criteria.map(({ sheetRow }) => [
          { formula: `=${cellRef(sheetRow, 1)}&" "&TRIM(${cellRef(sheetRow, 2)})` },
          ...d.periods.map((_, pi) => ({ formula: `=${cellRef(sheetRow, 3 + pi)}` })),
        ]),
      ],
    });
    styles.push({ ref: rangeRef(top, dataCol, top, dataCol + d.periods.length), style: "header" });
    const first = top + 1;
    const lastData = top + criteria.length;
    const chartKind = kind === "numeric" ? "columnClustered" : "barClustered";
    charts.push({
      name: `${CHART_PREFIX}dinamika_${n + 1}`,
      kind: chartKind,
      title:
        kind === "numeric"
          ? `Kvalitātes vērtējums pa kritērijiem, ${d.periods.join("–")}`
          : `Neatbilstības % pa grupām, ${d.periods[0]}.–${d.periods[d.periods.length - 1]}. gads`,
      categories: rangeRef(first, dataCol, lastData, dataCol),
      series: d.periods.map((p, pi) => ({ name: String(p), values: rangeRef(first, dataCol + 1 + pi, lastData, dataCol + 1 + pi) })),
      axis: valueAxis(d.template.scale),
      legend: legendFor(chartKind, d.periods.length),
      labels: figureLabels(d.template.scale),
      anchor: chartAt(Math.max(lastData, bottom) + 2, dataCol),
    });
    row = Math.max(lastData, bottom) + 2 + CHART_ROWS + 1;
  });
  const periodsMax = Math.max(2, ...list.map((d) => d.periods.length));
  return {
    name: RESULT_SHEETS.dynamics,
    blocks,
    styles,
    columns: [{ index: 0, chars: 9 }, { index: 1, chars: 50 }, ...Array.from({ length: periodsMax + 1 }, (_, i) => ({ index: 2 + i, chars: 11 }))],
    tables,
    charts,
  };
}

export const IMPROVEMENT_HEADERS = ["Kods", "Lapa", "Joma", "Vājā vieta", "Vērtējums", "Rīcība", "Atbildīgais", "Termiņš", "Statuss", "Piezīmes"] as const;

/** "Pilnveides plāns" in the shape of the Kuldīga action plan, with its progress as live formulas. */
export function improvementSheet(
  points: readonly WeakPoint[],
  entries: Readonly<Record<number, Partial<Record<"Rīcība" | "Atbildīgais" | "Termiņš" | "Statuss", string | number>>>> = {},
): WorkbookSheet {
  const top = 3;
  const first = top + 1;
  const last = top + Math.max(1, points.length);
  const col = (h: (typeof IMPROVEMENT_HEADERS)[number]) => IMPROVEMENT_HEADERS.indexOf(h) + 1;
  const cell = (v: string | number | undefined): PlanCell => (v === undefined ? null : typeof v === "number" ? { number: v } : { text: v });
  const rows: PlanCell[][] = points.map((p, i) => [
    text(p.code),
    text(p.sheet),
    text(p.criterion),
    text(p.level === "criterion" ? `Kritērijs kopumā: ${p.text}` : p.text),
    typeof p.value === "number" ? { number: p.value } : text(p.value),
    cell(entries[i]?.["Rīcība"]),
    cell(entries[i]?.["Atbildīgais"]),
    cell(entries[i]?.["Termiņš"]),
    cell(entries[i]?.["Statuss"] ?? "Nav uzsākts"),
    null,
  ]);
  const status = rangeRef(first, col("Statuss"), last, col("Statuss"), true);
  const area = rangeRef(first, col("Joma"), last, col("Joma"), true);
  const areas = [...new Set(points.map((p) => p.criterion))];
  const progressCol = IMPROVEMENT_HEADERS.length + 2;
  const progressRows: PlanCell[][] = [
    [text("Joma"), text("Rīcības"), text("Izpildīts, %")],
    ...areas.map((a, i) => {
      const r = first + i;
      return [
        text(a),
        { formula: `=SUMPRODUCT(--(${area}=${cellRef(r, progressCol, true)}))` },
        { formula: F.progressWhere(area, cellRef(r, progressCol, true), status, actionStatusScale) },
      ];
    }),
    [text("Kopā"), { formula: `=ROWS(${status})` }, { formula: F.progressPct({ values: status }, actionStatusScale) }],
  ];
  // The dropdown's words in cells: a list typed into the rule is case-sensitive in Excel (office-js
  // #972) and would refuse "izpildīts", which the formulas count as done; a list of cells is not.
  const statusCol = progressCol + 4;
  const statuses = dropdownValues(actionStatusScale);
  const statusList = rangeRef(first, statusCol, first + statuses.length - 1, statusCol, true);
  const inputCols = ["Rīcība", "Atbildīgais", "Termiņš", "Statuss", "Piezīmes"] as const;
  return {
    name: RESULT_SHEETS.improvement,
    blocks: [
      { ref: "A1", rows: [[text("Pilnveides plāns: vājākās prakses un kritēriji")]] },
      { ref: cellRef(top, 1), rows: [IMPROVEMENT_HEADERS.map(text), ...(rows.length ? rows : [IMPROVEMENT_HEADERS.map(() => null)])] },
      { ref: cellRef(top, progressCol), rows: progressRows },
      { ref: cellRef(top, statusCol), rows: [[text("Statuss")], ...statuses.map((v) => [text(String(v))])] },
    ],
    styles: [
      { ref: "A1", style: "title" },
      { ref: rangeRef(top, 1, top, IMPROVEMENT_HEADERS.length), style: "header" },
      { ref: rangeRef(first, 1, last, 4), style: "wrap" },
      ...inputCols.map((h) => ({
        ref: rangeRef(first, col(h), last, col(h)),
        style: h === "Statuss" || h === "Termiņš" ? ("input" as const) : ("inputText" as const),
      })),
      { ref: rangeRef(top, progressCol, top, progressCol + 2), style: "header" },
      { ref: cellRef(top, statusCol), style: "header" },
      { ref: rangeRef(first, progressCol + 2, first + areas.length, progressCol + 2), style: "resultPercent" },
    ],
    columns: [9, 18, 30, 60, 10, 40, 20, 11, 14, 30, 2, 40, 9, 12, 2, 14].map((chars, index) => ({ index, chars })),
    tables: [{ name: "KV_Pilnveides_plans", ref: rangeRef(top, 1, last, IMPROVEMENT_HEADERS.length), headers: [...IMPROVEMENT_HEADERS] }],
    validations: [
      {
        ref: rangeRef(first, col("Statuss"), last, col("Statuss")),
        rule: { kind: "list", values: statuses, source: `=${statusList}` },
        errorTitle: "Statuss",
        errorMessage: `Izvēlieties: ${dropdownValues(actionStatusScale).join("; ")}`,
        strict: true,
      },
    ],
    conditionalFormats: [
      { ref: rangeRef(first, col("Statuss"), last, col("Statuss")), kind: "textEquals", text: roleValue(actionStatusScale, "done"), look: "good" },
    ],
    inputs: inputCols.map((h) => rangeRef(first, col(h), last, col(h))),
    freezeRows: top,
  };
}
