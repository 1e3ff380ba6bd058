import { strFromU8, unzipSync } from "fflate";
import { demoFill, findTemplate } from "../../../src/core";
import { buildSheetPlan, cellRef, parseRange, type SheetPlan } from "../../../src/plan";
import { BORDER_COLOR, LOOKS, PAGE_SETUP, TABLE_STYLE } from "../../../src/plan/looks";
import { insertSheet } from "../../../src/render/office";
import { writeWorkbook } from "../../../src/render/xlsx";
import { ExcelDouble } from "../../doubles/excel";
import { saveXlsx } from "../../doubles/excel/xlsx";

/**
 * What both renderers draw from the plan: the input cells' borders, the table style, the page setup
 * and the charts. The Office renderer's result (the double's state, saved through the .xlsx writer)
 * has the same chart parts as the file the command line writes from the plan.
 */

const template = findTemplate("pasnovertejums-2023")!;
const plan: SheetPlan = buildSheetPlan(template, { fill: demoFill(template) });

async function insert(apiVersion: string) {
  const excel = new ExcelDouble({ apiVersion });
  const restore = excel.installOffice();
  try {
    const inserted = await excel.run((context) => insertSheet(context, plan));
    expect(excel.meter.records.every((r) => !r.failed)).toBe(true);
    return { excel, sheet: excel.sheet(inserted.sheet) };
  } finally {
    restore();
  }
}

test("input cells get the plan's thin border on every side; other cells none", async () => {
  const { excel } = await insert("1.8");
  const line = { style: "Continuous", weight: "Thin", color: BORDER_COLOR };
  const bordered = plan.styles.filter((s) => LOOKS[s.style].border);
  expect(bordered.length).toBeGreaterThan(4);
  for (const s of bordered) {
    const { r1, c1, r2, c2 } = parseRange(s.ref);
    for (const [r, c] of [
      [r1, c1],
      [r2, c2],
    ]) {
      const ref = cellRef(r, c);
      expect([ref, excel.cell(plan.name, ref)?.borders]).toEqual([ref, { top: line, bottom: line, left: line, right: line }]);
    }
  }
  const header = parseRange(plan.styles.find((s) => s.style === "header")!.ref);
  expect(excel.cell(plan.name, `A${header.r1}`)?.borders).toBeUndefined();
});

test("the table has the plan's style", async () => {
  const { excel } = await insert("1.8");
  expect(excel.book.tables.map((t) => t.style)).toEqual([TABLE_STYLE]);
});

test("page setup from the plan where Excel has page layout (ExcelApi 1.9); nothing, and no failure, on 1.8", async () => {
  const points = (inches: number) => inches * 72;
  const m = PAGE_SETUP.margins;
  const modern = await insert("1.9");
  expect(modern.sheet.pageLayout).toEqual({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1 },
    leftMargin: points(m.left),
    rightMargin: points(m.right),
    topMargin: points(m.top),
    bottomMargin: points(m.bottom),
    headerMargin: points(m.header),
    footerMargin: points(m.footer),
  });
  const old = await insert("1.8");
  expect(old.sheet.pageLayout).toEqual({});
});

test("the Office renderer's charts, saved as .xlsx, are the chart parts the command line writes", async () => {
  const { excel } = await insert("1.17");
  const partsOf = (bytes: Uint8Array) => {
    const files = unzipSync(bytes);
    return Object.keys(files)
      .filter((n) => /^xl\/(charts|drawings)\//.test(n))
      .sort()
      .map((n) => [n, strFromU8(files[n])]);
  };
  // Excel computes the figures itself (the double saves none); the .xlsx writer stores the core's, in
  // the chart caches and in the formula cells they point at: the one difference is those points.
  const withoutPoints = ([n, xml]: string[]) => [
    n,
    xml.replace(/(<c:numCache>(?:(?!<\/c:numCache>).)*?<c:ptCount val="\d+"\/>)(?:(?!<\/c:numCache>).)*/g, "$1"),
  ];
  const fromOffice = partsOf(saveXlsx(excel.book)).map(withoutPoints);
  const fromPlan = partsOf(writeWorkbook([plan]).bytes).map(withoutPoints);
  expect(fromOffice.map(([n]) => n)).toEqual([
    "xl/charts/chart1.xml",
    "xl/charts/chart2.xml",
    "xl/drawings/_rels/drawing1.xml.rels",
    "xl/drawings/drawing1.xml",
  ]);
  expect(fromPlan.some(([, xml]) => xml.includes("<c:numCache>"))).toBe(true);
  expect(fromOffice).toEqual(fromPlan);
});
