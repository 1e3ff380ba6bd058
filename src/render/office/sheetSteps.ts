import type { ConditionalFormatPlan, ValidationPlan, ValidationRule, WorkbookSheet } from "../../plan/types";
import { columnLetter, parseCell, parseRange } from "../../plan/a1";
import { SHEET_PROTECTION } from "../../plan/layout";
import { BORDER_COLOR, CONDITIONAL_LOOKS, LOOKS, PAGE_SETUP, TABLE_STYLE, charsToPoints, type Look } from "./looks";
import { excelApiSupported } from "./requirements";
import { chartSteps } from "./chartSteps";
import { blockChunks, chunkRange, jsonBytes, OP_OVERHEAD_BYTES, step, styleFormats, type WriteStep } from "./writeSteps";

/**
 * Every write that puts one plan onto a new, empty worksheet, in the order Excel needs them:
 * number formats before contents (so text stays text), contents before the table (whose headers
 * they are), charts over the written ranges, and protection last (a protected sheet refuses the rest).
 */

export interface SheetTargets {
  readonly workbook: Excel.Workbook;
  /** The new worksheet; called only once the first step has added it. */
  readonly sheet: () => Excel.Worksheet;
  /** Workbook-unique names for `plan.tables`, in order. */
  readonly tableNames: readonly string[];
  /** Lower-cased workbook-level names that exist already (a plan's own are added as it goes). */
  readonly workbookNames: ReadonlySet<string>;
  /** Largest band a block is cut into (default CHUNK_BYTES); a smaller request budget needs smaller. */
  readonly chunkBytes?: number;
}

/** Options of the sheet protection, as the plan decides them (see SHEET_PROTECTION). */
export const PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatCells: SHEET_PROTECTION.formatCells,
  allowFormatColumns: SHEET_PROTECTION.formatColumns,
  allowFormatRows: SHEET_PROTECTION.formatRows,
  allowAutoFilter: SHEET_PROTECTION.autoFilter,
  allowSort: SHEET_PROTECTION.sort,
  allowInsertRows: SHEET_PROTECTION.insertRows,
  allowDeleteRows: SHEET_PROTECTION.deleteRows,
};

export function sheetSteps(plan: WorkbookSheet, t: SheetTargets): WriteStep[] {
  const ws = t.sheet;
  const range = (ref: string) => ws().getRange(ref);
  const steps: WriteStep[] = [];
  const formatAt = styleFormats(plan.styles);
  const covered = coverage(plan);

  // Number formats of styled cells that no block writes (blocks carry their cells' formats).
  for (const s of plan.styles) {
    const format = LOOKS[s.style].numberFormat;
    if (!format || covered(s.ref)) continue;
    const { r1, c1, r2, c2 } = parseRange(s.ref);
    const grid = Array.from({ length: r2 - r1 + 1 }, () => Array<string>(c2 - c1 + 1).fill(format));
    steps.push(step(() => void (range(s.ref).numberFormat = grid), grid));
  }
  for (const block of plan.blocks) {
    for (const chunk of blockChunks(block, formatAt, t.chunkBytes)) {
      steps.push({
        bytes: chunk.bytes,
        queue: () => {
          const r = range(chunkRange(chunk));
          r.numberFormat = chunk.numberFormat;
          r.formulas = chunk.formulas;
        },
      });
    }
  }
  for (const s of plan.styles) steps.push(step(() => applyLook(range(s.ref).format, LOOKS[s.style]), s));
  for (const s of plan.styles.filter((x) => LOOKS[x.style].border)) {
    const edges = borderEdges(s.ref);
    steps.push({ bytes: edges.length * 3 * OP_OVERHEAD_BYTES, queue: () => drawBorders(range(s.ref).format, edges) });
  }
  for (const c of plan.columns) {
    const letter = columnLetter(c.index + 1);
    steps.push(step(() => void (range(`${letter}:${letter}`).format.columnWidth = charsToPoints(c.chars)), c));
  }
  for (const [rows, height] of rowRuns(plan.rowHeights ?? {})) steps.push(step(() => void (range(rows).format.rowHeight = height), rows));

  (plan.tables ?? []).forEach((tp, i) => {
    steps.push(
      step(() => {
        // A Range, not an address: an address without a sheet is taken on the *active* sheet
        // (TableCollection.add), and the new sheet is not active yet.
        const table = ws().tables.add(range(tp.ref), true);
        table.name = t.tableNames[i];
        // The plan's table style, as the .xlsx writer writes it.
        table.style = TABLE_STYLE;
      }, tp),
    );
  });
  for (const v of plan.validations ?? []) steps.push(step(() => applyValidation(range(v.ref).dataValidation, v), v));
  for (const cf of plan.conditionalFormats ?? []) steps.push(step(() => addConditionalFormat(range(cf.ref).conditionalFormats, cf), cf));

  const workbookNames = new Set(t.workbookNames);
  for (const n of plan.names ?? []) {
    // The contract's names are workbook-level; when the workbook has one already (a second
    // template), this sheet keeps its own at sheet level, where a reader looks first.
    const atWorkbook = n.scope === "workbook" && !workbookNames.has(n.name.toLowerCase());
    if (atWorkbook) workbookNames.add(n.name.toLowerCase());
    steps.push(step(() => void (atWorkbook ? t.workbook.names : ws().names).add(n.name, range(n.ref)), n));
  }

  // Charts read the cells written above, and must be added before protection (a protected sheet
  // refuses new drawing objects).
  steps.push(...chartSteps(ws, plan.charts ?? []));
  steps.push({
    bytes: 9 * OP_OVERHEAD_BYTES + jsonBytes(PAGE_SETUP),
    queue: () => {
      // Page layout came with ExcelApi 1.9; older Excel prints with its defaults.
      if (excelApiSupported("1.9")) {
        const layout = ws().pageLayout;
        const m = PAGE_SETUP.margins;
        layout.orientation = PAGE_SETUP.orientation === "landscape" ? "Landscape" : "Portrait";
        layout.paperSize = PAGE_SETUP.paper;
        // "As many pages tall as it takes" is Excel's default once only the width is fixed.
        layout.zoom = PAGE_SETUP.fitToHeight
          ? { horizontalFitToPages: PAGE_SETUP.fitToWidth, verticalFitToPages: PAGE_SETUP.fitToHeight }
          : { horizontalFitToPages: PAGE_SETUP.fitToWidth };
        [layout.leftMargin, layout.rightMargin, layout.topMargin, layout.bottomMargin] = [m.left, m.right, m.top, m.bottom].map(inchesToPoints);
        [layout.headerMargin, layout.footerMargin] = [m.header, m.footer].map(inchesToPoints);
      }
    },
  });

  for (const ref of plan.inputs ?? []) steps.push(step(() => void (range(ref).format.protection.locked = false), ref));
  // Activated before its panes are frozen: freezing an inactive sheet makes Excel call it active
  // while the user still sees the old one, and a later activate() is then lost (office-js #3148).
  steps.push(step(() => ws().activate()));
  const freeze = plan.freezeRows;
  if (freeze) steps.push(step(() => ws().freezePanes.freezeRows(freeze), freeze));
  const printArea = plan.printArea;
  if (printArea) {
    steps.push(
      step(() => {
        // Print areas came with ExcelApi 1.9; older Excel prints the used range, which is close.
        if (excelApiSupported("1.9")) ws().pageLayout.setPrintArea(printArea);
      }, printArea),
    );
  }
  const titles = plan.printTitleRows;
  if (titles) steps.push(step(() => void (excelApiSupported("1.9") && ws().pageLayout.setPrintTitleRows(`$1:$${titles}`)), titles));
  if (plan.protect) steps.push(step(() => ws().protection.protect(PROTECTION), PROTECTION));
  return steps;
}

const inchesToPoints = (inches: number) => inches * 72;

/** Excel.BorderIndex values, as literals: the Excel namespace object is absent outside Office. */
export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** The edges that outline every cell of `ref`: its border, and the lines inside it where it has any. */
export function borderEdges(ref: string): BorderEdge[] {
  const { r1, c1, r2, c2 } = parseRange(ref);
  const edges: BorderEdge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (r2 > r1) edges.push("InsideHorizontal");
  if (c2 > c1) edges.push("InsideVertical");
  return edges;
}

/** The plan's thin border (Look.border), as the .xlsx writer draws it round every cell. */
export function drawBorders(format: Excel.RangeFormat, edges: readonly BorderEdge[]): void {
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = BORDER_COLOR;
  }
}

export function applyLook(format: Excel.RangeFormat, look: Look): void {
  if (look.fill) format.fill.color = look.fill;
  if (look.fontColor) format.font.color = look.fontColor;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size) format.font.size = look.size;
  if (look.wrap) format.wrapText = true;
  format.verticalAlignment = "Top";
}

export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.kind) {
    case "list":
      // Cells, never a typed list: see ValidationRule.
      return { list: { inCellDropDown: true, source: rule.source } };
    case "wholeNumber":
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "date":
      return { date: { formula1: isoDate(rule.min), formula2: isoDate(rule.max), operator: "Between" } };
  }
}

function applyValidation(dv: Excel.DataValidation, v: ValidationPlan): void {
  dv.rule = validationRule(v.rule);
  dv.ignoreBlanks = true;
  dv.errorAlert = { showAlert: true, style: v.strict ? "Stop" : "Warning", title: v.errorTitle, message: v.errorMessage };
}

/**
 * "textEquals" is a cell-value rule (= is case-insensitive, like COUNTIF), not a text comparison:
 * Excel's text rules only offer "contains"/"begins with", and "Neatbilst" contains "atbilst".
 */
function addConditionalFormat(formats: Excel.ConditionalFormatCollection, cf: ConditionalFormatPlan): void {
  const look = CONDITIONAL_LOOKS[cf.look];
  if (cf.kind === "expression") {
    const f = formats.add("Custom");
    f.custom.rule.formula = cf.formula;
    f.custom.format.fill.color = look.fill;
    f.custom.format.font.color = look.fontColor;
  } else {
    const f = formats.add("CellValue");
    f.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
    f.cellValue.format.fill.color = look.fill;
    f.cellValue.format.font.color = look.fontColor;
  }
}

/** Excel date serial → "yyyy-mm-dd" (the ISO form date validation takes in every locale). */
export function isoDate(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

/** Consecutive rows of equal height as "13:15" ranges: one write each instead of one per row. */
export function rowRuns(heights: Readonly<Record<number, number>>): [string, number][] {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: [string, number][] = [];
  let start = 0;
  for (let i = 0; i < rows.length; i++) {
    const next = rows[i + 1];
    if (next === rows[i] + 1 && heights[next] === heights[rows[i]]) continue;
    runs.push([`${rows[start]}:${rows[i]}`, heights[rows[i]]]);
    start = i + 1;
  }
  return runs;
}

/** True when every cell of a range lies inside one of the plan's blocks. */
function coverage(plan: WorkbookSheet): (ref: string) => boolean {
  const blocks = plan.blocks.map((b) => {
    const { row, col } = parseCell(b.ref);
    return { r1: row, c1: col, r2: row + b.rows.length - 1, c2: col + (b.rows[0]?.length ?? 1) - 1 };
  });
  return (ref) => {
    const { r1, c1, r2, c2 } = parseRange(ref);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (!blocks.some((b) => r >= b.r1 && r <= b.r2 && c >= b.c1 && c <= b.c2)) return false;
    return true;
  };
}
