import { zipSync, strToU8 } from "fflate";
import type { CellBlock, PlanCell, SheetPlan, StyleId, WorkbookSheet } from "../../plan/types";
import { cellRef, parseCell, parseRange } from "../../plan/a1";
import { uniqueName, uniqueSheetName } from "../../plan/sheetNames";
import { PAGE_SETUP, TABLE_STYLE } from "../../plan/looks";
import { CHART_CONTENT_TYPE, chartXml, type CellValue } from "./charts";
import { DRAWING_CONTENT_TYPE, drawingRelsXml, drawingXml } from "./drawings";
import { NS_MAIN, NS_R, XML_HEAD } from "./namespaces";
import { SharedStrings } from "./strings";
import { SHEET_PROTECTION } from "../../plan/layout";
import { DXF_INDEX, StyleSheet, escapeXml as esc } from "./styles";
import { withFormulaValues } from "./formulaValues";

/**
 * The .xlsx renderer of the workbook plan: SpreadsheetML written directly, so every table,
 * validation, format, name and protection of the plan lands exactly as planned, in a file that
 * Excel and LibreOffice open and recalculate (fullCalcOnLoad); a formula carries the value the plan
 * knows it computes (see formulaValues.ts), for readers that do not calculate.
 * Runs in Node and in the browser (no Node APIs).
 */

interface Cell {
  value: PlanCell;
  style?: StyleId;
  unlocked: boolean;
}

export interface WrittenSheet {
  /** The name the sheet got (unique in the workbook). */
  readonly name: string;
  readonly tables: readonly string[];
}

export interface WriteResult {
  readonly bytes: Uint8Array;
  readonly sheets: readonly WrittenSheet[];
}

export function writeWorkbook(sheets: readonly WorkbookSheet[], options: { created?: Date } = {}): WriteResult {
  const { files, sheets: written } = workbookParts(sheets, options);
  // A fixed timestamp keeps the bytes of the same plan identical between runs.
  return { bytes: zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { mtime: ZIP_MTIME }]])), { level: 6 }), sheets: written };
}

export const ZIP_MTIME = new Date(Date.UTC(2020, 0, 1));

/**
 * The workbook's parts before zipping, with the shared strings they use: a streaming writer
 * (streamWrite.ts) adds rows to one sheet, adds their strings, and zips the parts itself.
 */
export function workbookParts(
  sheets: readonly WorkbookSheet[],
  options: { created?: Date } = {},
): { files: Record<string, Uint8Array>; sheets: WrittenSheet[]; strings: SharedStrings } {
  const styles = new StyleSheet();
  const strings = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  const sheetNames: string[] = [];
  const tableNames: string[] = [];
  const workbookNames: string[] = [];
  const definedNames: string[] = [];
  const written: WrittenSheet[] = [];
  let tableId = 0;
  let chartId = 0;
  let drawingId = 0;

  sheets.forEach((planned, index) => {
    const sheet = isTemplateSheet(planned) ? withFormulaValues(planned) : planned;
    const name = uniqueSheetName(sheet.name, sheetNames);
    sheetNames.push(name);
    const quoted = `'${name.replace(/'/g, "''")}'`;
    const sheetTables: { id: number; name: string; ref: string; headers: readonly string[] }[] = [];
    for (const t of sheet.tables ?? []) {
      const tName = uniqueName(t.name, tableNames);
      tableNames.push(tName);
      sheetTables.push({ id: ++tableId, name: tName, ref: t.ref, headers: t.headers });
    }
    for (const n of sheet.names ?? []) {
      // The contract's names are workbook-level; a second template keeps its own at sheet level.
      const workbookLevel = n.scope === "workbook" && !workbookNames.includes(n.name.toLowerCase());
      if (workbookLevel) workbookNames.push(n.name.toLowerCase());
      definedNames.push(`<definedName name="${esc(n.name)}"${workbookLevel ? "" : ` localSheetId="${index}"`}>${esc(`${quoted}!${n.ref}`)}</definedName>`);
    }
    if (sheet.printArea) {
      const r = parseRange(sheet.printArea);
      definedNames.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${esc(`${quoted}!${cellRef(r.r1, r.c1, true)}:${cellRef(r.r2, r.c2, true)}`)}</definedName>`,
      );
    }
    // Excel's own name for rows printed atop every page; Excel orders it after the print area.
    if (sheet.printTitleRows)
      definedNames.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${esc(`${quoted}!$1:$${sheet.printTitleRows}`)}</definedName>`);
    const cells = grid(sheet);
    const charts = sheet.charts ?? [];
    // The drawing's relationship follows the tables' (rId1…rIdN).
    const drawingRel = charts.length ? `rId${sheetTables.length + 1}` : undefined;
    files[`xl/worksheets/sheet${index + 1}.xml`] = strToU8(sheetXml(sheet, cells, styles, strings, sheetTables.length, drawingRel));
    const rels = sheetTables.map((t, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/table" Target="../tables/table${t.id}.xml"/>`);
    for (const t of sheetTables) files[`xl/tables/table${t.id}.xml`] = strToU8(tableXml(t));
    if (drawingRel) {
      const drawing = ++drawingId;
      const numbers = charts.map(() => ++chartId);
      rels.push(`<Relationship Id="${drawingRel}" Type="${NS_R}/drawing" Target="../drawings/drawing${drawing}.xml"/>`);
      files[`xl/drawings/drawing${drawing}.xml`] = strToU8(drawingXml(charts));
      files[`xl/drawings/_rels/drawing${drawing}.xml.rels`] = strToU8(drawingRelsXml(numbers));
      const valueAt = cachedValues(cells);
      charts.forEach((c, i) => (files[`xl/charts/chart${numbers[i]}.xml`] = strToU8(chartXml(c, name, valueAt))));
    }
    if (rels.length)
      files[`xl/worksheets/_rels/sheet${index + 1}.xml.rels`] = strToU8(
        XML_HEAD + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
      );
    written.push({ name, tables: sheetTables.map((t) => t.name) });
  });

  files["xl/workbook.xml"] = strToU8(
    XML_HEAD +
      `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      sheetNames.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      "</sheets>" +
      (definedNames.length ? `<definedNames>${definedNames.join("")}</definedNames>` : "") +
      '<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    XML_HEAD +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheetNames.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rId${sheetNames.length + 1}" Type="${NS_R}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${sheetNames.length + 2}" Type="${NS_R}/sharedStrings" Target="sharedStrings.xml"/>` +
      "</Relationships>",
  );
  files["xl/styles.xml"] = strToU8(styles.toXml());
  files["xl/sharedStrings.xml"] = strToU8(strings.toXml());
  files["[Content_Types].xml"] = strToU8(contentTypes(sheetNames.length, tableId, drawingId, chartId));
  files["_rels/.rels"] = strToU8(
    XML_HEAD +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="${NS_R}/extended-properties" Target="docProps/app.xml"/>` +
      "</Relationships>",
  );
  const created = (options.created ?? new Date(0)).toISOString().replace(/\.\d{3}Z$/, "Z");
  files["docProps/core.xml"] = strToU8(
    XML_HEAD +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>Kvalitāte</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`,
  );
  files["docProps/app.xml"] = strToU8(
    XML_HEAD +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Kvalitāte</Application></Properties>',
  );
  return { files, sheets: written, strings };
}

const isTemplateSheet = (s: WorkbookSheet): s is SheetPlan => "stamp" in s && "results" in s;

/** Lays blocks, styles and input ranges onto a sparse grid of rows. */
function grid(sheet: WorkbookSheet): Map<number, Map<number, Cell>> {
  const rows = new Map<number, Map<number, Cell>>();
  const at = (r: number, c: number): Cell => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = new Map()));
    let cell = row.get(c);
    if (!cell) row.set(c, (cell = { value: null, unlocked: false }));
    return cell;
  };
  const each = (ref: string, f: (cell: Cell) => void) => {
    const { r1, c1, r2, c2 } = parseRange(ref);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) f(at(r, c));
  };
  for (const block of sheet.blocks) placeBlock(block, at);
  for (const s of sheet.styles) each(s.ref, (cell) => (cell.style = s.style));
  for (const ref of sheet.inputs ?? []) each(ref, (cell) => (cell.unlocked = true));
  return rows;
}

function placeBlock(block: CellBlock, at: (r: number, c: number) => Cell) {
  const { row, col } = parseCell(block.ref);
  block.rows.forEach((cells, i) => cells.forEach((v, j) => (at(row + i, col + j).value = v)));
}

function cellXml(ref: string, cell: Cell, styles: StyleSheet, strings: SharedStrings): string {
  const v = cell.value;
  const s = styles.xf(cell.style, cell.unlocked, v !== null && "date" in v);
  const attr = `r="${ref}"${s ? ` s="${s}"` : ""}`;
  if (v === null) return `<c ${attr}/>`;
  if ("text" in v) return `<c ${attr} t="s"><v>${strings.get(v.text)}</v></c>`;
  if ("number" in v) return `<c ${attr}><v>${v.number}</v></c>`;
  if ("date" in v) return `<c ${attr}><v>${v.date}</v></c>`;
  const f = `<f>${esc(v.formula.replace(/^=/, ""))}</f>`;
  if (v.cached === undefined) return `<c ${attr}>${f}</c>`;
  // A formula's stored value, as Excel stores it: a number bare, a text (also "") as t="str".
  return typeof v.cached === "number" ? `<c ${attr}>${f}<v>${v.cached}</v></c>` : `<c ${attr} t="str">${f}<v>${esc(v.cached)}</v></c>`;
}

/**
 * What a chart's cache shows of a cell: its text or number, or, for a formula that only points at
 * another cell (a chart-data block's "=K14"), that cell's. Other formulas are not calculated here:
 * their points stay empty until the spreadsheet recalculates, as their cells do.
 */
function cachedValues(rows: Map<number, Map<number, Cell>>): (row: number, col: number) => CellValue {
  const at = (row: number, col: number, hops: number): CellValue => {
    const v = rows.get(row)?.get(col)?.value ?? null;
    if (v === null) return null;
    if ("text" in v) return v.text;
    if ("number" in v) return v.number;
    if ("date" in v) return v.date;
    if (v.cached !== undefined) return v.cached === "" ? null : v.cached;
    const ref = /^=\$?([A-Z]{1,3})\$?(\d+)$/.exec(v.formula);
    if (!ref || hops > 8) return null;
    const target = parseCell(`${ref[1]}${ref[2]}`);
    return at(target.row, target.col, hops + 1);
  };
  return (row, col) => at(row, col, 0);
}

function sheetXml(
  sheet: WorkbookSheet,
  rows: Map<number, Map<number, Cell>>,
  styles: StyleSheet,
  strings: SharedStrings,
  tableCount: number,
  drawingRel?: string,
): string {
  const heights = sheet.rowHeights ?? {};
  const rowNumbers = [...new Set([...rows.keys(), ...Object.keys(heights).map(Number)])].sort((a, b) => a - b);
  const data = rowNumbers
    .map((r) => {
      const cells = [...(rows.get(r) ?? new Map<number, Cell>())].sort((a, b) => a[0] - b[0]);
      const ht = heights[r] ? ` ht="${heights[r]}" customHeight="1"` : "";
      return `<row r="${r}"${ht}>${cells.map(([c, cell]) => cellXml(cellRef(r, c), cell, styles, strings)).join("")}</row>`;
    })
    .join("");
  const freeze = sheet.freezeRows
    ? `<pane ySplit="${sheet.freezeRows}" topLeftCell="A${sheet.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sheet.freezeRows + 1}" sqref="A${sheet.freezeRows + 1}"/>`
    : "";
  const cols = sheet.columns.length
    ? `<cols>${sheet.columns.map((c) => `<col min="${c.index + 1}" max="${c.index + 1}" width="${c.chars + 0.7}" customWidth="1"/>`).join("")}</cols>`
    : "";
  const protection = sheet.protect ? sheetProtectionXml() : "";
  const page = PAGE_SETUP;
  const m = page.margins;
  return (
    XML_HEAD +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">` +
    // Fit to page: the page setup below says how many pages wide and tall.
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<sheetViews><sheetView workbookViewId="0">${freeze}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${data}</sheetData>` +
    protection +
    conditionalFormatsXml(sheet) +
    validationsXml(sheet) +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${PAPER_SIZES[page.paper]}" orientation="${page.orientation}" fitToWidth="${page.fitToWidth}" fitToHeight="${page.fitToHeight}"/>` +
    (drawingRel ? `<drawing r:id="${drawingRel}"/>` : "") +
    (tableCount
      ? `<tableParts count="${tableCount}">${Array.from({ length: tableCount }, (_, i) => `<tablePart r:id="rId${i + 1}"/>`).join("")}</tableParts>`
      : "") +
    "</worksheet>"
  );
}

/** OOXML's protection attributes say what is protected ("1"), the plan what is allowed: inverted. */
function sheetProtectionXml(): string {
  const p = SHEET_PROTECTION;
  const locked = (allowed: boolean) => (allowed ? "0" : "1");
  return (
    `<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="${locked(p.formatCells)}" formatColumns="${locked(p.formatColumns)}" ` +
    `formatRows="${locked(p.formatRows)}" insertRows="${locked(p.insertRows)}" deleteRows="${locked(p.deleteRows)}" sort="${locked(p.sort)}" autoFilter="${locked(p.autoFilter)}"/>`
  );
}

function conditionalFormatsXml(sheet: WorkbookSheet): string {
  let priority = 0;
  return (sheet.conditionalFormats ?? [])
    .map((cf) => {
      const dxf = DXF_INDEX[cf.look];
      const rule =
        cf.kind === "textEquals"
          ? `<cfRule type="cellIs" dxfId="${dxf}" priority="${++priority}" operator="equal"><formula>${esc(`"${cf.text.replace(/"/g, '""')}"`)}</formula></cfRule>`
          : `<cfRule type="expression" dxfId="${dxf}" priority="${++priority}"><formula>${esc(cf.formula.replace(/^=/, ""))}</formula></cfRule>`;
      return `<conditionalFormatting sqref="${cf.ref}">${rule}</conditionalFormatting>`;
    })
    .join("");
}

function validationsXml(sheet: WorkbookSheet): string {
  const list = sheet.validations ?? [];
  if (!list.length) return "";
  const items = list.map((v) => {
    const common = `allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="${v.strict ? "stop" : "warning"}" errorTitle="${esc(v.errorTitle)}" error="${esc(v.errorMessage)}" sqref="${v.ref}"`;
    const r = v.rule;
    if (r.kind === "list") {
      return `<dataValidation type="list" ${common}><formula1>${esc(r.source.replace(/^=/, ""))}</formula1></dataValidation>`;
    }
    const type = r.kind === "date" ? "date" : "whole";
    return `<dataValidation type="${type}" operator="between" ${common}><formula1>${r.min}</formula1><formula2>${r.max}</formula2></dataValidation>`;
  });
  return `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;
}

function tableXml(t: { id: number; name: string; ref: string; headers: readonly string[] }): string {
  return (
    XML_HEAD +
    `<table xmlns="${NS_MAIN}" id="${t.id}" name="${esc(t.name)}" displayName="${esc(t.name)}" ref="${t.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${t.ref}"/>` +
    `<tableColumns count="${t.headers.length}">${t.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${esc(h)}"/>`).join("")}</tableColumns>` +
    `<tableStyleInfo name="${TABLE_STYLE}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}

/** SpreadsheetML's paper size codes. */
const PAPER_SIZES = { A4: 9 } as const;

function contentTypes(sheetCount: number, tableCount: number, drawingCount: number, chartCount: number): string {
  const ct = "application/vnd.openxmlformats-officedocument";
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.spreadsheetml.sheet.main+xml"/>` +
    Array.from(
      { length: sheetCount },
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.spreadsheetml.worksheet+xml"/>`,
    ).join("") +
    Array.from({ length: tableCount }, (_, i) => `<Override PartName="/xl/tables/table${i + 1}.xml" ContentType="${ct}.spreadsheetml.table+xml"/>`).join("") +
    Array.from({ length: drawingCount }, (_, i) => `<Override PartName="/xl/drawings/drawing${i + 1}.xml" ContentType="${DRAWING_CONTENT_TYPE}"/>`).join("") +
    Array.from({ length: chartCount }, (_, i) => `<Override PartName="/xl/charts/chart${i + 1}.xml" ContentType="${CHART_CONTENT_TYPE}"/>`).join("") +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.spreadsheetml.sharedStrings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/>` +
    "</Types>"
  );
}
