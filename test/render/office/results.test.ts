import { weakPoints } from "../../../src/core";
import { buildSheetPlan, CHART_PREFIX, RESULT_SHEETS, IMPROVEMENT_HEADERS } from "../../../src/plan";
import { createOfficeHost, readForms } from "../../../src/render/office";
import { PROTECTION } from "../../../src/render/office/sheetSteps";
import { findTemplate } from "../../../src/core";
import { ExcelDouble } from "../../doubles/excel";
import { chartAsPlanned, planned } from "./chartShape";

/**
 * Results over the Excel double: Dinamika from two periods of one service, the improvement plan's
 * rows, each form's charts rebuilt while a user's own chart stays, and a re-run that duplicates
 * nothing — in a fixed number of syncs.
 */

const KULDIGA = "kuldiga-kvalitate-2011";
const SELF = "pasnovertejums-2023";
// Kuldīga: ten criteria of one item each, rated in D13:D22.
const RATINGS = Array.from({ length: 10 }, (_, i) => `D${13 + i}`);

async function twoPeriods() {
  const excel = new ExcelDouble();
  const restore = excel.installOffice();
  const host = createOfficeHost({ run: excel.run });
  const a = await host.insertTemplate({ templateId: KULDIGA, demo: true, periods: 2023 });
  const b = await host.insertTemplate({ templateId: KULDIGA, demo: true, periods: 2024 });
  // By hand: every rating 2 in 2023; in 2024 every rating 4 but the first, 1.
  RATINGS.forEach((ref, i) => {
    excel.type(a.sheet, ref, 2);
    excel.type(b.sheet, ref, i === 0 ? 1 : 4);
  });
  return { excel, host, restore, a: a.sheet, b: b.sheet };
}

test("Dinamika holds each criterion's averages per period and the overall; Pilnveides plāns lists the weak points", async () => {
  const { excel, host, restore, a, b } = await twoPeriods();
  try {
    const report = await host.buildResults({});
    expect(report.sheets).toEqual([RESULT_SHEETS.dynamics, RESULT_SHEETS.improvement]);
    const d = RESULT_SHEETS.dynamics;
    expect([2, 3].map((r) => [`A${r}`, `B${r}`, `C${r}`, `D${r}`, `E${r}`].map((ref) => excel.cell(d, ref)?.value ?? excel.cell(d, ref)?.formula))).toEqual([
      ["Kods", "Grupa", "2023", "2024", "Izmaiņas"],
      // The change is a live formula: the latest period minus the one before.
      ["1", expect.any(String), 2, 1, expect.stringMatching(/D3-C3/)],
    ]);
    for (let r = 4; r <= 12; r++) expect([excel.cell(d, `C${r}`)?.value, excel.cell(d, `D${r}`)?.value]).toEqual([2, 4]);
    // Overall: the mean of the criterion averages — 2, and (1 + 9 × 4) / 10.
    expect([excel.cell(d, "A13")?.value, excel.cell(d, "C13")?.value, excel.cell(d, "D13")?.value]).toEqual(["Kopumā", 2, 3.7]);
    expect(excel.sheet(d).charts.map((c) => [c.type, c.series.map((s) => s.name)])).toEqual([["ColumnClustered", ["2023", "2024"]]]);

    // Below the midpoint 3: in 2023 all ten criteria and their ten items, in 2024 criterion 1 and its item.
    expect(report.weakPoints).toBe(22);
    const { forms } = await readForms(excel.context());
    const points = forms.flatMap((f) => weakPoints(f));
    const plan = excel.book.tables.find((t) => t.name === "KV_Pilnveides_plans")!;
    expect(plan.area.r2 - plan.area.r1).toBe(22);
    const column = (header: (typeof IMPROVEMENT_HEADERS)[number]) => {
      const c = plan.area.c1 + IMPROVEMENT_HEADERS.indexOf(header);
      return Array.from({ length: 22 }, (_, i) => excel.book.sheets.find((s) => s === plan.sheet)!.cells.get(`${plan.area.r1 + 1 + i},${c}`)?.value);
    };
    expect(column("Lapa")).toEqual(points.map((p) => p.sheet));
    expect(column("Kods")).toEqual(points.map((p) => p.code));
    expect(new Set(column("Lapa"))).toEqual(new Set([a, b]));

    const stricter = await host.buildResults({ threshold: 2 });
    expect(stricter.weakPoints).toBe(2);
  } finally {
    restore();
  }
});

test("charts are rebuilt, a user's chart survives, a re-run duplicates nothing, protection is as it was", async () => {
  const { excel, host, restore, a, b } = await twoPeriods();
  try {
    const self = await host.insertTemplate({ templateId: SELF, demo: true });
    // The user's own chart on a form sheet (added while unprotected, as Excel requires).
    excel.sheet(a).protection = { protected: false, options: {} };
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(a);
      ws.charts.add("Pie", ws.getRange("D13:D22"), "Columns").name = "Mans grafiks";
      ws.protection.protect(PROTECTION);
      await context.sync();
    });
    // A stale chart of the add-in's, as an older version might have left.
    excel.sheet(b).charts[0].name = `${CHART_PREFIX}veca`;

    const first = await host.buildResults({});
    const charts = (sheet: string) => excel.sheet(sheet).charts.map((c) => c.name);
    const kuldiga = buildSheetPlan(findTemplate(KULDIGA)!).charts;
    expect(charts(a)).toEqual(["Mans grafiks", ...kuldiga.map((c) => c.name)]);
    expect(charts(b)).toEqual(kuldiga.map((c) => c.name));
    expect(excel.sheet(self.sheet).charts.map(chartAsPlanned)).toEqual(buildSheetPlan(findTemplate(SELF)!).charts.map((c) => planned(self.sheet, c)));
    expect(first.charts).toBe(2 * kuldiga.length + buildSheetPlan(findTemplate(SELF)!).charts.length + 1);

    const names = excel.book.sheets.map((s) => s.name);
    const before = [a, b, self.sheet].map((s) => JSON.stringify(excel.sheet(s).charts.map(chartAsPlanned)));
    excel.meter.reset();
    const again = await host.buildResults({});
    expect(excel.book.sheets.map((s) => s.name)).toEqual(names);
    expect(names.filter((n) => n === RESULT_SHEETS.dynamics || n === RESULT_SHEETS.improvement)).toHaveLength(2);
    expect([a, b, self.sheet].map((s) => JSON.stringify(excel.sheet(s).charts.map(chartAsPlanned)))).toEqual(before);
    expect(excel.book.tables.filter((t) => t.name.startsWith("KV_Pilnveides_plans"))).toHaveLength(1);
    for (const s of [a, b, self.sheet]) expect(excel.sheet(s).protection).toEqual({ protected: true, options: PROTECTION });
    // The host knows where the forms are: one read, one for the previous plan's entries, one to
    // unprotect the form sheets (alone, so a refusal changes nothing), one write.
    expect([again.syncs, excel.meter.syncs]).toEqual([4, 4]);
  } finally {
    restore();
  }
});

test("the syncs do not grow with the number of sheets: 5 the first time (finding the forms, reading their stamps), 4 on a re-run (keeping the plan's entries), 6 at most", async () => {
  const counts: number[][] = [];
  for (const n of [2, 6]) {
    const excel = new ExcelDouble();
    const restore = excel.installOffice();
    try {
      const inserting = createOfficeHost({ run: excel.run });
      for (let i = 0; i < n; i++) await inserting.insertTemplate({ templateId: i % 2 ? SELF : KULDIGA, demo: true, periods: 2020 + i });
      const host = createOfficeHost({ run: excel.run });
      excel.meter.reset();
      const cold = await host.buildResults({});
      const warm = await host.buildResults({});
      // The worst case: a host that has not seen the forms, on a workbook with a previous plan.
      const coldAgain = await createOfficeHost({ run: excel.run }).buildResults({});
      expect(excel.meter.syncs).toBe(cold.syncs + warm.syncs + coldAgain.syncs);
      expect(excel.meter.records.every((r) => !r.failed)).toBe(true);
      counts.push([cold.syncs, warm.syncs, coldAgain.syncs]);
    } finally {
      restore();
    }
  }
  // Each count includes the one request that unprotects the protected form sheets.
  expect(counts).toEqual([
    [5, 4, 6],
    [5, 4, 6],
  ]);
});

test("without two periods of a service there is no Dinamika; validation never reads the add-in's own sheets", async () => {
  const excel = new ExcelDouble();
  const host = createOfficeHost({ run: excel.run });
  const { sheet } = await host.insertTemplate({ templateId: KULDIGA, demo: true });
  const report = await host.buildResults({});
  expect(report.sheets).toEqual([RESULT_SHEETS.improvement]);
  expect(excel.book.sheets.map((s) => s.name)).toEqual([sheet, RESULT_SHEETS.improvement]);
  // Pilnveides plāns has a Kods column but is not a form: validation looks at the form only.
  const validated = await host.validate();
  expect(validated.sheets).toEqual([sheet]);
  expect(validated.findings.filter((f) => f.sheet === RESULT_SHEETS.improvement)).toEqual([]);
});

test("what the user typed into Pilnveides plāns follows its weak point into the rebuilt plan", async () => {
  const { excel, host, restore } = await twoPeriods();
  try {
    await host.buildResults({});
    const plan = () => excel.book.tables.find((t) => t.sheet.name === RESULT_SHEETS.improvement)!;
    const at = (row: number, header: (typeof IMPROVEMENT_HEADERS)[number]) =>
      `${String.fromCharCode(64 + plan().area.c1 + IMPROVEMENT_HEADERS.indexOf(header))}${row}`;
    const first = plan().area.r1 + 1;
    const key = (row: number) => [excel.cell(RESULT_SHEETS.improvement, at(row, "Lapa"))?.value, excel.cell(RESULT_SHEETS.improvement, at(row, "Kods"))?.value];
    const point = key(first + 21);
    excel.type(RESULT_SHEETS.improvement, at(first + 21, "Rīcība"), "Apmācīt darbiniekus");
    excel.type(RESULT_SHEETS.improvement, at(first + 21, "Statuss"), "Izpildīts");
    excel.type(RESULT_SHEETS.improvement, at(first + 21, "Piezīmes"), "=tikai teksts");
    // 2024's item 1 (rated 1) is the last of 22 rows; below 1.5 only it and its criterion are weak,
    // so it moves up to the second row: the entries follow the point, not the row.
    await host.buildResults({ threshold: 1.5 });
    expect(plan().area.r2 - plan().area.r1).toBe(2);
    const row = Array.from({ length: plan().area.r2 - plan().area.r1 }, (_, i) => first + i).find((r) => JSON.stringify(key(r)) === JSON.stringify(point));
    expect(row).toBe(first + 1);
    expect([at(row!, "Rīcība"), at(row!, "Statuss"), at(row!, "Piezīmes")].map((ref) => excel.cell(RESULT_SHEETS.improvement, ref)?.value)).toEqual([
      "Apmācīt darbiniekus",
      "Izpildīts",
      "=tikai teksts",
    ]);
    const others = Array.from({ length: plan().area.r2 - plan().area.r1 }, (_, i) => first + i).filter((r) => r !== row);
    expect(others.map((r) => excel.cell(RESULT_SHEETS.improvement, at(r, "Rīcība"))?.value)).toEqual(others.map(() => undefined));
  } finally {
    restore();
  }
});
