import { readReturned } from "../../src/render/xlsx";
import { createOfficeHost } from "../../src/render/office";
import { PLANTED, checkPlans, firstRatingCell } from "../../src/render/office/selfCheck";
import { calculationDone } from "../../src/render/office/selfCheck/steps";
import { SELF_CHECK_STEPS, type SelfCheckReport } from "../../src/host/selfCheck";
import { demoReturnBytes } from "../../src/taskpane/trainer/demoReturns";
import { ExcelDouble } from "../doubles/excel";

/**
 * The self-check over the Excel double, as a tester would run it in Excel: it passes, it counts the
 * syncs Excel sees, it finds the planted error, it reports a wrong figure at its cell, and the
 * workbook is afterwards exactly as it was — sheets, cells, names, tables, charts, selection.
 */

const returns = async () => (await demoReturnBytes()).map((f) => readReturned(f.name, f.bytes));

/** Everything the double holds, but its id counter (ids of deleted sheets are not reused). */
function state(excel: ExcelDouble) {
  const { nextId: _ignored, ...rest } = structuredClone(excel.book);
  return rest;
}

async function userWorkbook(options: { withTemplate: boolean }) {
  const excel = new ExcelDouble({ calculate: true });
  const restoreOffice = excel.installOffice();
  const host = createOfficeHost({ run: excel.run, displayLanguage: () => "lv-LV" });
  excel.addSheet("Budžets");
  excel.type("Budžets", "A1", "Ienākumi");
  excel.type("Budžets", "B1", 1200);
  excel.type("Budžets", "B2", "=B1*2");
  if (options.withTemplate) await host.insertTemplate({ templateId: "uzraudziba-2016", demo: true });
  await host.selectCell("Budžets", "B2");
  excel.meter.reset();
  return { excel, host, restoreOffice };
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((f) => f());
  cleanups = [];
});

async function check(host: ReturnType<typeof createOfficeHost>): Promise<SelfCheckReport> {
  const progress: string[] = [];
  const report = await host.selfCheck({ returns, onProgress: (step) => progress.push(step) });
  expect(progress).toEqual([...SELF_CHECK_STEPS]);
  return report;
}

describe.each([
  ["a workbook without a template (the check's inserts make the workbook-level names)", false],
  ["a workbook with a template of its own (the check's names go at sheet level)", true],
])("in %s", (_what, withTemplate) => {
  test("every step passes, and the workbook is afterwards exactly as it was", async () => {
    const { excel, host, restoreOffice } = await userWorkbook({ withTemplate });
    cleanups.push(restoreOffice);
    const before = state(excel);
    const names = excel.book.names.map((n) => n.name);

    const report = await check(host);
    expect(report.steps.map((s) => [s.id, s.status, s.problems])).toEqual(SELF_CHECK_STEPS.map((id) => [id, "passed", []]));
    expect(report.passed).toBe(true);
    expect(state(excel)).toEqual(before);
    expect(excel.book.names.map((n) => n.name)).toEqual(names);
    expect(excel.book.selection?.sheet.name).toBe("Budžets");

    // The syncs reported are the syncs "Excel" saw, step by step.
    expect(report.steps.reduce((n, s) => n + s.syncs, 0)).toBe(excel.meter.syncs);
    const insert = report.steps.find((s) => s.id === "insert")!;
    expect(insert.counts.sheets).toBe(checkPlans().length);
    // Two to read the workbook first (its parts, then the selection), two per template, one to read
    // back the page setup.
    expect(insert.syncs).toBe(2 + 2 * checkPlans().length + 1);
    expect(report.steps.find((s) => s.id === "calculation")!.counts.cells).toBeGreaterThan(200);
    expect(report.steps.find((s) => s.id === "results")!.counts.charts).toBeGreaterThan(5);
    expect(report.steps.find((s) => s.id === "merge")!.counts.files).toBe(3);
    expect(report.steps.find((s) => s.id === "cleanup")!.counts.names).toBe(withTemplate ? 0 : 4);
  });
});

test("the report says where it ran: host, platform, version and the ExcelApi sets", async () => {
  const { excel, host, restoreOffice } = await userWorkbook({ withTemplate: false });
  cleanups.push(restoreOffice);
  excel.apiVersion = "1.12";
  const report = await check(host);
  expect(report.environment).toMatchObject({ host: "Excel", platform: "ExcelApiTestDouble", displayLanguage: "lv-LV", calculationMode: "Automatic" });
  expect(report.environment.excelApi.filter((s) => s.supported).map((s) => s.version)).toEqual(Array.from({ length: 12 }, (_, i) => `1.${i + 1}`));
  expect(report.environment.excelApi).toHaveLength(20);
});

test("in manual calculation the check asks Excel to calculate its own sheets, and says the mode", async () => {
  const { excel, host, restoreOffice } = await userWorkbook({ withTemplate: false });
  cleanups.push(restoreOffice);
  excel.calculationMode = "Manual";
  const report = await check(host);
  expect(report.passed).toBe(true);
  expect(report.environment.calculationMode).toBe("Manual");
  const calculated = excel.meter.records.flatMap((r) => r.actions).filter((a) => a === "calculate").length;
  expect(calculated).toBe(checkPlans().length);
});

test("a wrong figure from Excel fails the calculation step at that cell, and the workbook is still restored", async () => {
  const { excel, host, restoreOffice } = await userWorkbook({ withTemplate: false });
  cleanups.push(restoreOffice);
  const before = state(excel);
  const plan = checkPlans().find((p) => p.templateId === "uzraudziba-2016")!;
  const cell = plan.results[0];
  // The check names its sheets KV_pārbaude_1… in the catalogue's order; uzraudziba-2016 is first.
  excel.miscalculate = (sheet, ref, value) => (sheet === "KV_pārbaude_1" && ref === cell.ref ? 99.5 : value);

  const report = await check(host);
  expect(report.passed).toBe(false);
  const calculation = report.steps.find((s) => s.id === "calculation")!;
  expect(calculation.status).toBe("failed");
  expect(calculation.problems).toEqual([expect.objectContaining({ kind: "differs", where: `KV_pārbaude_1!${cell.ref}`, got: "99.5" })]);
  expect(calculation.problems[0]).toMatchObject({ what: expect.stringContaining("uzraudziba-2016") });
  expect(report.steps.filter((s) => s.status !== "passed").map((s) => s.id)).toEqual(["calculation"]);
  expect(state(excel)).toEqual(before);
});

test("validation that misses the planted error fails at that cell", async () => {
  const { excel, restoreOffice } = await userWorkbook({ withTemplate: false });
  cleanups.push(restoreOffice);
  const plan = checkPlans().find((p) => p.templateId === PLANTED.templateId)!;
  const cell = firstRatingCell(plan);
  // An "Excel" that drops the planted value: the rating stays valid and nothing is found.
  const realRun = excel.run;
  let planted = false;
  excel.run = async <T>(options: unknown, batch?: (context: Excel.RequestContext) => Promise<T>) =>
    realRun(options as object, async (context: Excel.RequestContext) => {
      const sheets = context.workbook.worksheets;
      const getItem = sheets.getItem.bind(sheets);
      sheets.getItem = (key: string) => {
        const ws = getItem(key);
        const getRange = ws.getRange.bind(ws);
        ws.getRange = (address?: string) => {
          const range = getRange(address);
          if (address === cell && !planted) {
            Object.defineProperty(range, "values", { set: () => void (planted = true) });
          }
          return range;
        };
        return ws;
      };
      return batch!(context);
    });
  const report = await createOfficeHost({ run: excel.run }).selfCheck({ returns });
  expect(planted).toBe(true);
  const validation = report.steps.find((s) => s.id === "validation")!;
  expect(validation.status).toBe("failed");
  expect(validation.problems).toContainEqual(expect.objectContaining({ where: expect.stringMatching(new RegExp(`!${cell}$`)), got: "none" }));
  expect(report.steps.find((s) => s.id === "cleanup")!.status).toBe("passed");
});

test("a step Excel refuses fails with Excel's words, the steps after it are skipped, and cleanup still runs", async () => {
  const { excel, host, restoreOffice } = await userWorkbook({ withTemplate: false });
  cleanups.push(restoreOffice);
  const before = state(excel);
  // An Excel too old for data validation refuses the inserts (ExcelApi 1.8) part-way.
  excel.apiVersion = "1.7";
  const report = await check(host);
  excel.apiVersion = "1.17";
  expect(report.steps.map((s) => [s.id, s.status])).toEqual([
    ["insert", "failed"],
    ["calculation", "skipped"],
    ["validation", "skipped"],
    ["results", "skipped"],
    ["merge", "skipped"],
    ["cleanup", "passed"],
  ]);
  expect(report.steps[0].problems[0]).toMatchObject({ kind: "error", code: "ApiNotFound" });
  expect(state(excel)).toEqual(before);
});

test("the report sheet, asked for, is the only change: one new sheet, its lines as text in column A", async () => {
  const { excel, host, restoreOffice } = await userWorkbook({ withTemplate: false });
  cleanups.push(restoreOffice);
  excel.addSheet("Pašpārbaude");
  const before = state(excel);
  const lines = ["Kvalitāte — pašpārbaudes pārskats", "", "=SUM(A1)", "1.5"];
  const written = await host.writeReportSheet(lines);
  expect(written.sheet).toBe("Pašpārbaude (2)");
  const after = state(excel);
  expect(after.sheets.map((s) => s.name)).toEqual([...before.sheets.map((s) => s.name), "Pašpārbaude (2)"]);
  const shown = { activeSheet: undefined, shownSheet: undefined, selection: undefined };
  expect({ ...after, sheets: after.sheets.slice(0, -1), ...shown }).toEqual({ ...before, ...shown });
  expect(["A1", "A2", "A3", "A4"].map((ref) => excel.cell("Pašpārbaude (2)", ref)?.value)).toEqual([
    "Kvalitāte — pašpārbaudes pārskats",
    undefined,
    "=SUM(A1)",
    "1.5",
  ]);
  expect(excel.cell("Pašpārbaude (2)", "A3")?.formula).toBeUndefined();
});

test("fit to page set but not applied (office-js #1860) fails the insert step, naming each sheet", async () => {
  const { excel, host, restoreOffice } = await userWorkbook({ withTemplate: false });
  cleanups.push(restoreOffice);
  excel.regressions = ["office-js#1860"];
  const report = await check(host);
  const insert = report.steps.find((s) => s.id === "insert")!;
  expect(insert.status).toBe("failed");
  expect(insert.problems).toHaveLength(checkPlans().length);
  expect(insert.problems[0]).toMatchObject({ kind: "differs", where: "KV_pārbaude_1", what: "page setup: fit to page", got: JSON.stringify({ scale: 100 }) });
});

test("while Excel is still calculating after the inserts (office-js #2883, #4760) the check waits for Done before comparing", async () => {
  const { excel, host, restoreOffice } = await userWorkbook({ withTemplate: false });
  cleanups.push(restoreOffice);
  excel.calculationsPending = 3;
  const report = await check(host);
  const calculation = report.steps.find((s) => s.id === "calculation")!;
  expect([calculation.status, calculation.problems]).toEqual(["passed", []]);
  expect(excel.calculationsPending).toBe(0);
});

test("a calculation that never ends is reported after the timeout, in syncs bounded by the time", async () => {
  const excel = new ExcelDouble();
  const restoreOffice = excel.installOffice();
  cleanups.push(restoreOffice);
  excel.calculationsPending = Number.MAX_SAFE_INTEGER;
  let clock = 0;
  const done = await excel.run((context) => calculationDone(context, 1_000, () => (clock += 250)));
  expect(done).toBe(false);
  expect(excel.meter.syncs).toBeLessThanOrEqual(5);
});
