import { interpret } from "../core/interpret";
import { cutToCell } from "../core/limits";
import { numberIn, say } from "../wording";
import { FORMER_MERGE_SHEETS, MERGE_SHEETS } from "./labels";
import type { RawValue } from "../core/form";
import type { AcceptedForm, MergeResult } from "../core/merge/merge";
import { itemOrder } from "../core/merge/record";
import { stampOf } from "../core/catalog";
import { changedItemsNote } from "./resultSheets";
import { cellRef, rangeRef } from "./a1";
import { num } from "./cells";
import { CHART_ROWS, CHART_TITLES, chartAt, figureLabels, legendFor, valueAxis } from "./charts";
import { CHART_PREFIX, type CellBlock, type ChartPlan, type PlanCell, type StyledRange, type WorkbookSheet } from "./types";

/**
 * The sheets a merge owns, as plan data. Every text that came from a returned file is written as
 * text ({ text }), so "=HYPERLINK(…)" in a comment arrives literally and is never evaluated.
 */

export { MERGE_SHEETS, FORMER_MERGE_SHEETS } from "./labels";

/** A returned comment longer than a cell holds is cut, and says so. */
const CUT_MARK = " … [saīsināts]";
/** A cell of text (anything from a returned file is written as text, never as a formula), cut to Excel's limit. */
const textCell = (s: string | number | null | undefined): PlanCell => {
  const text = s === null || s === undefined ? "" : String(s);
  return { text: cutToCell(text, CUT_MARK) };
};

/**
 * A sheet holding one table. With `streamed` (a row count), the body rows are not in the plan: the
 * table spans them and a streaming writer puts them in below the header.
 */
function tableSheet(name: string, tableName: string, headers: readonly string[], rows: PlanCell[][], widths: number[], percentCols: number[] = [], streamed?: number): WorkbookSheet {
  const count = streamed ?? rows.length;
  const last = Math.max(2, count + 1);
  const body = streamed ? [] : rows.length ? rows : [headers.map(() => null)];
  return {
    name,
    blocks: [{ ref: "A1", rows: [headers.map((h) => textCell(h)), ...body] }],
    styles: [
      { ref: rangeRef(1, 1, 1, headers.length), style: "header" },
      ...percentCols.map((c) => ({ ref: rangeRef(2, c, last, c), style: "resultPercent" as const })),
    ],
    columns: widths.map((chars, index) => ({ index, chars })),
    tables: [{ name: tableName, ref: rangeRef(1, 1, last, headers.length), headers: [...headers] }],
    freezeRows: 1,
  };
}

/** Status of a rating cell in the long table: what a PivotTable user filters on. */
const STATUS: Record<ReturnType<typeof interpret>["kind"], string> = { scored: "derīgs", notApplicable: "nav attiecināms", blank: "tukšs", invalid: "nederīgs (netiek skaitīts)" };
const ratingStatus = (kind: ReturnType<typeof interpret>["kind"]) => STATUS[kind];

const LONG = {
  tableName: "KV_Apvienotie",
  headers: ["Iestāde", "Periods", "Veidne", "Vērtētājs", "Grupa", "Kods", "Vērtējums", "Statuss", "Piezīmes", "Fails"],
  widths: [36, 9, 24, 20, 30, 9, 14, 16, 36, 40],
} as const;

/** The long table's row count: one per accepted form × row. */
export function longTableRowCount(result: MergeResult): number {
  let count = 0;
  for (const a of result.accepted) {
    for (const v of a.values) if (v !== undefined) count++;
    count += a.extraRows?.length ?? 0;
  }
  return count;
}

/**
 * The long table's rows, made one at a time so a writer can stream them (never all held at once).
 * Cells that repeat (a template's codes and groups, the statuses, a form's service and file) are
 * made once and shared: half a million rows should not mean five million new objects.
 */
export function* longTableRows(result: MergeResult): Generator<PlanCell[]> {
  const shared = new Map<string, PlanCell>();
  const cell = (text: string): PlanCell => {
    let c = shared.get(text);
    if (!c) shared.set(text, (c = textCell(text)));
    return c;
  };
  const numbers = new Map<number, PlanCell>();
  const numberCell = (v: number): PlanCell => {
    let c = numbers.get(v);
    if (!c) numbers.set(v, (c = { number: v }));
    return c;
  };
  for (const a of result.accepted) {
    const { codes, index, groupLabels } = itemOrder(a.template);
    const [iestade, periods, template, vertetajs, file] = [textCell(a.iestade), num(a.periods), cell(a.template.id), textCell(a.vertetajs), textCell(a.file)];
    const row = (i: number | undefined, code: string, value: RawValue, comment: string | undefined): PlanCell[] => {
      const r = interpret(a.template.scale, value);
      // "1 Līderība" rather than "1": a PivotTable's row labels should read without the catalog at hand.
      const group = cell(i === undefined ? "" : groupLabels[i]);
      const rating: PlanCell = r.kind === "scored" && typeof r.value === "number" ? numberCell(r.value) : textCell(typeof value === "boolean" ? String(value) : value);
      return [iestade, periods, template, vertetajs, group, cell(code), rating, cell(ratingStatus(r.kind)), comment === undefined ? cell("") : textCell(comment), file];
    };
    for (let i = 0; i < codes.length; i++) {
      const value = a.values[i];
      if (value !== undefined) yield row(i, codes[i], value, a.comments?.[codes[i]]);
    }
    for (const x of a.extraRows ?? []) yield row(index.get(x.code), x.code, x.value, x.comment);
  }
}

/** Every sheet of the merge, the long table's rows included (the pane writes these through Office.js). */
export function mergeSheets(result: MergeResult): WorkbookSheet[] {
  const sheets = mergeSheetsStreamed(result);
  sheets[0] = { ...sheets[0], ...tableSheet(MERGE_SHEETS.long, LONG.tableName, LONG.headers, [...longTableRows(result)], [...LONG.widths]) };
  return sheets;
}

/**
 * The merge's sheets with the long table (always the first) as its header alone, its table sized
 * for longTableRowCount rows: the CLI streams longTableRows into it (src/render/xlsx/streamWrite.ts).
 */
export function mergeSheetsStreamed(result: MergeResult): WorkbookSheet[] {
  const sheets: WorkbookSheet[] = [];
  sheets.push(tableSheet(MERGE_SHEETS.long, LONG.tableName, LONG.headers, [], [...LONG.widths], [], longTableRowCount(result)));

  // Summary: one row per accepted form; group columns are those of each template in turn.
  const summaryRows: PlanCell[][] = [];
  for (const a of result.accepted) summaryRows.push(summaryRow(a));
  sheets.push(
    tableSheet(MERGE_SHEETS.summary, "KV_Kopsavilkums", ["Fails", "Iestāde", "Periods", "Vērtētājs", "Veidne", "Grupu rādītāji", "Kopumā", "Kļūdas"], summaryRows, [40, 36, 9, 20, 24, 60, 10, 8]),
  );

  // Aggregates across services, each figure labelled plainly.
  const aggRows: PlanCell[][] = [];
  for (const agg of result.aggregates) {
    for (const g of agg.groups) {
      aggRows.push([
        textCell(agg.template.id),
        textCell(agg.periods ?? "visi"),
        textCell(g.code),
        textCell(`${"  ".repeat(g.depth)}${g.title}`),
        num(g.average),
        num(g.nonCompliancePct),
        num(g.servicesWithNonCompliancePct),
        num(g.services),
      ]);
    }
    aggRows.push([textCell(agg.template.id), textCell(agg.periods ?? "visi"), textCell("Kopumā"), textCell("Kopējais vērtējums (iestāžu kopējo vērtējumu vidējais)"), num(agg.overall), null, null, num(agg.services)]);
    // Returns of several template versions: say which items the figures leave out, and why.
    if (agg.changedItems)
      aggRows.push([textCell(agg.template.id), textCell(agg.periods ?? "visi"), textCell("Versijas"), textCell(`Versijas ${agg.versions?.join(", ")}: salīdzinātas tikai prakses, kas visās versijās ir tās pašas; neiekļautas: ${changedItemsNote(agg.changedItems)}`), null, null, null, null]);
  }
  sheets.push(
    tableSheet(
      MERGE_SHEETS.aggregates,
      "KV_Raditaji",
      ["Veidne", "Periods", "Kods", "Grupa", "Vidējais vērtējums", "Neatbilstības % (no visiem novērtētajiem punktiem)", "Iestādes ar vismaz vienu neatbilstību, %", "Iestāžu skaits"],
      aggRows,
      [24, 9, 8, 50, 12, 18, 18, 10],
      [6, 7],
    ),
  );

  // Consensus of several assessors.
  const consRows: PlanCell[][] = [];
  for (const c of result.consensus)
    for (const item of c.items)
      consRows.push([
        textCell(c.template),
        textCell(c.iestade),
        num(c.periods),
        textCell(item.code),
        textCell(item.ratings.map((r, i) => `${c.assessors[i]}: ${r ?? "—"}`).join("; ")),
        num(item.mean),
        num(item.spread),
        textCell(item.disagree ? "Jā — apspriest vienprātības sanāksmē" : "Nē"),
      ]);
  sheets.push(
    tableSheet(MERGE_SHEETS.consensus, "KV_Vienpratiba", ["Veidne", "Iestāde", "Periods", "Kods", "Vērtētāju vērtējumi", "Vidējais", "Izkliede", "Jāapspriež"], consRows, [24, 36, 9, 9, 50, 10, 9, 30]),
  );

  sheets.push(mergeChartsSheet(result));
  sheets.push(
    tableSheet(MERGE_SHEETS.rejected, "KV_Noraiditie", ["Fails", "Lapa", "Iemesls", "Iemesls angliski"], result.rejected.map((r) => [textCell(r.file), textCell(r.sheet ?? ""), textCell(say(r.reason, "lv")), textCell(say(r.reason, "en"))]), [50, 20, 70, 70]),
  );
  return sheets.map(withFormerNames);
}

const FORMER_BY_NAME = new Map<string, readonly string[]>(Object.entries(FORMER_MERGE_SHEETS).map(([key, names]) => [MERGE_SHEETS[key as keyof typeof MERGE_SHEETS], names ?? []]));

/** A sheet an older version wrote under another name is still the merge's own: a new merge replaces it. */
function withFormerNames(sheet: WorkbookSheet): WorkbookSheet {
  const former = FORMER_BY_NAME.get(sheet.name);
  return former ? { ...sheet, formerNames: former } : sheet;
}

function summaryRow(a: AcceptedForm): PlanCell[] {
  const figures = a.template.groups.map((g, i) => `${g.code}: ${fmt(a.groupFigures[i])}`).join("; ");
  return [textCell(a.file), textCell(a.iestade), num(a.periods), textCell(a.vertetajs), textCell(stampOf(a.template)), textCell(figures), num(a.overall), num(a.errors)];
}

/** A figure inside Latvian text: decimal comma, two decimals at most ("16,67"). */
const fmt = (v: number | undefined) => (v === undefined ? "—" : numberIn("lv", v));

/**
 * The results charts over the merged figures: per template, one bar per criterion, one series per
 * period where the returns span several periods (the ministry's "Neatbilstības % pa grupām, 2014.–2015.").
 */
export function mergeChartsSheet(result: MergeResult): WorkbookSheet {
  const blocks: CellBlock[] = [];
  const styles: StyledRange[] = [];
  const charts: ChartPlan[] = [];
  let row = 1;
  const templates = [...new Set(result.aggregates.map((a) => a.template.id))];
  templates.forEach((id, k) => {
    const all = result.aggregates.filter((a) => a.template.id === id);
    const perPeriod = all.filter((a) => a.periods !== null);
    const series = perPeriod.length ? perPeriod : all;
    const template = all[0].template;
    const numeric = template.scale.kind === "numeric";
    if (template.scale.kind !== "numeric" && template.scale.kind !== "compliance") return;
    const top = series[0].groups.filter((g) => g.depth === 0);
    const figure = (agg: (typeof series)[number], code: string) => {
      const g = agg.groups.find((x) => x.code === code && x.depth === 0);
      return numeric ? g?.average : g?.nonCompliancePct;
    };
    blocks.push({ ref: cellRef(row, 1), rows: [[textCell(`${template.title} (${id})`)]] });
    styles.push({ ref: cellRef(row, 1), style: "title" });
    const head = row + 1;
    blocks.push({
      ref: cellRef(head, 1),
      rows: [
        [textCell("Grupa"), ...series.map((a) => textCell(a.periods === null ? "visi periodi" : String(a.periods)))],
        ...top.map((g) => [textCell(`${g.code} ${g.title}`), ...series.map((a) => num(figure(a, g.code)))]),
      ],
    });
    styles.push({ ref: rangeRef(head, 1, head, 1 + series.length), style: "header" }, { ref: rangeRef(head + 1, 2, head + top.length, 1 + series.length), style: numeric ? "resultAverage" : "resultPercent" });
    const first = head + 1;
    const last = head + top.length;
    const categories = rangeRef(first, 1, last, 1);
    const chartSeries = series.map((a, i) => ({ name: a.periods === null ? "visi periodi" : String(a.periods), values: rangeRef(first, 2 + i, last, 2 + i) }));
    const years = perPeriod.map((a) => a.periods);
    const suffix = years.length > 1 ? `, ${years[0]}.–${years[years.length - 1]}. gads` : "";
    const anchorTop = last + 2;
    const kind = numeric ? "columnClustered" : "barClustered";
    charts.push({
      name: `${CHART_PREFIX}apvienots_${k + 1}`,
      kind,
      title: (numeric ? CHART_TITLES.averages : CHART_TITLES.nonCompliance) + suffix,
      categories,
      series: chartSeries,
      axis: valueAxis(template.scale),
      legend: legendFor(kind, chartSeries.length),
      labels: figureLabels(template.scale),
      anchor: chartAt(anchorTop, 1),
    });
    if (numeric && template.groups.some((g) => g.groups?.length))
      charts.push({ name: `${CHART_PREFIX}apvienots_${k + 1}_zirneklis`, kind: "radar", title: CHART_TITLES.radar + suffix, categories, series: chartSeries, axis: valueAxis(template.scale), legend: legendFor("radar", chartSeries.length), anchor: chartAt(anchorTop, 9) });
    row = anchorTop + CHART_ROWS + 2;
  });
  return { name: MERGE_SHEETS.charts, blocks, styles, columns: [{ index: 0, chars: 50 }], charts };
}
