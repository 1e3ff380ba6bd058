import { demoFill, templates } from "../../../src/core";
import { buildSheetPlan } from "../../../src/plan";
import { insertSheet } from "../../../src/render/office";
import { ExcelDouble } from "../../doubles/excel";
import { chartAsPlanned, planned } from "./chartShape";

/** Native charts of every template after an insert: what Excel holds is what the plan says. */

describe.each(templates.map((t) => [t.id, t] as const))("%s", (_id, template) => {
  test.each(["1.8", "1.17"])("on ExcelApi %s its charts are the plan's, within 3 syncs", async (apiVersion) => {
    const plan = buildSheetPlan(template, { fill: demoFill(template) });
    const excel = new ExcelDouble({ apiVersion });
    const restore = excel.installOffice();
    try {
      const inserted = await excel.run((context) => insertSheet(context, plan));
      expect(inserted.syncs).toBeLessThanOrEqual(3);
      expect(excel.meter.records.every((r) => !r.failed)).toBe(true);
      const sheet = excel.sheet(inserted.sheet);
      expect(sheet.charts.map(chartAsPlanned)).toEqual(plan.charts.map((c) => planned(inserted.sheet, c)));
      // The sheet is protected after the charts went on.
      expect(sheet.protection.protected).toBe(true);
    } finally {
      restore();
    }
  });
});

test("the catalog has charts of every kind the ministry expects", () => {
  const kinds = new Set(templates.flatMap((t) => buildSheetPlan(t).charts.map((c) => c.kind)));
  expect([...kinds].sort()).toEqual(["barClustered", "columnClustered", "pie", "radar"]);
});

describe("the double's charts", () => {
  test("a protected sheet refuses a chart unless it allows editing objects; a pie has no value axis", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("L");
    excel.type("L", "A1", 1);
    excel.sheet("L").protection = { protected: true, options: {} };
    const context = excel.context();
    const ws = context.workbook.worksheets.getItem("L");
    ws.charts.add("Pie", ws.getRange("A1:A2"), "Columns");
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    excel.sheet("L").protection = { protected: true, options: { allowEditObjects: true } };
    const pie = ws.charts.add("Pie", ws.getRange("A1:A2"), "Columns");
    await context.sync();
    pie.axes.valueAxis.minimum = 0;
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("what Excel refuses: a pie's category axis, a slice's label position on columns, page layout before ExcelApi 1.9", async () => {
    const excel = new ExcelDouble({ apiVersion: "1.8" });
    excel.addSheet("L");
    excel.type("L", "A1", 1);
    const context = excel.context();
    const ws = context.workbook.worksheets.getItem("L");
    const pie = ws.charts.add("Pie", ws.getRange("A1:A2"), "Columns");
    const columns = ws.charts.add("ColumnClustered", ws.getRange("A1:A2"), "Columns");
    await context.sync();
    pie.axes.categoryAxis.reversePlotOrder = true;
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    columns.dataLabels.position = "BestFit";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    columns.dataLabels.position = "OutsideEnd";
    columns.legend.position = "Bottom";
    columns.width = 480;
    await context.sync();
    expect(excel.sheet("L").charts[1]).toMatchObject({
      dataLabels: { position: "OutsideEnd" },
      legend: { visible: true, position: "Bottom" },
      width: 480,
      height: 216,
    });
    ws.pageLayout.orientation = "Landscape";
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("add guesses series as Excel does: a text header names the series, a text first column labels it", async () => {
    const excel = new ExcelDouble();
    excel.addSheet("L");
    [
      ["A1", "Grupa"],
      ["B1", "2014"],
      ["A2", "a"],
      ["B2", 3],
      ["A3", "b"],
      ["B3", 4],
    ].forEach(([r, v]) => excel.type("L", r as string, v as string));
    excel.type("L", "B1", "'2014");
    const context = excel.context();
    const ws = context.workbook.worksheets.getItem("L");
    const chart = ws.charts.add("ColumnClustered", ws.getRange("A1:B3"), "Columns");
    chart.name = "X";
    const list = ws.charts.load("items/name");
    await context.sync();
    expect(list.items.map((c) => c.name)).toEqual(["X"]);
    expect(chartAsPlanned(excel.sheet("L").charts[0]).series).toEqual([{ name: "2014", values: "L!B2:B3", categories: "L!A2:A3" }]);
    ws.charts.getItem("X").delete();
    await context.sync();
    expect(excel.sheet("L").charts).toEqual([]);
  });
});
