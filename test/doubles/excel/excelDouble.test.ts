import { readWorkbook } from "../../../src/render/xlsx";
import { DoubleError, ExcelDouble } from ".";
import { saveXlsx } from "./xlsx";

/** The double holds the add-in to Office's rules; these tests hold the double to them. */

async function withSheet(excel: ExcelDouble, name = "Lapa1") {
  excel.addSheet(name);
  const context = excel.context();
  return { context, sheet: context.workbook.worksheets.getItem(name) };
}

describe("load and sync", () => {
  test("a property not loaded and synced throws PropertyNotLoaded; after load + sync it reads", async () => {
    const excel = new ExcelDouble();
    const { context, sheet } = await withSheet(excel);
    excel.type("Lapa1", "A1", "sveiki");
    const range = sheet.getRange("A1");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await context.sync();
    expect(range.values).toEqual([["sveiki"]]);
    expect(() => range.address).toThrow(DoubleError);
  });

  test("writes are queued and applied only at sync, in order", async () => {
    const excel = new ExcelDouble();
    const { context, sheet } = await withSheet(excel);
    sheet.getRange("A1").values = [[1]];
    sheet.getRange("A1").values = [[2]];
    expect(excel.cell("Lapa1", "A1")).toBeUndefined();
    await context.sync();
    expect(excel.cell("Lapa1", "A1")?.value).toBe(2);
    expect(excel.meter.syncs).toBe(1);
    expect(excel.meter.records[0].operations).toBe(2);
  });

  test("collections load their items, nested paths included", async () => {
    const excel = new ExcelDouble();
    const { context, sheet } = await withSheet(excel);
    sheet.getRange("A1:B2").values = [
      ["Kods", "Vērtējums"],
      ["1", 3],
    ];
    sheet.tables.add("A1:B2", true).name = "T";
    await context.sync();
    const tables = context.workbook.tables.load({ name: true, worksheet: { name: true }, columns: { name: true } });
    await context.sync();
    expect(tables.items.map((t) => [t.name, t.worksheet.name, t.columns.items.map((c) => c.name)])).toEqual([["T", "Lapa1", ["Kods", "Vērtējums"]]]);
  });

  test("getItemOrNullObject tells a missing item by isNullObject", async () => {
    const excel = new ExcelDouble();
    const { context } = await withSheet(excel);
    const missing = context.workbook.worksheets.getItemOrNullObject("Nav").load("name");
    const present = context.workbook.worksheets.getItemOrNullObject("lapa1").load("name");
    await context.sync();
    expect([missing.isNullObject, present.isNullObject, present.name]).toEqual([true, false, "Lapa1"]);
  });

  test("an operation that fails stops the request; those before it stay applied", async () => {
    const excel = new ExcelDouble();
    const { context, sheet } = await withSheet(excel);
    sheet.getRange("A1").values = [[1]];
    context.workbook.worksheets.getItem("Nav").getRange("A1").values = [[2]];
    sheet.getRange("A2").values = [[3]];
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    expect([excel.cell("Lapa1", "A1")?.value, excel.cell("Lapa1", "A2")]).toEqual([1, undefined]);
  });
});

describe("payload", () => {
  test("a request over 5 MB is refused whole, and counted", async () => {
    const excel = new ExcelDouble();
    const { context, sheet } = await withSheet(excel);
    const big = Array.from({ length: 1000 }, () => ["x".repeat(6000)]);
    sheet.getRange("A1:A1000").values = big;
    await expect(context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.cell("Lapa1", "A1")).toBeUndefined();
    expect(excel.meter.records[0]).toMatchObject({ failed: "RequestPayloadSizeLimitExceeded" });
    expect(excel.meter.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });

  test("request bytes are the JSON size of the queued operations", async () => {
    const excel = new ExcelDouble();
    const { context, sheet } = await withSheet(excel);
    sheet.getRange("A1:A2").values = [["ā".repeat(1000)], ["b".repeat(1000)]];
    await context.sync();
    // "ā" is two bytes in UTF-8.
    expect(excel.meter.records[0].requestBytes).toBeGreaterThan(3000);
    expect(excel.meter.records[0].requestBytes).toBeLessThan(3300);
  });
});

describe("what Excel does with the values it is given", () => {
  test.each([
    ["=1+1", { formula: "=1+1" }],
    ["+A1", { formula: "=+A1" }],
    ["-x", { formula: "=-x" }],
    ["@x", { formula: "=@x" }],
    ["-5", { value: -5 }],
    ["1/2", { value: expect.any(Number) }],
    ["007", { value: 7 }],
    ["'=1+1", { value: "=1+1" }],
    ["teksts", { value: "teksts" }],
  ])("%s in a General cell", async (input, expected) => {
    const excel = new ExcelDouble();
    const { context, sheet } = await withSheet(excel);
    sheet.getRange("A1").formulas = [[input]];
    await context.sync();
    expect(excel.cell("Lapa1", "A1")).toMatchObject(expected);
  });

  test('a cell formatted "@" keeps any text as text', async () => {
    const excel = new ExcelDouble();
    const { context, sheet } = await withSheet(excel);
    const r = sheet.getRange("A1:D1");
    r.numberFormat = [["@", "@", "@", "@"]];
    r.formulas = [["=1+1", "+A1", "007", "1/2"]];
    await context.sync();
    expect(["A1", "B1", "C1", "D1"].map((a) => excel.cell("Lapa1", a))).toEqual(["=1+1", "+A1", "007", "1/2"].map((value) => ({ numberFormat: "@", value })));
  });

  test("a 2-D array must have the range's size", async () => {
    const excel = new ExcelDouble();
    const { context, sheet } = await withSheet(excel);
    sheet.getRange("A1:B2").values = [[1, 2]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("protection", () => {
  test("a protected sheet takes contents only in unlocked cells, and formats only when allowed", async () => {
    const excel = new ExcelDouble();
    const { context, sheet } = await withSheet(excel);
    sheet.getRange("B2").format.protection.locked = false;
    sheet.protection.protect({ allowFormatCells: true });
    await context.sync();
    sheet.getRange("B2").values = [[1]];
    sheet.getRange("A1").format.fill.color = "#ff0000";
    await context.sync();
    expect(excel.cell("Lapa1", "A1")?.fill).toBe("#FF0000");
    sheet.getRange("A1").values = [[1]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    sheet.getRange("A:A").format.columnWidth = 80;
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("requirement sets", () => {
  test("a call above the double's ExcelApi version fails at sync with ApiNotFound", async () => {
    const excel = new ExcelDouble({ apiVersion: "1.8" });
    const { context, sheet } = await withSheet(excel);
    expect([excel.isSetSupported("ExcelApi", "1.8"), excel.isSetSupported("ExcelApi", "1.9"), excel.isSetSupported("ExcelApi", "1.10")]).toEqual([
      true,
      false,
      false,
    ]);
    sheet.pageLayout.setPrintArea("A1:B2");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    excel.apiVersion = "1.10";
    sheet.pageLayout.setPrintArea("A1:B2");
    await context.sync();
    expect(excel.sheet("Lapa1").printArea).toEqual({ r1: 1, c1: 1, r2: 2, c2: 2 });
  });

  test("installOffice puts a minimal Office global in place and takes it away", () => {
    const excel = new ExcelDouble({ apiVersion: "1.9", displayLanguage: "en-US" });
    const restore = excel.installOffice();
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.displayLanguage).toBe("en-US");
    restore();
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
  });
});

test("saves its state as .xlsx that the project's reader reads back", async () => {
  const excel = new ExcelDouble();
  const { context, sheet } = await withSheet(excel, "Mana lapa");
  const r = sheet.getRange("A1:B3");
  r.numberFormat = [
    ["@", "@"],
    ["@", "General"],
    ["@", "General"],
  ];
  r.formulas = [
    ["Kods", "Vērtējums"],
    ["1.1", 4],
    ["1.2", "=B2+1"],
  ];
  sheet.tables.add("A1:B3", true).name = "KV_T";
  context.workbook.names.add("Iestade", sheet.getRange("B2"));
  await context.sync();
  const read = readWorkbook(saveXlsx(excel.book));
  const s = read.sheets[0];
  expect(s.name).toBe("Mana lapa");
  expect(s.tables).toEqual([{ name: "KV_T", ref: "A1:B3", headers: ["Kods", "Vērtējums"] }]);
  expect([s.cells.get("A2")?.value, s.cells.get("B2")?.value, s.cells.get("B3")?.formula]).toEqual(["1.1", 4, "B2+1"]);
  expect(read.names).toEqual([{ name: "Iestade", formula: "'Mana lapa'!$B$2" }]);
});
