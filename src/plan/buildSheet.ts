import type { Scale, Template } from "../core/catalog/types";
import { stampOf } from "../core/catalog";
import { dropdownValues, roleValue } from "../core/catalog/scales";
import type { FormFill } from "../core/fill";
import { DATE_SERIAL_MAX, DATE_SERIAL_MIN, YEAR_MAX, YEAR_MIN } from "../core/limits";
import { absolute, cellRef, rangeRef } from "./a1";
import { num, text, valueCell } from "./cells";
import { ratedCharts, surveyCharts } from "./charts";
import { coreFigures, formOfFill } from "./figures";
import { SURVEY_ANSWER_HEADER, tableColumns, tableRows, type Column, type TableRow } from "./columns";
import * as F from "./formulas";
import { L } from "./labels";
import { LAYOUT } from "./layout";
import { resultsBlock } from "./resultsBlock";
import { nameFragment } from "./sheetNames";
import type { CellBlock, ColumnWidth, ConditionalFormatPlan, NamePlan, PlanCell, SheetPlan, StyledRange, ValidationPlan } from "./types";
import { RESPONDENTS_NAME, STAMP_NAME } from "./types";

export { LAYOUT } from "./layout";

/** The largest whole number a count cell accepts (respondents, answers, inspections). */
const COUNT_MAX = 1_000_000;
const countValidation = (ref: string): ValidationPlan => ({ ref, rule: { kind: "wholeNumber", min: 0, max: COUNT_MAX }, errorTitle: L.countTitle, errorMessage: L.countMessage, strict: true });

export interface BuildOptions {
  /** Entries to put into the input cells (demonstration data); blank form without it. */
  readonly fill?: FormFill;
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
  const colOfHeader = (header: string) => columns.findIndex((c) => c.header === header) + 1;
  const valueCol = colOf("value");

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
  styles.push(
    { ref: cellRef(LAYOUT.titleRow, 1), style: "title" },
    { ref: rangeRef(LAYOUT.stampRow, 1, LAYOUT.sourceRow, 1), style: "label" },
    { ref: stampRef, style: "stamp" },
    { ref: cellRef(LAYOUT.sourceRow, 2), style: "subtitle" },
  );

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
    { ref: metaRefs.Datums, rule: { kind: "date", min: DATE_SERIAL_MIN, max: DATE_SERIAL_MAX }, errorTitle: L.dateTitle, errorMessage: L.dateMessage, strict: true },
  );
  if (metaRefs.Respondenti) {
    styles.push({ ref: metaRefs.Respondenti, style: "input" });
    validations.push(countValidation(metaRefs.Respondenti));
  }

  // Scale legend: the dropdown's source, and what each value means.
  const legend = legendBlock(template.scale);
  const legendTop = LAYOUT.metaFirstRow - 1;
  if (legend.length > 0) {
    blocks.push({ ref: cellRef(legendTop, LAYOUT.legendCol), rows: [[text(L.scale), text(L.meaning)], ...legend] });
    styles.push({ ref: rangeRef(legendTop, LAYOUT.legendCol, legendTop, LAYOUT.legendCol + 1), style: "header" });
  }
  // The dropdown lists the legend's cells (one row per dropdown value, in order).
  const listSource = `=${rangeRef(legendTop + 1, LAYOUT.legendCol, legendTop + legend.length, LAYOUT.legendCol, true)}`;

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
    validations.push(countValidation(ratingRef));
    for (const key of template.register?.columns.map((c) => c.key) ?? []) {
      const col = colOf(key);
      validations.push(countValidation(rangeRef(firstRow, col, lastRow, col)));
    }
    conditionalFormats.push({ ref: ratingRef, kind: "expression", formula: `=IF(ISNUMBER(${topLeft}),OR(${topLeft}<0,${topLeft}<>INT(${topLeft})),${topLeft}<>"")`, look: "bad" });
  } else {
    validations.push({ ref: ratingRef, rule: { kind: "list", values: dropdownValues(template.scale), source: listSource }, errorTitle: L.scaleTitle, errorMessage: `${L.scaleMessage} ${dropdownValues(template.scale).join("; ")}`, strict: true });
    conditionalFormats.push({ ref: ratingRef, kind: "expression", formula: F.offScale(topLeft, dropdownValues(template.scale)), look: "bad" });
    if (template.scale.kind === "compliance") {
      conditionalFormats.push({ ref: ratingRef, kind: "textEquals", text: roleValue(template.scale, "nonCompliant"), look: "bad" });
      conditionalFormats.push({ ref: ratingRef, kind: "textEquals", text: roleValue(template.scale, "compliant"), look: "good" });
    }
    if (template.scale.kind === "status") conditionalFormats.push({ ref: ratingRef, kind: "textEquals", text: roleValue(template.scale, "done"), look: "good" });
  }

  // Results block, right of the table.
  const resultsCol = lastCol + 2;
  const results = resultsBlock(template, rows, firstRow, resultsCol, colOf);
  blocks.push(...results.blocks);
  styles.push(...results.styles);
  conditionalFormats.push(...results.conditionalFormats);

  // With entries, the charts know the figures their cells will compute (the .xlsx writer's caches).
  const figure = fill && coreFigures(formOfFill(template, fill));
  const chartsOut =
    template.kind === "survey"
      ? surveyCharts(template, new Map(rows.map((r, i) => [r.code, firstRow + i])), colOfHeader(SURVEY_ANSWER_HEADER), colOfHeader(L.sharePct), LAYOUT.headerRow, resultsCol, figure)
      : template.kind === "register"
        ? undefined
        : ratedCharts(template, results.cells, results.lastRow + 2, resultsCol, figure);
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
  const lastUsedCol = Math.max(resultsCol + results.widths.length - 1, chartsOut?.lastCol ?? 0);
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
    ...(results.checks.length ? { checks: results.checks } : {}),
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
  return `KV_${nameFragment(template.id)}`;
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
    columns.forEach((c) => {
      if (c.style !== "wrap") return;
      const v = c.cell(r, firstRow + i);
      const len = v && "text" in v ? v.text.length : 0;
      lines = Math.max(lines, Math.ceil((len * 1.1) / c.chars));
    });
    if (lines > 1) out[firstRow + i] = Math.min(409, lines * 15);
  });
  return out;
}

