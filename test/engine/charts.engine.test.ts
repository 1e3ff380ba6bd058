import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoFill, findTemplate, mergeForms, type FormFill } from "../../src/core";
import { buildSheetPlan, MERGE_SHEETS, PAGE_SETUP, mergeSheets, parseCell, rangeRef, type ChartPlan, type WorkbookSheet } from "../../src/plan";
import { readReturned, writeWorkbook } from "../../src/render/xlsx";
import { charsToPoints } from "../../src/render/office/looks";
import { convert, requireSoffice } from "./libreoffice";
import { odsCharts } from "./odsCharts";

/**
 * The .xlsx writer's native charts, opened by LibreOffice: every chart of the plan is a chart object
 * of the right kind in the .ods LibreOffice saves, its series point at the plan's ranges and its
 * value axis runs over the scale. Each chart kind is also printed to a PNG in test-results/charts/
 * for a person to look at (LibreOffice's PDF, rasterised by pdftoppm from poppler-utils).
 */

const soffice = requireSoffice();
const maybe = soffice ? describe : describe.skip;
const DPI = 110;
const RESULTS = path.resolve(__dirname, "..", "..", "test-results", "charts");

function pdftoppm(): string | undefined {
  const found = ["/usr/bin/pdftoppm", "/usr/local/bin/pdftoppm"].find((p) => fs.existsSync(p));
  if (!found && process.env.CI === "true") throw new Error("pdftoppm is required when CI=true: apt-get install poppler-utils");
  return found;
}

const template = (id: string) => {
  const t = findTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};
const demoSheet = (id: string, periods?: number, iestade?: string, better = false) => {
  const t = template(id);
  const fill = demoFill(t);
  const values = better
    ? improved(
        fill.values,
        t.scale.values.map((v) => v.value),
      )
    : fill.values;
  return buildSheetPlan(t, { fill: { ...fill, values, meta: { ...fill.meta, ...(periods ? { periods } : {}), ...(iestade ? { iestade } : {}) } } });
};

/** A later period's return: every other rating a step better, so the periods' series differ in the images. */
function improved(values: FormFill["values"], scale: readonly (string | number)[]): FormFill["values"] {
  const better = (v: string | number) => {
    const i = scale.indexOf(v);
    if (i < 0) return v;
    return typeof v === "number" ? scale[Math.min(i + 1, scale.length - 1)] : scale[0];
  };
  return Object.fromEntries(Object.entries(values).map(([code, v], i) => [code, i % 2 ? v : better(v)]));
}

/** The merge's sheets over two periods of two templates, as `kvalitate merge` builds them. */
function mergedSheets(): WorkbookSheet[] {
  const returns = [
    ["u14.xlsx", demoSheet("uzraudziba-2016", 2014)],
    ["u15.xlsx", demoSheet("uzraudziba-2016", 2015, "Otrs dienests", true)],
    ["p24.xlsx", demoSheet("pasnovertejums-2023", 2024)],
    ["p25.xlsx", demoSheet("pasnovertejums-2023", 2025, undefined, true)],
  ] as const;
  return mergeSheets(mergeForms(returns.map(([name, plan]) => readReturned(name, writeWorkbook([plan]).bytes))));
}

const ODS_CLASS: Record<ChartPlan["kind"], string> = { barClustered: "chart:bar", columnClustered: "chart:bar", radar: "chart:radar", pie: "chart:circle" };

/** "'Sheet'.H40:'Sheet'.H44", as LibreOffice writes a range. */
function odsRange(sheet: string, ref: string): string {
  const q = `'${sheet.replace(/'/g, "''")}'`;
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  return `${q}.${a}:${q}.${b}`;
}

/** What the .ods should hold for one chart of the plan. */
function expected(sheet: string, c: ChartPlan) {
  return {
    name: c.name,
    class: ODS_CLASS[c.kind],
    horizontal: c.kind === "barClustered",
    title: c.title,
    series: c.series.map((s) => odsRange(sheet, s.values)),
    categories: odsRange(sheet, c.categories),
    axis: c.axis ? { min: c.axis.min, max: c.axis.max, step: c.axis.majorUnit } : { min: undefined, max: undefined, step: undefined },
  };
}

const cases: { file: string; sheet: WorkbookSheet; workbook: () => WorkbookSheet[]; kinds: string[] }[] = [];
const add = (file: string, sheets: WorkbookSheet[], sheetName: string, kinds: string[]) =>
  cases.push({ file, sheet: sheets.find((s) => s.name === sheetName)!, workbook: () => sheets, kinds });
const selfAssessment = demoSheet("pasnovertejums-2023");
add("pasnovertejums-2023", [selfAssessment], selfAssessment.name, ["columnClustered", "radar"]);
const supervision = demoSheet("uzraudziba-2016");
add("uzraudziba-2016", [supervision], supervision.name, ["barClustered"]);
const survey = demoSheet("kuldiga-aptauja-2011");
add("kuldiga-aptauja-2011", [survey], survey.name, ["pie", "barClustered"]);
const actionPlan = demoSheet("kuldiga-ricibas-plans-2012");
add("kuldiga-ricibas-plans-2012", [actionPlan], actionPlan.name, ["barClustered"]);
const merged = mergedSheets();
add("merge", merged, MERGE_SHEETS.charts, ["barClustered", "columnClustered", "radar"]);

maybe("LibreOffice opens the .xlsx writer's charts as charts", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-charts-"));
  let ods: string[] = [];
  beforeAll(() => {
    const files = cases.map((c) => {
      const file = path.join(dir, `${c.file}.xlsx`);
      fs.writeFileSync(file, writeWorkbook(c.workbook()).bytes);
      return file;
    });
    ods = convert(soffice!, files, "ods", dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(cases.map((c, i) => [c.file, i] as const))("%s: every chart of the plan, of its kind, over the plan's ranges and the scale's axis", (_file, i) => {
    const { sheet, kinds } = cases[i];
    const charts = sheet.charts ?? [];
    expect(new Set(charts.map((c) => c.kind))).toEqual(new Set(kinds));
    const found = odsCharts(fs.readFileSync(ods[i]));
    expect(found).toEqual(charts.map((c) => expected(sheet.name, c)));
  });

  test("a merge over two periods has one series per period", () => {
    const sheet = cases.find((c) => c.file === "merge")!.sheet;
    expect(sheet.charts!.map((c) => c.series.map((s) => s.name))).toEqual([
      ["2014", "2015"],
      ["2024", "2025"],
      ["2024", "2025"],
    ]);
  });
});

/**
 * The print area that holds one chart: from its top-left cell, as many columns and rows as its
 * size in points covers on the sheet's widths and heights, so the first printed page is the chart.
 */
function chartPrintArea(sheet: WorkbookSheet, c: ChartPlan): string {
  const { row, col } = parseCell(c.anchor.from);
  const widths = new Map(sheet.columns.map((w) => [w.index + 1, charsToPoints(w.chars)]));
  const widthOf = (n: number) => widths.get(n) ?? charsToPoints(8.43);
  const heightOf = (n: number) => sheet.rowHeights?.[n] ?? 15;
  let [c2, w] = [col, widthOf(col)];
  while (w < c.anchor.width) w += widthOf(++c2);
  let [r2, h] = [row, heightOf(row)];
  while (h < c.anchor.height) h += heightOf(++r2);
  return rangeRef(row, col, r2, c2);
}

maybe("an image of each chart kind, as LibreOffice draws it", () => {
  const poppler = pdftoppm();
  const run = poppler ? test : test.skip;
  run("test-results/charts/*.png", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-chart-images-"));
    try {
      fs.mkdirSync(RESULTS, { recursive: true });
      const sizes = cases.flatMap((c) => (c.sheet.charts ?? []).map((chart) => chart.anchor));
      const images = cases.flatMap((c) =>
        (c.sheet.charts ?? []).map((chart) => {
          const file = path.join(dir, `${c.file}-${chart.name.replace(/^KV_diagramma_/, "")}.xlsx`);
          // The chart's sheet alone (its charts read only its own cells), printed over the chart.
          fs.writeFileSync(file, writeWorkbook([{ ...c.sheet, printArea: chartPrintArea(c.sheet, chart) }]).bytes);
          return file;
        }),
      );
      const pdfs = convert(soffice!, images, "pdf", dir);
      for (const pdf of pdfs) {
        const png = path.join(RESULTS, path.basename(pdf, ".pdf"));
        // The page's top-left margin (0.5 × 0.6 in) holds the chart: crop to it, with a little air.
        const chart = images.indexOf(pdf.replace(/\.pdf$/, ".xlsx"));
        const { width, height } = sizes[chart];
        const px = (inches: number) => String(Math.round(inches * DPI));
        const crop = ["-x", px(PAGE_SETUP.margins.left - 0.1), "-y", px(PAGE_SETUP.margins.top - 0.1), "-W", px(width / 72 + 0.2), "-H", px(height / 72 + 0.2)];
        execFileSync(poppler!, ["-png", "-r", String(DPI), "-f", "1", "-l", "1", "-singlefile", ...crop, pdf, png], { stdio: "pipe" });
        expect(fs.statSync(`${png}.png`).size).toBeGreaterThan(5000);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
