import type { Group, Scale, Template } from "../core/catalog/types";
import { allGroups, placedItems, stampOf, type PlacedItem } from "../core/catalog";
import { dropdownValues } from "../core/catalog/scales";
import type { FormFill } from "../core/fill";
import { REGISTER_TOTAL_CODE, YEAR_MAX, YEAR_MIN } from "../core/validation/validate";
import { absolute, cellRef, parseCell, rangeRef } from "./a1";
import * as F from "./formulas";
import type {
  CellBlock,
  ColumnWidth,
  ConditionalFormatPlan,
  NamePlan,
  PlanCell,
  ResultCell,
  SheetPlan,
  StyledRange,
  StyleId,
  ValidationPlan,
} from "./types";
import { RESPONDENTS_NAME, STAMP_NAME } from "./types";
import { L } from "./labels";
import { ratedCharts, surveyCharts } from "./charts";

export interface BuildOptions {
  /** Entries to put into the input cells (demonstration data); blank form without it. */
  readonly fill?: FormFill;
}

/** Fixed rows of the sheet head, so a reader and a person find things in the same place. */
export const LAYOUT = {
  titleRow: 1,
  stampRow: 2,
  sourceRow: 3,
  metaFirstRow: 5,
  legendCol: 4,
  headerRow: 12,
} as const;

/** The survey's respondent count: the fifth metadata row. */
const RESPONDENTS_REF = absolute(cellRef(LAYOUT.metaFirstRow + 4, 2));

const text = (s: string): PlanCell => ({ text: s });
const num = (n: number): PlanCell => ({ number: n });
const formula = (f: string): PlanCell => ({ formula: f });
const valueCell = (v: string | number | undefined): PlanCell => (v === undefined ? null : typeof v === "number" ? num(v) : text(v));

/** A column of the items table: what each row holds and how it looks. */
interface Column {
  readonly header: string;
  readonly chars: number;
  readonly style: StyleId;
  /** Input columns are unlocked and keyed for reading back. */
  readonly key?: "value" | "comment" | string;
  readonly cell: (row: TableRow, sheetRow: number) => PlanCell;
}

/** One row of the items table: an item, a register period, or the register's totals row. */
interface TableRow {
  readonly code: string;
  readonly placed?: PlacedItem;
  readonly label?: string;
}

export function buildSheetPlan(template: Template, options: BuildOptions = {}): SheetPlan {
  const fill = options.fill;
  const rows = tableRows(template);
  const columns = tableColumns(template, fill);
  const { headerRow } = LAYOUT;
  const firstRow = headerRow + 1;
  const lastRow = headerRow + rows.length;
  const lastCol = columns.length;
  const colOf = (key: string) => columns.findIndex((c) => c.key === key) + 1;
  const valueCol = colOf("value");
  const valueRange = (r1: number, r2: number) => rangeRef(r1, valueCol, r2, valueCol, true);

  const blocks: CellBlock[] = [];
  const styles: StyledRange[] = [];
  const validations: ValidationPlan[] = [];
  const conditionalFormats: ConditionalFormatPlan[] = [];
  const inputs: string[] = [];

  // Head: title, stamp, source.
  const stamp = stampOf(template);
  const stampRef = cellRef(LAYOUT.stampRow, 2);
  blocks.push({
    ref: cellRef(LAYOUT.titleRow, 1),
    rows: [
      [text(template.title), null],
      [text(L.stamp), text(stamp)],
      [text(L.source), text(`${template.source.title} (${template.source.publisher}, ${template.source.year})`)],
    ],
  });
  styles.push({ ref: "A1", style: "title" }, { ref: "A2:A3", style: "label" }, { ref: stampRef, style: "stamp" }, { ref: "B3", style: "subtitle" });

  // Metadata: the contract's four names, and the survey's respondents.
  const meta = metaBlock(template, fill);
  blocks.push({ ref: cellRef(LAYOUT.metaFirstRow, 1), rows: meta.rows });
  const metaRef = (i: number) => cellRef(LAYOUT.metaFirstRow + i, 2);
  const metaRefs = {
    Iestade: metaRef(0),
    Periods: metaRef(1),
    Vertetajs: metaRef(2),
    Datums: metaRef(3),
    ...(template.kind === "survey" ? { Respondenti: metaRef(4) } : {}),
  };
  styles.push(
    { ref: rangeRef(LAYOUT.metaFirstRow, 1, LAYOUT.metaFirstRow + meta.rows.length - 1, 1), style: "label" },
    { ref: metaRefs.Iestade, style: "inputText" },
    { ref: metaRefs.Periods, style: "inputYear" },
    { ref: metaRefs.Vertetajs, style: "inputText" },
    { ref: metaRefs.Datums, style: "inputDate" },
  );
  inputs.push(rangeRef(LAYOUT.metaFirstRow, 2, LAYOUT.metaFirstRow + meta.rows.length - 1, 2));
  validations.push(
    { ref: metaRefs.Periods, rule: { kind: "wholeNumber", min: YEAR_MIN, max: YEAR_MAX }, errorTitle: L.periodsTitle, errorMessage: L.periodsMessage, strict: true },
    { ref: metaRefs.Datums, rule: { kind: "date", min: 32874, max: 73415 }, errorTitle: L.dateTitle, errorMessage: L.dateMessage, strict: true },
  );
  if (metaRefs.Respondenti) {
    styles.push({ ref: metaRefs.Respondenti, style: "input" });
    validations.push({ ref: metaRefs.Respondenti, rule: { kind: "wholeNumber", min: 0, max: 1_000_000 }, errorTitle: L.countTitle, errorMessage: L.countMessage, strict: true });
  }

  // Scale legend: the dropdown's source, and what each value means.
  const legend = legendBlock(template.scale);
  let listSource: string | undefined;
  if (legend.length > 0) {
    const top = LAYOUT.metaFirstRow - 1;
    blocks.push({ ref: cellRef(top, LAYOUT.legendCol), rows: [[text(L.scale), text(L.meaning)], ...legend] });
    styles.push({ ref: rangeRef(top, LAYOUT.legendCol, top, LAYOUT.legendCol + 1), style: "header" });
    listSource = `=${rangeRef(top + 1, LAYOUT.legendCol, top + legend.length, LAYOUT.legendCol, true)}`;
  }

  // The items table.
  blocks.push({
    ref: cellRef(headerRow, 1),
    rows: [columns.map((c) => text(c.header)), ...rows.map((r, i) => columns.map((c) => c.cell(r, firstRow + i)))],
  });
  styles.push({ ref: rangeRef(headerRow, 1, headerRow, lastCol), style: "header" });
  columns.forEach((c, i) => {
    styles.push({ ref: rangeRef(firstRow, i + 1, lastRow, i + 1), style: c.style });
    if (c.key) inputs.push(rangeRef(firstRow, i + 1, lastRow, i + 1));
  });

  const ratingRef = rangeRef(firstRow, valueCol, lastRow, valueCol);
  const topLeft = cellRef(firstRow, valueCol);
  if (template.scale.kind === "count") {
    validations.push({ ref: ratingRef, rule: { kind: "wholeNumber", min: 0, max: 1_000_000 }, errorTitle: L.countTitle, errorMessage: L.countMessage, strict: true });
    for (const key of template.register?.columns.map((c) => c.key) ?? []) {
      const col = colOf(key);
      validations.push({ ref: rangeRef(firstRow, col, lastRow, col), rule: { kind: "wholeNumber", min: 0, max: 1_000_000 }, errorTitle: L.countTitle, errorMessage: L.countMessage, strict: true });
    }
    conditionalFormats.push({ ref: ratingRef, kind: "expression", formula: `=IF(ISNUMBER(${topLeft}),OR(${topLeft}<0,${topLeft}<>INT(${topLeft})),${topLeft}<>"")`, look: "bad" });
  } else {
    validations.push({ ref: ratingRef, rule: { kind: "list", values: dropdownValues(template.scale), source: listSource }, errorTitle: L.scaleTitle, errorMessage: `${L.scaleMessage} ${dropdownValues(template.scale).join("; ")}`, strict: true });
    conditionalFormats.push({ ref: ratingRef, kind: "expression", formula: F.offScale(topLeft, dropdownValues(template.scale)), look: "bad" });
    if (template.scale.kind === "compliance") {
      conditionalFormats.push({ ref: ratingRef, kind: "textEquals", text: String(template.scale.values[1].value), look: "bad" });
      conditionalFormats.push({ ref: ratingRef, kind: "textEquals", text: String(template.scale.values[0].value), look: "good" });
    }
    if (template.scale.kind === "status") conditionalFormats.push({ ref: ratingRef, kind: "textEquals", text: String(template.scale.values[0].value), look: "good" });
  }

  // Results block, right of the table.
  const resultsCol = lastCol + 2;
  const results = resultsBlock(template, rows, firstRow, resultsCol, valueRange, colOf);
  blocks.push(...results.blocks);
  styles.push(...results.styles);
  conditionalFormats.push(...results.conditionalFormats);

  const chartsOut =
    template.kind === "survey"
      ? surveyCharts(template, new Map(rows.map((r, i) => [r.code, firstRow + i])), 3, 5, LAYOUT.headerRow, resultsCol)
      : template.kind === "register"
        ? undefined
        : ratedCharts(template, results.cells, results.lastRow + 2, resultsCol);
  if (chartsOut) {
    blocks.push(...chartsOut.blocks);
    styles.push(...chartsOut.styles);
  }

  const names: NamePlan[] = [
    { name: STAMP_NAME, ref: absolute(stampRef), scope: "sheet" },
    ...(["Iestade", "Periods", "Vertetajs", "Datums"] as const).map((n) => ({ name: n, ref: absolute(metaRefs[n]), scope: "workbook" as const })),
    // Not in the contract: the survey's denominator, named so a reader does not depend on its position.
    ...(metaRefs.Respondenti ? [{ name: RESPONDENTS_NAME, ref: absolute(metaRefs.Respondenti), scope: "sheet" as const }] : []),
  ];

  const widths: ColumnWidth[] = columns.map((c, i) => ({ index: i, chars: c.chars }));
  // Column A also holds the metadata labels ("Periods (gads)"), column B their values.
  widths[0] = { index: 0, chars: Math.max(widths[0].chars, 15) };
  widths[1] = { index: 1, chars: Math.max(widths[1]?.chars ?? 0, 34) };
  results.widths.forEach((chars, i) => widths.push({ index: resultsCol - 1 + i, chars }));
  if (legend.length > 0 && LAYOUT.legendCol + 1 > lastCol) widths.push({ index: LAYOUT.legendCol, chars: 40 });

  const table = { name: tableName(template), ref: rangeRef(headerRow, 1, lastRow, lastCol), headers: columns.map((c) => c.header) };
  const lastUsedRow = Math.max(lastRow, results.lastRow, chartsOut?.lastRow ?? 0);
  const chartCols = (chartsOut?.charts ?? []).map((c) => parseCell(c.anchor.to).col);
  const lastUsedCol = Math.max(resultsCol + results.widths.length - 1, ...chartCols);
  return {
    name: template.sheetName,
    templateId: template.id,
    templateVersion: template.version,
    stamp,
    stampRef,
    blocks,
    styles,
    columns: dedupeWidths(widths),
    rowHeights: rowHeights(rows, columns, firstRow),
    table,
    tables: [table],
    protect: true,
    validations,
    conditionalFormats,
    names,
    inputs,
    freezeRows: headerRow,
    printArea: rangeRef(1, 1, lastUsedRow, lastUsedCol),
    results: results.cells,
    charts: chartsOut?.charts ?? [],
    inputHeaders: {
      value: columns[valueCol - 1].header,
      comment: columns.find((c) => c.key === "comment")!.header,
      fields: Object.fromEntries(columns.filter((c) => c.key && c.key !== "value" && c.key !== "comment").map((c) => [c.key!, c.header])),
    },
    metaRefs,
  };
}

export function tableName(template: Template): string {
  return `KV_${template.id.replace(/[^A-Za-z0-9]/g, "_")}`;
}

function tableRows(template: Template): TableRow[] {
  if (template.kind === "register" && template.register) {
    return [...template.register.periods.map((p) => ({ code: p.code, label: p.label })), { code: REGISTER_TOTAL_CODE, label: L.total }];
  }
  return placedItems(template).map((placed) => ({ code: placed.item.code, placed }));
}

const groupLabel = (g: Group | undefined) => (g ? `${g.code} ${g.title}` : "");

function tableColumns(template: Template, fill: FormFill | undefined): Column[] {
  const code: Column = { header: "Kods", chars: 9, style: "label", cell: (r) => text(r.code) };
  const value = (header: string, chars = 16): Column => ({ header, chars, style: "input", key: "value", cell: (r) => valueCell(fill?.values[r.code]) });
  const comment: Column = { header: "Piezīmes", chars: 36, style: "inputText", key: "comment", cell: (r) => valueCell(fill?.comments?.[r.code]) };
  const field = (key: string, header: string, chars: number, style: StyleId, initial?: (r: TableRow) => string | number | undefined): Column => ({
    header,
    chars,
    style,
    key,
    cell: (r) => valueCell(fill?.fields?.[r.code]?.[key] ?? initial?.(r)),
  });
  const items = placedItems(template);
  const nested = items.some((p) => p.path.length > 1);
  const hasGuidance = items.some((p) => p.item.guidance);
  const group: Column = { header: nested ? "Kritērijs" : "Grupa", chars: 30, style: "wrap", cell: (r) => text(groupLabel(r.placed?.path[0])) };
  const subgroup = (header: string): Column => ({ header, chars: 40, style: "wrap", cell: (r) => text(groupLabel(r.placed?.path[1])) });
  const itemText = (header: string, chars = 60): Column => ({ header, chars, style: "wrap", cell: (r) => text(r.placed?.item.text ?? r.label ?? "") });
  const guidance: Column = { header: "Skaidrojums", chars: 50, style: "wrap", cell: (r) => text(r.placed?.item.guidance ?? "") };

  switch (template.kind) {
    case "checklist":
    case "assessment":
      return [
        code,
        group,
        ...(nested ? [subgroup("Apakškritērijs")] : []),
        itemText(template.kind === "checklist" ? "Prasība" : nested ? "Prakse" : "Kritērijs"),
        ...(hasGuidance ? [guidance] : []),
        value("Vērtējums"),
        comment,
      ];
    case "actionPlan":
      return [
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
      ];
    case "survey":
      // Columns 1–6; the share (5) divides the count (4) by the respondents' cell of the head.
      return [
        code,
        { ...group, header: "Jautājums" },
        itemText("Atbilde", 50),
        value("Skaits", 10),
        { header: L.sharePct, chars: 10, style: "resultPercent", cell: (_r, row) => formula(F.sharePct(cellRef(row, 4), RESPONDENTS_REF)) },
        comment,
      ];
    case "register": {
      const reg = template.register!;
      return [
        code,
        { header: "Periods", chars: 18, style: "label", cell: (r) => text(r.label ?? "") },
        ...reg.columns.map((c) => field(c.key, c.header, 14, "input")),
        value(reg.totalHeader, 16),
        comment,
      ];
    }
  }
}

function metaBlock(template: Template, fill: FormFill | undefined): { rows: PlanCell[][] } {
  const m = fill?.meta;
  const rows: PlanCell[][] = [
    [text(L.iestade), m ? text(m.iestade) : null],
    [text(L.periods), m ? num(m.periods) : null],
    [text(L.vertetajs), m ? text(m.vertetajs) : null],
    [text(L.datums), m ? { date: m.datums } : null],
  ];
  if (template.kind === "survey") rows.push([text(L.respondents), fill?.respondents !== undefined ? num(fill.respondents) : null]);
  return { rows };
}

function legendBlock(scale: Scale): PlanCell[][] {
  const rows = scale.values.map((v) => [valueCell(v.value), text(v.label)]);
  if (scale.notApplicable) rows.push([text(String(scale.notApplicable.value)), text(L.notApplicableMeaning)]);
  return rows;
}

interface ResultsOut {
  blocks: CellBlock[];
  styles: StyledRange[];
  conditionalFormats: ConditionalFormatPlan[];
  cells: ResultCell[];
  widths: number[];
  lastRow: number;
}

function resultsBlock(
  template: Template,
  rows: TableRow[],
  firstRow: number,
  col: number,
  valueRange: (r1: number, r2: number) => string,
  colOf: (key: string) => number,
): ResultsOut {
  const top = LAYOUT.headerRow;
  const out: ResultsOut = { blocks: [], styles: [], conditionalFormats: [], cells: [], widths: [], lastRow: top };
  const rowOfCode = new Map(rows.map((r, i) => [r.code, firstRow + i]));
  const scale = template.scale;

  if (template.kind === "register") return registerResults(template, rowOfCode, col, colOf, out);
  if (template.kind === "survey") {
    // Shares stand in the table's own column; the results list them by code for the parity check.
    for (const r of rows) out.cells.push({ ref: cellRef(rowOfCode.get(r.code)!, 5), what: { measure: "sharePct", item: r.code } });
    return out;
  }

  const figureHeader = scale.kind === "numeric" ? L.average : scale.kind === "compliance" ? L.nonCompliancePct : L.progressPct;
  const header = [L.resultsCode, L.resultsGroup, figureHeader, L.answered, L.notApplicable, L.missing, L.invalid];
  const blockRows: PlanCell[][] = [header.map(text)];
  const groups = allGroups(template).filter(({ group }) => rangeOfGroup(group, rowOfCode));
  groups.forEach(({ group, depth }, i) => {
    const r = top + 1 + i;
    const [r1, r2] = rangeOfGroup(group, rowOfCode)!;
    const range = valueRange(r1, r2);
    const c = (k: number) => cellRef(r, col + k);
    const figure =
      scale.kind === "numeric" ? F.average(range, scale) : scale.kind === "compliance" ? F.nonCompliancePct(range, scale) : F.progressPct(range, scale);
    blockRows.push([
      text(group.code),
      text(`${"  ".repeat(depth)}${group.title}`),
      formula(figure),
      formula(F.answeredCount(range, scale)),
      formula(F.notApplicableCount(range, scale)),
      formula(F.missingCount(range)),
      formula(F.invalidCount(range, c(3), c(4), c(5))),
    ]);
    const measure = scale.kind === "numeric" ? "average" : scale.kind === "compliance" ? "nonCompliancePct" : "progressPct";
    out.cells.push(
      { ref: c(2), what: { measure, group: group.code } },
      { ref: c(3), what: { measure: "count", group: group.code, of: "answered" } },
      { ref: c(4), what: { measure: "count", group: group.code, of: "notApplicable" } },
      { ref: c(5), what: { measure: "count", group: group.code, of: "missing" } },
      { ref: c(6), what: { measure: "count", group: group.code, of: "invalid" } },
    );
  });
  const totalRow = top + 1 + groups.length;
  const all = valueRange(firstRow, firstRow + rows.length - 1);
  const criterionCells = groups.map((g, i) => (g.depth === 0 ? cellRef(top + 1 + i, col + 2) : "")).filter(Boolean);
  const overall =
    scale.kind === "numeric" ? F.meanOf(criterionCells) : scale.kind === "compliance" ? F.nonCompliancePct(all, scale) : F.progressPct(all, scale);
  const t = (k: number) => cellRef(totalRow, col + k);
  blockRows.push([
    text(L.total),
    text(scale.kind === "numeric" ? L.overallAverage : L.overallPooled),
    formula(overall),
    formula(F.answeredCount(all, scale)),
    formula(F.notApplicableCount(all, scale)),
    formula(F.missingCount(all)),
    formula(F.invalidCount(all, t(3), t(4), t(5))),
  ]);
  out.cells.push({
    ref: t(2),
    what: { measure: scale.kind === "numeric" ? "overall" : scale.kind === "compliance" ? "overallNonCompliancePct" : "overallProgressPct" },
  });
  out.blocks.push({ ref: cellRef(top, col), rows: blockRows });
  out.styles.push(
    { ref: rangeRef(top, col, top, col + 6), style: "header" },
    { ref: rangeRef(top + 1, col, totalRow, col + 1), style: "resultLabel" },
    { ref: rangeRef(top + 1, col + 2, totalRow, col + 2), style: scale.kind === "numeric" ? "resultAverage" : "resultPercent" },
    { ref: rangeRef(top + 1, col + 3, totalRow, col + 6), style: "result" },
  );
  out.conditionalFormats.push({ ref: rangeRef(top + 1, col + 6, totalRow, col + 6), kind: "expression", formula: `=${cellRef(top + 1, col + 6)}>0`, look: "bad" });
  out.widths = [9, 44, 14, 11, 11, 9, 10];
  out.lastRow = totalRow;
  return out;
}

function registerResults(
  template: Template,
  rowOfCode: Map<string, number>,
  col: number,
  colOf: (key: string) => number,
  out: ResultsOut,
): ResultsOut {
  const reg = template.register!;
  const top = LAYOUT.headerRow;
  const keys = [...reg.columns.map((c) => c.key), "value"];
  const periodRows = reg.periods.map((p) => rowOfCode.get(p.code)!);
  const blockRows: PlanCell[][] = [[L.resultsCode, L.computedTotal, L.agreement].map(text)];
  reg.periods.forEach((p, i) => {
    const r = periodRows[i];
    const sumRef = cellRef(top + 1 + i, col + 1);
    blockRows.push([
      text(p.code),
      formula(F.sumOf(rangeRef(r, colOf(reg.columns[0].key), r, colOf(reg.columns[reg.columns.length - 1].key)))),
      formula(F.agreement(sumRef, cellRef(r, colOf("value")))),
    ]);
    out.cells.push({ ref: sumRef, what: { measure: "registerSum", period: p.code } });
  });
  // Column totals: the sum of the periods, against the entered "Kopā" row.
  const totalsTop = top + 2 + reg.periods.length;
  const totalRow = rowOfCode.get(REGISTER_TOTAL_CODE)!;
  blockRows.push([null, null, null], [L.column, L.periodsSum, L.agreement].map(text));
  keys.forEach((key, i) => {
    const c = colOf(key);
    const r = totalsTop + 1 + i;
    const header = key === "value" ? reg.totalHeader : reg.columns.find((x) => x.key === key)!.header;
    blockRows.push([
      text(header),
      formula(F.sumOf(rangeRef(periodRows[0], c, periodRows[periodRows.length - 1], c))),
      formula(F.agreement(cellRef(r, col + 1), cellRef(totalRow, c))),
    ]);
    out.cells.push({ ref: cellRef(r, col + 1), what: { measure: "registerColumnTotal", column: key === "value" ? "total" : key } });
  });
  const last = totalsTop + keys.length;
  out.blocks.push({ ref: cellRef(top, col), rows: blockRows });
  out.styles.push(
    { ref: rangeRef(top, col, top, col + 2), style: "header" },
    { ref: rangeRef(totalsTop, col, totalsTop, col + 2), style: "header" },
    { ref: rangeRef(top + 1, col + 1, last, col + 1), style: "result" },
  );
  out.conditionalFormats.push({ ref: rangeRef(top + 1, col + 2, last, col + 2), kind: "textEquals", text: "Nesakrīt", look: "bad" });
  out.widths = [22, 16, 12];
  out.lastRow = last;
  return out;
}

/** First and last sheet row of a group's items (contiguous: items are laid out depth first). */
function rangeOfGroup(group: Group, rowOfCode: Map<string, number>): [number, number] | undefined {
  const rows = codesOf(group).map((c) => rowOfCode.get(c)).filter((r): r is number => r !== undefined);
  return rows.length ? [Math.min(...rows), Math.max(...rows)] : undefined;
}

function codesOf(group: Group): string[] {
  return [...(group.items ?? []).map((i) => i.code), ...(group.groups ?? []).flatMap(codesOf)];
}

function dedupeWidths(widths: ColumnWidth[]): ColumnWidth[] {
  const by = new Map<number, number>();
  for (const w of widths) by.set(w.index, Math.max(by.get(w.index) ?? 0, w.chars));
  return [...by].sort((a, b) => a[0] - b[0]).map(([index, chars]) => ({ index, chars }));
}

/** Wrapped texts need taller rows; Excel does not refit rows of a file it opens. ~15 pt a line. */
function rowHeights(rows: TableRow[], columns: Column[], firstRow: number): Record<number, number> {
  const out: Record<number, number> = {};
  rows.forEach((r, i) => {
    let lines = 1;
    columns.forEach((c, ci) => {
      if (c.style !== "wrap") return;
      const v = c.cell(r, firstRow + i);
      const len = v && "text" in v ? v.text.length : 0;
      lines = Math.max(lines, Math.ceil((len * 1.1) / c.chars));
    });
    if (lines > 1) out[firstRow + i] = Math.min(409, lines * 15);
  });
  return out;
}

