import type {
  CellBlock,
  ChartKind,
  ChartPlan,
  ConditionalFormatPlan,
  NamePlan,
  PlanCell,
  StyleId,
  StyledRange,
  ValidationPlan,
  WorkbookSheet,
} from "../../../src/plan/types";
import { CHART_TYPES } from "../../../src/render/office/chartSteps";
import type { ChartState } from "./charts";
import { writeWorkbook } from "../../../src/render/xlsx/write";
import { CONDITIONAL_LOOKS, DATE_FORMAT, LOOKS } from "../../../src/render/office/looks";
import { headersOf } from "./tables";
import { cellRef } from "../../../src/plan/a1";
import { areaAddress, type CellState, type ConditionalFormatState, type SheetState, type ValidationState, type WorkbookState } from "./state";

/** The inverse of the renderer's charsToPoints: Excel keeps widths in points, the plan in characters. */
function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}

/**
 * Saves the double's workbook as .xlsx, through the project's .xlsx writer: each sheet's state is
 * turned back into the plan shape the writer takes (cells, tables, names, validations, formats,
 * protection). So what the Office renderer put into "Excel" can be opened and recalculated by a
 * real engine. Looks are mapped back to the plan's StyleIds by the renderer's own table; a look
 * no style has (a validation mark) is left out. Charts go back to chart plans, so the file has the
 * charts the Office renderer added.
 */

export function saveXlsx(book: WorkbookState): Uint8Array {
  return writeWorkbook(toWorkbookSheets(book)).bytes;
}

export function toWorkbookSheets(book: WorkbookState): WorkbookSheet[] {
  return book.sheets.map((sheet) => toSheet(book, sheet));
}

function toSheet(book: WorkbookState, sheet: SheetState): WorkbookSheet {
  const blocks: CellBlock[] = [];
  const styles: StyledRange[] = [];
  const inputs: string[] = [];
  for (const [key, cell] of sheet.cells) {
    const [row, col] = key.split(",").map(Number);
    const ref = cellRef(row, col);
    blocks.push({ ref, rows: [[planCell(cell)]] });
    const style = styleOf(cell);
    if (style) styles.push({ ref, style });
    if (cell.locked === false) inputs.push(ref);
  }
  const names: NamePlan[] = book.names
    .filter((n) => n.sheet === sheet && (n.scopeSheet === undefined || n.scopeSheet === sheet))
    .map((n) => ({ name: n.name, ref: areaAddress(n.area, true), scope: n.scopeSheet ? "sheet" : "workbook" }));
  return {
    name: sheet.name,
    blocks,
    styles,
    columns: [...sheet.columnWidths].map(([col, points]) => ({ index: col - 1, chars: pointsToChars(points) })),
    rowHeights: Object.fromEntries(sheet.rowHeights),
    tables: book.tables.filter((t) => t.sheet === sheet).map((t) => ({ name: t.name, ref: areaAddress(t.area), headers: headersOf(t) })),
    validations: sheet.validations.flatMap(validationPlan),
    conditionalFormats: sheet.conditionalFormats.flatMap(conditionalPlan),
    names,
    protect: sheet.protection.protected,
    inputs,
    freezeRows: sheet.frozenRows,
    printArea: sheet.printArea && areaAddress(sheet.printArea),
    charts: sheet.charts.flatMap(chartPlan),
  };
}

const KIND_OF_TYPE = new Map(Object.entries(CHART_TYPES).map(([kind, type]) => [type, kind as ChartKind]));

/** A chart as the plan that would draw it; one the plan has no kind for, or without ranges, is left out. */
function chartPlan(c: ChartState): ChartPlan[] {
  const kind = KIND_OF_TYPE.get(c.type as (typeof CHART_TYPES)[ChartKind]);
  const categories = c.series[0]?.categories;
  if (!kind || !categories || !c.position || c.series.some((s) => !s.values)) return [];
  const { minimum: min, maximum: max, majorUnit } = c.valueAxis;
  return [
    {
      name: c.name,
      kind,
      title: c.title ?? "",
      categories: areaAddress(categories.area),
      series: c.series.map((s) => ({ name: s.name, values: areaAddress(s.values!.area) })),
      ...(min !== undefined && max !== undefined ? { axis: { min, max, ...(majorUnit === undefined ? {} : { majorUnit }) } } : {}),
      ...(c.dataLabels.showValue && c.dataLabels.numberFormat ? { labels: { numberFormat: c.dataLabels.numberFormat } } : {}),
      ...(c.legend.visible ? { legend: c.legend.position === "Bottom" ? ("bottom" as const) : ("right" as const) } : {}),
      anchor: { from: areaAddress(c.position.from), width: c.width, height: c.height },
    },
  ];
}

function planCell(cell: CellState): PlanCell {
  if (cell.formula !== undefined) return { formula: cell.formula };
  const v = cell.value;
  if (v === undefined) return null;
  if (typeof v === "string") return { text: v };
  if (typeof v === "boolean") return { formula: v ? "=TRUE()" : "=FALSE()" };
  return cell.numberFormat === DATE_FORMAT ? { date: v } : { number: v };
}

/** The StyleId whose look the cell has exactly (fill, font, wrap; and its number format, if it sets one). */
export function styleOf(cell: CellState): StyleId | undefined {
  // Styles that set a number format first: "inputDate" is "input" plus a date format.
  const ids = (Object.keys(LOOKS) as StyleId[]).sort((a, b) => Number(!LOOKS[a].numberFormat) - Number(!LOOKS[b].numberFormat));
  return ids.find((id) => {
    const look = LOOKS[id];
    return (
      (look.fill ?? undefined) === (cell.fill ?? undefined) &&
      (look.fontColor ?? undefined) === (cell.fontColor ?? undefined) &&
      !!look.bold === !!cell.bold &&
      !!look.italic === !!cell.italic &&
      (look.size ?? undefined) === (cell.size ?? undefined) &&
      !!look.wrap === !!cell.wrap &&
      (look.numberFormat === undefined || look.numberFormat === cell.numberFormat) &&
      !!look.border === outlined(cell) &&
      (look.fill !== undefined || look.fontColor !== undefined || look.bold || look.italic || look.wrap || look.size !== undefined)
    );
  });
}

/** A thin continuous line on every side of the cell (the plan's Look.border). */
function outlined(cell: CellState): boolean {
  return (["top", "bottom", "left", "right"] as const).every((side) => cell.borders?.[side]?.style === "Continuous");
}

function validationPlan(v: ValidationState): ValidationPlan[] {
  const alert = v.errorAlert;
  const common = { ref: areaAddress(v.area), errorTitle: alert?.title ?? "", errorMessage: alert?.message ?? "", strict: alert?.style === "Stop" };
  const r = v.rule;
  // A typed list (what the add-in no longer writes) as OOXML stores it: a quoted formula string.
  if (r?.list)
    return [
      {
        ...common,
        rule: {
          kind: "list",
          values: typeof r.list.source === "string" && !r.list.source.startsWith("=") ? r.list.source.split(",") : [],
          source: typeof r.list.source === "string" && r.list.source.startsWith("=") ? r.list.source : `="${String(r.list.source ?? "")}"`,
        },
      },
    ];
  if (r?.wholeNumber) return [{ ...common, rule: { kind: "wholeNumber", min: Number(r.wholeNumber.formula1), max: Number(r.wholeNumber.formula2) } }];
  if (r?.date) return [{ ...common, rule: { kind: "date", min: serialOf(r.date.formula1), max: serialOf(r.date.formula2) } }];
  return [];
}

function serialOf(v: unknown): number {
  return typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) / 86400000 + 25569 : Number(v);
}

function conditionalPlan(cf: ConditionalFormatState): ConditionalFormatPlan[] {
  const look = (Object.keys(CONDITIONAL_LOOKS) as ConditionalFormatPlan["look"][]).find((k) => CONDITIONAL_LOOKS[k].fill === cf.fill) ?? "bad";
  const ref = areaAddress(cf.area);
  if (cf.type === "Custom" && cf.formula) return [{ ref, kind: "expression", formula: cf.formula, look }];
  const text = /^="((?:[^"]|"")*)"$/.exec(cf.formula ?? "");
  if (cf.type === "CellValue" && cf.operator === "EqualTo" && text) return [{ ref, kind: "textEquals", text: text[1].replace(/""/g, '"'), look }];
  return [];
}
