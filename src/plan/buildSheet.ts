import type { Scale, Template } from "../core/catalog/types";
import { stampOf } from "../core/catalog";
import type { FormFill } from "../core/fill";
import { DATE_SERIAL_MAX, DATE_SERIAL_MIN, YEAR_MAX, YEAR_MIN } from "../core/limits";
import { absolute, cellRef, rangeRef } from "./a1";
import { num, text, valueCell } from "./cells";
import { coreFigures, formOfFill } from "./figures";
import { columnParts, type Column, type TableRow } from "./columns";
import { countValidation } from "./kinds/inputRules";
import { planKindOf, type PlanKind, type SheetContext } from "./kinds";
import { L } from "./labels";
import { LAYOUT } from "./layout";
import { nameFragment } from "./sheetNames";
import type { CellBlock, ColumnWidth, ConditionalFormatPlan, NamePlan, PlanCell, SheetPlan, StyledRange, ValidationPlan } from "./types";
import { RESPONDENTS_NAME, STAMP_NAME } from "./types";

export { LAYOUT } from "./layout";

export interface BuildOptions {
  /** Entries to put into the input cells (demonstration data); blank form without it. */
  readonly fill?: FormFill;
}

/** Column A also holds the metadata labels ("Periods (gads)"), column B their values: at least these wide. */
const META_LABEL_CHARS = 15;
const META_VALUE_CHARS = 34;
/** The legend's meaning column, where it stands right of the table. */
const LEGEND_MEANING_CHARS = 40;
/** Excel does not refit rows of a file it opens: a wrapped text's row is given ~15 pt a line, at most Excel's 409 pt. */
const LINE_POINTS = 15;
const MAX_ROW_POINTS = 409;
/** Wrapped text takes a little more than its characters' count of width. */
const WRAP_SLACK = 1.1;

/** One section's share of the sheet: the reducer concatenates them in section order. */
interface Section {
  readonly blocks?: readonly CellBlock[];
  readonly styles?: readonly StyledRange[];
  readonly validations?: readonly ValidationPlan[];
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  readonly inputs?: readonly string[];
  readonly names?: readonly NamePlan[];
  /** Each the least width of its column; the widest claim wins. */
  readonly widths?: readonly ColumnWidth[];
}

type Merged = { readonly [K in keyof Section]-?: NonNullable<Section[K]> };

function mergeSections(sections: readonly Section[]): Merged {
  const all = <K extends keyof Section>(k: K) => sections.flatMap((s) => (s[k] ?? []) as NonNullable<Section[K]>[number][]);
  return {
    blocks: all("blocks"),
    styles: all("styles"),
    validations: all("validations"),
    conditionalFormats: all("conditionalFormats"),
    inputs: all("inputs"),
    names: all("names"),
    widths: dedupeWidths(all("widths")),
  };
}

export function buildSheetPlan(template: Template, options: BuildOptions = {}): SheetPlan {
  const fill = options.fill;
  const kind = planKindOf(template);
  const rows = kind.rows(template);
  const columns = kind.columns(template, columnParts(template, fill));
  const firstRow = LAYOUT.headerRow + 1;
  const lastRow = LAYOUT.headerRow + rows.length;
  const lastCol = columns.length;
  const colOf = (key: string) => columns.findIndex((c) => c.key === key) + 1;
  const stamp = stampOf(template);
  const stampRef = cellRef(LAYOUT.stampRow, 2);
  const metaRefs = metaRefsOf(kind);

  // The kind's own parts: its input rules, its results block right of the table, its charts.
  const resultsCol = lastCol + 2;
  const ctx: SheetContext = { template, fill, rows, columns, firstRow, lastRow, colOf, resultsCol };
  const legend = legendSection(template.scale, lastCol);
  const results = kind.results(ctx);
  // With entries, the charts know the figures their cells will compute (the .xlsx writer's caches).
  const chartsOut = kind.charts(ctx, results, fill && coreFigures(formOfFill(template, fill)));

  const sheet = mergeSections([
    headSection(template, stamp, stampRef),
    metaSection(metaRefs, fill),
    legend.section,
    tableSection(columns, rows, firstRow, lastRow),
    kind.inputRules(ctx, legend.listSource),
    { ...results, widths: results.widths.map((chars, i) => ({ index: resultsCol - 1 + i, chars })) },
    chartsOut ?? {},
  ]);

  const table = { name: tableName(template), ref: rangeRef(LAYOUT.headerRow, 1, lastRow, lastCol), headers: columns.map((c) => c.header) };
  const lastUsedRow = Math.max(lastRow, results.lastRow, chartsOut?.lastRow ?? 0);
  const lastUsedCol = Math.max(resultsCol + results.widths.length - 1, chartsOut?.lastCol ?? 0);
  return {
    name: template.sheetName,
    templateId: template.id,
    templateVersion: template.version,
    stamp,
    stampRef,
    blocks: sheet.blocks,
    styles: sheet.styles,
    columns: sheet.widths,
    rowHeights: rowHeights(rows, columns, firstRow),
    table,
    tables: [table],
    protect: true,
    validations: sheet.validations,
    conditionalFormats: sheet.conditionalFormats,
    names: sheet.names,
    inputs: sheet.inputs,
    freezeRows: LAYOUT.headerRow,
    printArea: rangeRef(1, 1, lastUsedRow, lastUsedCol),
    results: results.cells,
    ...(results.checks?.length ? { checks: results.checks } : {}),
    charts: chartsOut?.charts ?? [],
    inputHeaders: {
      value: columns[colOf("value") - 1].header,
      comment: columns.find((c) => c.key === "comment")!.header,
      fields: Object.fromEntries(columns.filter((c) => c.key && c.key !== "value" && c.key !== "comment").map((c) => [c.key!, c.header])),
    },
    metaRefs,
  };
}

export function tableName(template: Template): string {
  return `KV_${nameFragment(template.id)}`;
}

/** Title, stamp (and the name a reader finds it by) and source. */
function headSection(template: Template, stamp: string, stampRef: string): Section {
  return {
    blocks: [
      {
        ref: cellRef(LAYOUT.titleRow, 1),
        rows: [
          [text(template.title), null],
          [text(L.stamp), text(stamp)],
          [text(L.source), text(`${template.source.title} (${template.source.publisher}, ${template.source.year})`)],
        ],
      },
    ],
    styles: [
      { ref: cellRef(LAYOUT.titleRow, 1), style: "title" },
      { ref: rangeRef(LAYOUT.stampRow, 1, LAYOUT.sourceRow, 1), style: "label" },
      { ref: stampRef, style: "stamp" },
      { ref: cellRef(LAYOUT.sourceRow, 2), style: "subtitle" },
    ],
    names: [{ name: STAMP_NAME, ref: absolute(stampRef), scope: "sheet" }],
  };
}

function metaRefsOf(kind: PlanKind<string>): SheetPlan["metaRefs"] {
  const metaRef = (i: number) => cellRef(LAYOUT.metaFirstRow + i, 2);
  return { Iestade: metaRef(0), Periods: metaRef(1), Vertetajs: metaRef(2), Datums: metaRef(3), ...(kind.respondents ? { Respondenti: metaRef(4) } : {}) };
}

/** The contract's four metadata cells with their names, and the survey's respondents. */
function metaSection(refs: SheetPlan["metaRefs"], fill: FormFill | undefined): Section {
  const m = fill?.meta;
  const rows: PlanCell[][] = [
    [text(L.iestade), m ? text(m.iestade) : null],
    [text(L.periods), m ? num(m.periods) : null],
    [text(L.vertetajs), m ? text(m.vertetajs) : null],
    [text(L.datums), m ? { date: m.datums } : null],
  ];
  if (refs.Respondenti) rows.push([text(L.respondents), fill?.respondents !== undefined ? num(fill.respondents) : null]);
  const last = LAYOUT.metaFirstRow + rows.length - 1;
  return {
    blocks: [{ ref: cellRef(LAYOUT.metaFirstRow, 1), rows }],
    styles: [
      { ref: rangeRef(LAYOUT.metaFirstRow, 1, last, 1), style: "label" },
      { ref: refs.Iestade, style: "inputText" },
      { ref: refs.Periods, style: "inputYear" },
      { ref: refs.Vertetajs, style: "inputText" },
      { ref: refs.Datums, style: "inputDate" },
      ...(refs.Respondenti ? [{ ref: refs.Respondenti, style: "input" } as const] : []),
    ],
    inputs: [rangeRef(LAYOUT.metaFirstRow, 2, last, 2)],
    validations: [
      {
        ref: refs.Periods,
        rule: { kind: "wholeNumber", min: YEAR_MIN, max: YEAR_MAX },
        errorTitle: L.periodsTitle,
        errorMessage: L.periodsMessage,
        strict: true,
      },
      {
        ref: refs.Datums,
        rule: { kind: "date", min: DATE_SERIAL_MIN, max: DATE_SERIAL_MAX },
        errorTitle: L.dateTitle,
        errorMessage: L.dateMessage,
        strict: true,
      },
      ...(refs.Respondenti ? [countValidation(refs.Respondenti)] : []),
    ],
    names: [
      ...(["Iestade", "Periods", "Vertetajs", "Datums"] as const).map((n) => ({ name: n, ref: absolute(refs[n]), scope: "workbook" as const })),
      // Not in the contract: the survey's denominator, named so a reader does not depend on its position.
      ...(refs.Respondenti ? [{ name: RESPONDENTS_NAME, ref: absolute(refs.Respondenti), scope: "sheet" as const }] : []),
    ],
    widths: [
      { index: 0, chars: META_LABEL_CHARS },
      { index: 1, chars: META_VALUE_CHARS },
    ],
  };
}

/** The scale's legend: the dropdown's source (one row per dropdown value, in order), and what each value means. */
function legendSection(scale: Scale, lastCol: number): { section: Section; listSource: string } {
  const legend = scale.values.map((v) => [valueCell(v.value), text(v.label)]);
  if (scale.notApplicable) legend.push([text(String(scale.notApplicable.value)), text(L.notApplicableMeaning)]);
  const top = LAYOUT.metaFirstRow - 1;
  const listSource = `=${rangeRef(top + 1, LAYOUT.legendCol, top + legend.length, LAYOUT.legendCol, true)}`;
  if (legend.length === 0) return { section: {}, listSource };
  return {
    section: {
      blocks: [{ ref: cellRef(top, LAYOUT.legendCol), rows: [[text(L.scale), text(L.meaning)], ...legend] }],
      styles: [{ ref: rangeRef(top, LAYOUT.legendCol, top, LAYOUT.legendCol + 1), style: "header" }],
      widths: LAYOUT.legendCol + 1 > lastCol ? [{ index: LAYOUT.legendCol, chars: LEGEND_MEANING_CHARS }] : [],
    },
    listSource,
  };
}

/** The items table: headers, a row per item, each column's look; its keyed columns are the inputs. */
function tableSection(columns: readonly Column[], rows: readonly TableRow[], firstRow: number, lastRow: number): Section {
  const { headerRow } = LAYOUT;
  return {
    blocks: [{ ref: cellRef(headerRow, 1), rows: [columns.map((c) => text(c.header)), ...rows.map((r, i) => columns.map((c) => c.cell(r, firstRow + i)))] }],
    styles: [
      { ref: rangeRef(headerRow, 1, headerRow, columns.length), style: "header" },
      ...columns.map((c, i) => ({ ref: rangeRef(firstRow, i + 1, lastRow, i + 1), style: c.style })),
    ],
    inputs: columns.flatMap((c, i) => (c.key ? [rangeRef(firstRow, i + 1, lastRow, i + 1)] : [])),
    widths: columns.map((c, i) => ({ index: i, chars: c.chars })),
  };
}

function dedupeWidths(widths: readonly ColumnWidth[]): ColumnWidth[] {
  const by = new Map<number, number>();
  for (const w of widths) by.set(w.index, Math.max(by.get(w.index) ?? 0, w.chars));
  return [...by].sort((a, b) => a[0] - b[0]).map(([index, chars]) => ({ index, chars }));
}

/** Wrapped texts need taller rows; Excel does not refit rows of a file it opens. */
function rowHeights(rows: readonly TableRow[], columns: readonly Column[], firstRow: number): Record<number, number> {
  const out: Record<number, number> = {};
  rows.forEach((r, i) => {
    let lines = 1;
    columns.forEach((c) => {
      if (c.style !== "wrap") return;
      const v = c.cell(r, firstRow + i);
      const len = v && "text" in v ? v.text.length : 0;
      lines = Math.max(lines, Math.ceil((len * WRAP_SLACK) / c.chars));
    });
    if (lines > 1) out[firstRow + i] = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS);
  });
  return out;
}
