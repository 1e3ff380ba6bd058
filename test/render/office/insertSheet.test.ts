import { demoFill, findTemplate, mergeForms, templates } from "../../../src/core";
import { buildSheetPlan, cellRef, mergeSheets, parseCell, parseRange, STAMP_NAME, type SheetPlan } from "../../../src/plan";
import { insertSheet } from "../../../src/render/office";
import { charsToPoints, DATE_FORMAT } from "../../../src/render/office/looks";
import { PROTECTION } from "../../../src/render/office/sheetSteps";
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from "../../doubles/excel";
import { formFromFill } from "../../helpers/forms";

/** Every template of the catalog, rendered into the Excel double: the budget and the contract. */

const demoPlan = (i: number) => buildSheetPlan(templates[i], { fill: demoFill(templates[i]) });

describe.each(templates.map((t, i) => [t.id, i] as const))("%s", (_id, i) => {
  const plan = demoPlan(i);
  let excel: ExcelDouble;
  let restore: () => void;
  beforeAll(async () => {
    excel = new ExcelDouble();
    restore = excel.installOffice();
    const inserted = await excel.run((context) => insertSheet(context, plan));
    expect(inserted).toEqual({ sheet: plan.name, tables: [plan.table.name], syncs: excel.meter.syncs });
  });
  afterAll(() => restore());

  test("inserts in at most 3 syncs, no request over 5 MB, calculation suspended while writing", () => {
    expect(excel.meter.syncs).toBeLessThanOrEqual(3);
    expect(excel.meter.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.meter.records.slice(1).every((r) => r.calculationSuspended)).toBe(true);
    expect(excel.meter.records.every((r) => !r.failed)).toBe(true);
  });

  test("every planned cell holds its content, text as text and dates as dates", () => {
    const wrong: string[] = [];
    for (const block of plan.blocks) {
      const { row, col } = parseCell(block.ref);
      block.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          const ref = cellRef(row + r, col + c);
          const got = excel.cell(plan.name, ref);
          const ok =
            cell === null
              ? got?.value === undefined && got?.formula === undefined
              : "text" in cell
                ? got?.value === (cell.text === "" ? undefined : cell.text) && got?.numberFormat === "@"
                : "number" in cell
                  ? got?.value === cell.number && got?.numberFormat !== "@"
                  : "date" in cell
                    ? got?.value === cell.date && got?.numberFormat === DATE_FORMAT
                    : got?.formula === cell.formula && got?.numberFormat !== "@";
          if (!ok) wrong.push(`${ref}: planned ${JSON.stringify(cell)}, got ${JSON.stringify(got)}`);
        }),
      );
    }
    expect(wrong).toEqual([]);
  });

  test("the contract: stamp and its sheet-level name, the table, the workbook-level metadata names", () => {
    const { book } = excel;
    const sheet = excel.sheet(plan.name);
    expect(excel.cell(plan.name, plan.stampRef)?.value).toBe(plan.stamp);
    const names = book.names.map((n) => [n.name, n.scopeSheet?.name ?? "workbook", `${cellRef(n.area.r1, n.area.c1)}`]);
    expect(names).toEqual(
      expect.arrayContaining([
        [STAMP_NAME, plan.name, plan.stampRef],
        ...(["Iestade", "Periods", "Vertetajs", "Datums"] as const).map((n) => [n, "workbook", plan.metaRefs[n]]),
      ]),
    );
    const table = book.tables.find((t) => t.sheet === sheet)!;
    expect(table.name).toBe(plan.table.name);
    const { r1, c1, r2, c2 } = parseRange(plan.table.ref);
    expect(table.area).toEqual({ r1, c1, r2, c2 });
    expect(plan.table.headers).toEqual(expect.arrayContaining(["Kods"]));
  });

  test("validations, conditional formats, inputs, protection, panes, widths, heights and print area", () => {
    const sheet = excel.sheet(plan.name);
    expect(sheet.validations).toHaveLength(plan.validations.length);
    const list = plan.validations.find((v) => v.rule.kind === "list");
    if (list && list.rule.kind === "list") {
      const got = sheet.validations.find((v) => v.rule?.list);
      expect(got?.rule?.list).toEqual({ inCellDropDown: true, source: list.rule.source });
      expect(got?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    }
    expect(sheet.conditionalFormats).toHaveLength(plan.conditionalFormats.length);
    for (const ref of plan.inputs) {
      const { r1, c1 } = parseRange(ref);
      expect(excel.cell(plan.name, cellRef(r1, c1))?.locked).toBe(false);
    }
    expect(excel.cell(plan.name, plan.stampRef)?.locked).not.toBe(false);
    expect(sheet.protection).toEqual({ protected: true, options: PROTECTION });
    expect(sheet.frozenRows).toBe(plan.freezeRows);
    for (const c of plan.columns) expect(sheet.columnWidths.get(c.index + 1)).toBe(charsToPoints(c.chars));
    for (const [row, h] of Object.entries(plan.rowHeights ?? {})) expect(sheet.rowHeights.get(Number(row))).toBe(h);
    expect(sheet.printArea).toEqual(parseRange(plan.printArea));
    expect(excel.book.activeSheet).toBe(sheet);
  });
});

describe("never overwriting what the user has", () => {
  test("a user's sheet with the template's name is untouched; the new one gets \" (2)\"", async () => {
    const plan = demoPlan(0);
    const excel = new ExcelDouble();
    excel.addSheet(plan.name);
    excel.type(plan.name, "A1", "mans saturs");
    excel.type(plan.name, "B2", 42);
    const before = JSON.stringify([...excel.sheet(plan.name).cells]);
    const inserted = await excel.run((context) => insertSheet(context, plan));
    expect(inserted.sheet).toBe(`${plan.name} (2)`);
    expect(JSON.stringify([...excel.sheet(plan.name).cells])).toBe(before);
    expect(excel.cell(`${plan.name} (2)`, plan.stampRef)?.value).toBe(plan.stamp);
  });

  test('a second insert of the same template gets " (3)" after " (2)", a unique table, and sheet-level names', async () => {
    const plan = demoPlan(0);
    const excel = new ExcelDouble();
    const names: string[] = [];
    for (let k = 0; k < 3; k++) names.push((await excel.run((context) => insertSheet(context, plan))).sheet);
    expect(names).toEqual([plan.name, `${plan.name} (2)`, `${plan.name} (3)`]);
    expect(excel.book.tables.map((t) => t.name)).toEqual([plan.table.name, `${plan.table.name}_2`, `${plan.table.name}_3`]);
    const iestade = excel.book.names.filter((n) => n.name === "Iestade").map((n) => [n.sheet.name, n.scopeSheet?.name ?? "workbook"]);
    expect(iestade).toEqual([
      [plan.name, "workbook"],
      [`${plan.name} (2)`, `${plan.name} (2)`],
      [`${plan.name} (3)`, `${plan.name} (3)`],
    ]);
  });

  test("a long name stays within 31 characters with its suffix", async () => {
    const plan: SheetPlan = { ...demoPlan(0), name: "Ļoti gara lapas nosaukuma daļa 31" };
    const excel = new ExcelDouble();
    await excel.run((context) => insertSheet(context, plan));
    const second = await excel.run((context) => insertSheet(context, plan));
    expect(second.sheet).toHaveLength(31);
    expect(second.sheet.endsWith(" (2)")).toBe(true);
  });
});

describe("text stays text", () => {
  test.each(["=SUM(A1:A9)", "+371 29 123 456", "-5 punkti", "@vadītājs", "1/2", "007"])("%s is written as text", async (text) => {
    const base = demoPlan(0);
    const plan: SheetPlan = { ...base, blocks: [...base.blocks, { ref: base.metaRefs.Iestade, rows: [[{ text }]] }] };
    const excel = new ExcelDouble();
    await excel.run((context) => insertSheet(context, plan));
    expect(excel.cell(plan.name, plan.metaRefs.Iestade)).toMatchObject({ value: text, numberFormat: "@" });
    expect(excel.cell(plan.name, plan.metaRefs.Iestade)?.formula).toBeUndefined();
  });
});

describe("requirement sets", () => {
  test("on ExcelApi 1.8 (the manifest's minimum) the sheet is complete but for the print area", async () => {
    const excel = new ExcelDouble({ apiVersion: "1.8" });
    const restore = excel.installOffice();
    try {
      const plan = demoPlan(0);
      await excel.run((context) => insertSheet(context, plan));
      const sheet = excel.sheet(plan.name);
      expect(sheet.printArea).toBeUndefined();
      expect(sheet.protection.protected).toBe(true);
      expect(excel.meter.records.every((r) => !r.failed)).toBe(true);
    } finally {
      restore();
    }
  });
});

test("the merge's summary sheets (plans without a stamp or protection) insert within the same budget", async () => {
  const template = findTemplate("pasnovertejums-2023")!;
  const files = [0, 1, 2].map((variant) => ({ file: `f${variant}.xlsx`, forms: [formFromFill(template, demoFill(template, { variant }))] }));
  const sheets = mergeSheets(mergeForms(files));
  const excel = new ExcelDouble();
  for (const sheet of sheets) {
    excel.meter.reset();
    const inserted = await excel.run((context) => insertSheet(context, sheet));
    expect(inserted.syncs).toBeLessThanOrEqual(3);
    expect(excel.meter.records.every((r) => !r.failed && r.requestBytes < PAYLOAD_LIMIT_BYTES)).toBe(true);
    expect(excel.sheet(inserted.sheet).protection.protected).toBe(Boolean(sheet.protect));
  }
  expect(excel.book.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
});
