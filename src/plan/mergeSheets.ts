import { interpret } from "../core/interpret";
import { cutToCell } from "../core/limits";
import type { RawValue } from "../core/form";
import type { AcceptedForm, MergeResult, TemplateAggregate } from "../core/merge/types";
import { itemOrder } from "../core/merge/record";
import { placedItems, stampOf, templates } from "../core/catalog";
import type { Template } from "../core/catalog/types";
import { say } from "../wording";
import { changedItemsNote } from "./resultSheets";
import { cellRef, rangeRef } from "./a1";
import { num } from "./cells";
import { CHART_ROWS, chartAt, figureLabels, legendFor, valueAxis } from "./charts";
import { FORMER_MERGE_SHEETS, MERGE_LABELS, MERGE_SHEETS, type MergeLabels, type SummaryLang } from "./labels";
import { cleanSheetName } from "./sheetNames";
import { formsByTemplate } from "./summaryOrder";
import { CHART_PREFIX, type CellBlock, type ChartPlan, type PlanCell, type StyleId, type StyledRange, type WorkbookSheet } from "./types";

/**
 * The sheets a merge owns, as plan data, in the order a report reads: the charts, each template's
 * summary of services, the figures across services, the assessors' consensus, the rejected files,
 * and last the long table (a row per file × item, for PivotTables), which prints for pages. A sheet
 * with nothing to show is not written. One numeric cell per figure, its unit in its header; shares
 * are stored 0–1 at full precision and shown as percentages, averages at two decimals. Every text that
 * came from a returned file is written as text ({ text }), so "=HYPERLINK(…)" in a comment arrives
 * literally and is never evaluated.
 */

export { MERGE_SHEETS, FORMER_MERGE_SHEETS, MERGE_LABELS, type MergeLabels, type SummaryLang } from "./labels";

/** A template's summary sheet name: "Kopsavilkums Uzraudzība" (its sheet name without the years). */
export function summarySheetName(labels: MergeLabels, template: Pick<Template, "sheetName">): string {
  return cleanSheetName(`${labels.sheets.summary} ${template.sheetName.replace(/\s+\d{4}([–-]\d{4})?$/, "")}`);
}

/**
 * Every name a merge's sheet has or had, in either language — the per-template summaries, the plain
 * "Kopsavilkums" of the merge before them, the names before "apkopot": the pane's reader passes these
 * over, never taking one for a form.
 */
export function isMergeSheetName(name: string): boolean {
  return (
    Object.values(FORMER_MERGE_SHEETS).some((names) => names?.includes(name)) ||
    Object.values(MERGE_LABELS).some((l) => Object.values(l.sheets).includes(name) || templates.some((t) => summarySheetName(l, t) === name))
  );
}

/** A cell of text (anything from a returned file is written as text, never as a formula), cut to Excel's limit, and saying so. */
const textCellWith =
  (cut: string) =>
  (s: string | number | null | undefined): PlanCell => {
    const text = s === null || s === undefined ? "" : String(s);
    return { text: cutToCell(text, cut) };
  };
const textCell = textCellWith(MERGE_LABELS.lv.cut);

/** A column of a table sheet: its header, width in characters, and the look of its body cells. */
interface Col {
  readonly header: string;
  readonly chars: number;
  readonly style?: StyleId;
}

/** Rows tall enough for a wrapped header (Excel does not refit the rows of a file it opens): ~15 pt a line. */
function headerHeight(cols: readonly Col[]): number {
  const lines = Math.max(1, ...cols.map((c) => Math.ceil((c.header.length * 1.05) / Math.max(1, c.chars - 1))));
  return Math.min(409, lines * 15);
}

/** Body rows whose wrapped texts need more than one line. */
function bodyHeights(cols: readonly Col[], rows: readonly PlanCell[][]): Record<number, number> {
  const wrapped = cols.flatMap((c, i) => (c.style === "wrap" ? [i] : []));
  const out: Record<number, number> = {};
  if (!wrapped.length) return out;
  rows.forEach((r, i) => {
    const lines = Math.max(
      ...wrapped.map((c) => {
        const v = r[c];
        return v && "text" in v ? Math.ceil((v.text.length * 0.95) / cols[c].chars) : 1;
      }),
    );
    if (lines > 1) out[i + 2] = Math.min(409, lines * 15);
  });
  return out;
}

/**
 * A sheet holding one table, its header printed on every page. With `streamed` (a row count), the
 * body rows are not in the plan: the table spans them and a streaming writer puts them in below.
 */
function tableSheet(name: string, tableName: string, cols: readonly Col[], rows: PlanCell[][], streamed?: number): WorkbookSheet {
  const count = streamed ?? rows.length;
  const last = Math.max(2, count + 1);
  const body = streamed ? [] : rows.length ? rows : [cols.map(() => null)];
  const headers = cols.map((c) => c.header);
  return {
    name,
    blocks: [{ ref: "A1", rows: [headers.map((h) => textCell(h)), ...body] }],
    styles: [
      { ref: rangeRef(1, 1, 1, cols.length), style: "header" },
      ...cols.flatMap((c, i) => (c.style ? [{ ref: rangeRef(2, i + 1, last, i + 1), style: c.style }] : [])),
    ],
    columns: cols.map((c, index) => ({ index, chars: c.chars })),
    rowHeights: { 1: headerHeight(cols), ...bodyHeights(cols, rows) },
    tables: [{ name: tableName, ref: rangeRef(1, 1, last, cols.length), headers }],
    freezeRows: 1,
    printTitleRows: 1,
  };
}

/** A share 0–100 as the 0–1 a percentage format shows (the core's full precision kept). */
const share = (pct: number | undefined): PlanCell => (pct === undefined ? null : { number: pct / 100 });

/** The lowest and highest value of a numeric scale, for the unit of its averages. */
function scaleRange(template: Template): [number, number] {
  const points = template.scale.values.map((v) => v.value).filter((v): v is number => typeof v === "number");
  return [Math.min(...points), Math.max(...points)];
}

const catalogOrder = templates.map((t) => t.id);

function longCols(l: MergeLabels): Col[] {
  return [
    { header: l.iestade, chars: 30 },
    { header: l.periods, chars: 9 },
    { header: l.template, chars: 22 },
    { header: l.vertetajs, chars: 18 },
    { header: l.group, chars: 28 },
    { header: l.code, chars: 9 },
    { header: l.rating, chars: 12 },
    { header: l.status, chars: 14 },
    { header: l.comments, chars: 34 },
    { header: l.file, chars: 34 },
  ];
}

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
 * The long table's rows, made one at a time so a writer can stream them (never all held at once),
 * in the summary's natural order. Cells that repeat (a template's codes and groups, the statuses, a
 * form's service and file) are made once and shared: half a million rows should not mean five
 * million new objects.
 */
export function* longTableRows(result: MergeResult, lang: SummaryLang = "lv"): Generator<PlanCell[]> {
  const l = MERGE_LABELS[lang];
  const toText = textCellWith(l.cut);
  const shared = new Map<string, PlanCell>();
  const cell = (text: string): PlanCell => {
    let c = shared.get(text);
    if (!c) shared.set(text, (c = toText(text)));
    return c;
  };
  const numbers = new Map<number, PlanCell>();
  const numberCell = (v: number): PlanCell => {
    let c = numbers.get(v);
    if (!c) numbers.set(v, (c = { number: v }));
    return c;
  };
  for (const a of formsByTemplate(result.accepted, catalogOrder).flat()) {
    const { codes, index, groupLabels } = itemOrder(a.template);
    const [iestade, periods, template, vertetajs, file] = [toText(a.iestade), num(a.periods), cell(a.template.id), toText(a.vertetajs), toText(a.file)];
    const row = (i: number | undefined, code: string, value: RawValue, comment: string | undefined): PlanCell[] => {
      const r = interpret(a.template.scale, value);
      // "1 Līderība" rather than "1": a PivotTable's row labels should read without the catalog at hand.
      const group = cell(i === undefined ? "" : groupLabels[i]);
      const rating: PlanCell =
        r.kind === "scored" && typeof r.value === "number" ? numberCell(r.value) : toText(typeof value === "boolean" ? String(value) : value);
      return [
        iestade,
        periods,
        template,
        vertetajs,
        group,
        cell(code),
        rating,
        cell(l.statuses[r.kind]),
        comment === undefined ? cell("") : toText(comment),
        file,
      ];
    };
    for (let i = 0; i < codes.length; i++) {
      const value = a.values[i];
      if (value !== undefined) yield row(i, codes[i], value, a.comments?.[codes[i]]);
    }
    for (const x of a.extraRows ?? []) yield row(index.get(x.code), x.code, x.value, x.comment);
  }
}

/** Every sheet of the merge, the long table's rows included (the pane writes these through Office.js). */
export function mergeSheets(result: MergeResult, lang: SummaryLang = "lv"): WorkbookSheet[] {
  const { sheets, long } = mergeSheetsStreamed(result, lang);
  if (long !== undefined)
    sheets[long] = {
      ...sheets[long],
      ...tableSheet(MERGE_LABELS[lang].sheets.long, "KV_Apvienotie", longCols(MERGE_LABELS[lang]), [...longTableRows(result, lang)]),
    };
  return sheets;
}

/**
 * The merge's sheets with the long table (when there is one: `long`, its index, always the last) as
 * its header alone, its table sized for longTableRowCount rows: the CLI streams longTableRows into
 * it (src/render/xlsx/streamWrite.ts).
 */
export function mergeSheetsStreamed(result: MergeResult, lang: SummaryLang = "lv"): { sheets: WorkbookSheet[]; long?: number } {
  const l = MERGE_LABELS[lang];
  const sheets: WorkbookSheet[] = [];
  const charts = mergeChartsSheet(result, lang);
  if (charts.charts?.length) sheets.push(charts);
  // The first summary replaces the one "Kopsavilkums" of every template an older merge wrote.
  formsByTemplate(result.accepted, catalogOrder).forEach((forms, k) =>
    sheets.push({ ...summarySheet(forms, l, k), ...(k === 0 && lang === "lv" ? { formerNames: [MERGE_SHEETS.summary] } : {}) }),
  );
  if (result.aggregates.length) sheets.push(aggregatesSheet(result.aggregates, l));
  if (result.consensus.length) sheets.push(consensusSheet(result, l));
  const rejected = tableSheet(
    l.sheets.rejected,
    "KV_Noraiditie",
    [
      { header: l.file, chars: 40 },
      { header: l.sheet, chars: 20 },
      { header: l.reason, chars: 60, style: "wrap" },
      { header: l.reasonOther, chars: 60, style: "wrap" },
    ],
    result.rejected.map((r) => [
      textCell(r.file),
      textCell(r.sheet ?? ""),
      textCell(say(r.reason, lang)),
      textCell(say(r.reason, lang === "lv" ? "en" : "lv")),
    ]),
  );
  // A merge with nothing accepted still says why, on the one sheet it writes.
  if (result.rejected.length || !result.accepted.length) sheets.push(rejected);
  if (!result.accepted.length) return { sheets: sheets.map(withFormerNames) };
  sheets.push(tableSheet(l.sheets.long, "KV_Apvienotie", longCols(l), [], longTableRowCount(result)));
  return { sheets: sheets.map(withFormerNames), long: sheets.length - 1 };
}

const FORMER_BY_NAME = new Map<string, readonly string[]>(
  Object.entries(FORMER_MERGE_SHEETS).map(([key, names]) => [MERGE_SHEETS[key as keyof typeof MERGE_SHEETS], names ?? []]),
);

/** A sheet an older version wrote under another name is still the merge's own: a new merge replaces it. */
function withFormerNames(sheet: WorkbookSheet): WorkbookSheet {
  const former = FORMER_BY_NAME.get(sheet.name);
  return former ? { ...sheet, formerNames: former } : sheet;
}

/** One template's accepted returns: a row each, a numeric column per group figure, units in the headers. */
function summarySheet(forms: readonly AcceptedForm[], l: MergeLabels, k: number): WorkbookSheet {
  const template = forms[0].template;
  const kind = template.scale.kind;
  const [min, max] = kind === "numeric" ? scaleRange(template) : [0, 0];
  const groupCols: Col[] = [];
  const overallCol: Col[] = [];
  template.groups.forEach((g) => {
    const label = `${g.code} ${g.title}`;
    if (kind === "numeric") groupCols.push({ header: l.averageOf(label, min, max), chars: 15, style: "figureAverage" });
    // The yes/no column stands right of its group's percentage: its code is enough to name it.
    else if (kind === "compliance")
      groupCols.push({ header: l.nonCompliancePctOf(label), chars: 15, style: "figurePercent" }, { header: l.hasNonComplianceOf(g.code), chars: 12 });
    else if (kind === "status") groupCols.push({ header: l.progressPctOf(label), chars: 15, style: "figurePercent" });
  });
  if (kind === "numeric") overallCol.push({ header: l.overallAverage(min, max), chars: 16, style: "figureAverage" });
  else if (kind === "compliance") overallCol.push({ header: l.overallNonCompliancePct, chars: 16, style: "figurePercent" });
  else if (kind === "status") overallCol.push({ header: l.overallProgressPct, chars: 16, style: "figurePercent" });
  const cols: Col[] = [
    { header: l.iestade, chars: 28 },
    { header: l.periods, chars: 8 },
    { header: l.vertetajs, chars: 18 },
    { header: l.datums, chars: 11 },
    ...groupCols,
    ...overallCol,
    { header: l.findings, chars: 12 },
    { header: l.errors, chars: 8 },
    { header: l.version, chars: 22 },
    { header: l.file, chars: 30 },
  ];
  const figure = (v: number | undefined): PlanCell => (kind === "numeric" ? num(v) : share(v));
  const rows = forms.map((a) => [
    textCell(a.iestade),
    num(a.periods),
    textCell(a.vertetajs),
    a.datums === undefined ? null : { date: a.datums },
    ...a.groupFigures.flatMap((v): PlanCell[] => {
      if (kind === "numeric" || kind === "status") return [figure(v)];
      if (kind === "compliance") return [figure(v), v === undefined ? null : textCell(v > 0 ? l.yes : l.no)];
      return [];
    }),
    ...(overallCol.length ? [figure(a.overall)] : []),
    num(a.findings),
    num(a.errors),
    textCell(stampOf(a.template)),
    textCell(a.file),
  ]);
  return tableSheet(summarySheetName(l, template), `KV_Kopsavilkums${k ? `_${k + 1}` : ""}`, cols, rows);
}

/** The figures across services, per template and period, each labelled plainly. */
function aggregatesSheet(aggregates: readonly TemplateAggregate[], l: MergeLabels): WorkbookSheet {
  const rows: PlanCell[][] = [];
  for (const agg of aggregates) {
    const period = agg.periods === null ? textCell(l.allPeriods) : num(agg.periods);
    for (const g of agg.groups)
      rows.push([
        textCell(agg.template.id),
        period,
        textCell(g.code),
        textCell(`${"  ".repeat(g.depth)}${g.title}`),
        num(g.average),
        share(g.nonCompliancePct),
        share(g.servicesWithNonCompliancePct),
        num(g.services),
      ]);
    rows.push([textCell(agg.template.id), period, textCell(l.overallRow), textCell(l.overallRowText), num(agg.overall), null, null, num(agg.services)]);
    // Returns of several template versions: say which items the figures leave out, and why.
    if (agg.changedItems)
      rows.push([
        textCell(agg.template.id),
        period,
        textCell(l.versionsRow),
        textCell(l.versionsNote(agg.versions?.join(", ") ?? "", changedItemsNote(agg.changedItems))),
        null,
        null,
        null,
        null,
      ]);
  }
  return tableSheet(
    l.sheets.aggregates,
    "KV_Raditaji",
    [
      { header: l.template, chars: 22 },
      { header: l.periods, chars: 10 },
      { header: l.code, chars: 8 },
      { header: l.group, chars: 48, style: "wrap" },
      { header: l.average, chars: 12, style: "figureAverage" },
      { header: l.nonCompliancePct, chars: 16, style: "figurePercent" },
      { header: l.servicesWithNonCompliancePct, chars: 16, style: "figurePercent" },
      { header: l.services, chars: 10 },
    ],
    rows,
  );
}

/** Several assessors of one service: a column per assessor, the practice's code and text beside. */
function consensusSheet(result: MergeResult, l: MergeLabels): WorkbookSheet {
  const most = Math.max(...result.consensus.map((c) => c.assessors.length));
  const textOf = new Map<string, Map<string, string>>();
  const texts = (id: string) => {
    let m = textOf.get(id);
    if (!m) {
      const t = templates.find((x) => x.id === id);
      textOf.set(id, (m = new Map(t ? placedItems(t).map((p) => [p.item.code, p.item.text]) : [])));
    }
    return m;
  };
  const rows: PlanCell[][] = [];
  for (const c of result.consensus)
    for (const item of c.items)
      rows.push([
        textCell(c.template),
        textCell(c.iestade),
        num(c.periods),
        textCell(item.code),
        textCell(texts(c.template).get(item.code) ?? ""),
        ...Array.from({ length: most }, (_, i) => num(item.ratings[i])),
        num(item.mean),
        num(item.spread),
        textCell(item.disagree ? l.discussYes : l.no),
        textCell(c.assessors.map((a, i) => `${i + 1}: ${a}`).join("; ")),
      ]);
  return tableSheet(
    l.sheets.consensus,
    "KV_Vienpratiba",
    [
      { header: l.template, chars: 20 },
      { header: l.iestade, chars: 24 },
      { header: l.periods, chars: 8 },
      { header: l.code, chars: 8 },
      { header: l.text, chars: 50, style: "wrap" },
      ...Array.from({ length: most }, (_, i) => ({ header: l.assessorN(i + 1), chars: 11 })),
      { header: l.mean, chars: 10, style: "figureAverage" },
      { header: l.spread, chars: 9 },
      { header: l.discuss, chars: 18, style: "wrap" },
      { header: l.assessors, chars: 30, style: "wrap" },
    ],
    rows,
  );
}

/**
 * The results charts over the merged figures: per template, one bar per criterion, one series per
 * period where the returns span several periods (the ministry's "Neatbilstības % pa grupām, 2014.–2015.").
 */
export function mergeChartsSheet(result: MergeResult, lang: SummaryLang = "lv"): WorkbookSheet {
  const l = MERGE_LABELS[lang];
  const blocks: CellBlock[] = [];
  const styles: StyledRange[] = [];
  const charts: ChartPlan[] = [];
  let row = 1;
  const ids = [...new Set(result.aggregates.map((a) => a.template.id))].sort((a, b) => catalogOrder.indexOf(a) - catalogOrder.indexOf(b));
  ids.forEach((id, k) => {
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
    const seriesName = (a: TemplateAggregate) => (a.periods === null ? l.allPeriods : String(a.periods));
    blocks.push({ ref: cellRef(row, 1), rows: [[textCell(`${template.title} (${id})`)]] });
    styles.push({ ref: cellRef(row, 1), style: "title" });
    const head = row + 1;
    blocks.push({
      ref: cellRef(head, 1),
      rows: [
        [textCell(l.group), ...series.map((a) => textCell(seriesName(a)))],
        ...top.map((g) => [textCell(`${g.code} ${g.title}`), ...series.map((a) => num(figure(a, g.code)))]),
      ],
    });
    styles.push(
      { ref: rangeRef(head, 1, head, 1 + series.length), style: "header" },
      { ref: rangeRef(head + 1, 2, head + top.length, 1 + series.length), style: numeric ? "resultAverage" : "resultPercent" },
    );
    const first = head + 1;
    const last = head + top.length;
    const categories = rangeRef(first, 1, last, 1);
    const chartSeries = series.map((a, i) => ({ name: seriesName(a), values: rangeRef(first, 2 + i, last, 2 + i) }));
    const years = perPeriod.map((a) => a.periods as number);
    const suffix = years.length > 1 ? l.years(years[0], years[years.length - 1]) : "";
    const anchorTop = last + 2;
    const kind = numeric ? "columnClustered" : "barClustered";
    charts.push({
      name: `${CHART_PREFIX}apvienots_${k + 1}`,
      kind,
      title: (numeric ? l.chartTitles.averages : l.chartTitles.nonCompliance) + suffix,
      categories,
      series: chartSeries,
      axis: valueAxis(template.scale),
      legend: legendFor(kind, chartSeries.length),
      labels: figureLabels(template.scale),
      anchor: chartAt(anchorTop, 1),
    });
    if (numeric && template.groups.some((g) => g.groups?.length))
      charts.push({
        name: `${CHART_PREFIX}apvienots_${k + 1}_zirneklis`,
        kind: "radar",
        title: l.chartTitles.radar + suffix,
        categories,
        series: chartSeries,
        axis: valueAxis(template.scale),
        legend: legendFor("radar", chartSeries.length),
        anchor: chartAt(anchorTop, 9),
      });
    row = anchorTop + CHART_ROWS + 2;
  });
  const most = Math.max(0, ...ids.map((id) => result.aggregates.filter((a) => a.template.id === id && a.periods !== null).length || 1));
  return {
    name: l.sheets.charts,
    blocks,
    styles,
    columns: [{ index: 0, chars: 50 }, ...Array.from({ length: most }, (_, i) => ({ index: i + 1, chars: 12 }))],
    charts,
  };
}
