import { demoFill, findTemplate, validateForm, type Finding } from "../../../src/core";
import { buildSheetPlan, columnLetter, parseRange } from "../../../src/plan";
import { createOfficeHost } from "../../../src/render/office";
import { INPUT_FILL, MARK_FILL } from "../../../src/render/office/looks";
import { ExcelDouble } from "../../doubles/excel";
import { formFromFill } from "../../helpers/forms";

/** The Office HostAdapter over the Excel double: insert, validate (≤ 2 syncs), mark, select. */

const CHECKLIST = "uzraudziba-2016";
const ASSESSMENT = "kuldiga-kvalitate-2011";

function setup(apiVersion?: string) {
  const excel = new ExcelDouble({ apiVersion });
  const host = createOfficeHost({ run: excel.run, displayLanguage: () => "en-US" });
  return { excel, host };
}

const brief = (f: Finding) => `${f.sheet}!${f.cell} ${f.rule}`;

test("the findings on a demo sheet are the core's findings on the same entries, in 2 syncs", async () => {
  const { excel, host } = setup();
  const inserted = await host.insertTemplate({ templateId: ASSESSMENT, demo: true });
  excel.meter.reset();
  const report = await host.validate();
  const template = findTemplate(ASSESSMENT)!;
  const expected = validateForm(formFromFill(template, demoFill(template)));
  expect(report.sheets).toEqual([inserted.sheet]);
  expect(report.findings).toEqual(expected);
  expect(report.syncs).toBe(2);
  expect(excel.meter.syncs).toBe(2);
});

describe("a broken demo form", () => {
  const plan = buildSheetPlan(findTemplate(CHECKLIST)!);
  const { r1 } = parseRange(plan.table.ref);
  const ratingColumn = columnLetter(plan.table.headers.indexOf(plan.inputHeaders.value) + 1);
  const rating = (k: number) => `${ratingColumn}${r1 + 1 + k}`;
  const broken = { rating: rating(0), second: rating(1), periods: plan.metaRefs.Periods };

  test("lists the findings in ≤ 2 syncs, marks the wrong cells and unmarks them once fixed", async () => {
    const { excel, host } = setup();
    const { sheet } = await host.insertTemplate({ templateId: CHECKLIST, demo: true });
    excel.type(sheet, broken.rating, "jā");
    excel.type(sheet, broken.second, 1);
    excel.type(sheet, broken.periods, "divtūkstoš");
    excel.meter.reset();

    const report = await host.validate();
    expect(report.syncs).toBeLessThanOrEqual(2);
    expect(excel.meter.syncs).toBe(report.syncs);
    expect(report.findings.map(brief)).toEqual(
      expect.arrayContaining([`${sheet}!${broken.rating} rating.invalid`, `${sheet}!${broken.second} rating.invalid`, `${sheet}!${broken.periods} meta.year`]),
    );
    for (const ref of Object.values(broken)) expect(excel.cell(sheet, ref)?.fill).toBe(MARK_FILL);
    expect(excel.cell(sheet, rating(2))?.fill).toBe(INPUT_FILL);

    excel.type(sheet, broken.rating, "Atbilst");
    excel.type(sheet, broken.periods, 2016);
    excel.meter.reset();
    const again = await host.validate();
    expect(again.syncs).toBeLessThanOrEqual(2);
    expect(again.findings.map(brief)).toEqual([`${sheet}!${broken.second} rating.invalid`]);
    expect([broken.rating, broken.periods].map((ref) => excel.cell(sheet, ref)?.fill)).toEqual([INPUT_FILL, INPUT_FILL]);
    expect(excel.cell(sheet, broken.second)?.fill).toBe(MARK_FILL);
  });

  test("a host that did not insert the sheet finds it too, with two more syncs: to look for it, and to read its stamp", async () => {
    const { excel, host } = setup();
    const { sheet } = await host.insertTemplate({ templateId: CHECKLIST, demo: true });
    excel.type(sheet, broken.rating, "jā");
    const fresh = createOfficeHost({ run: excel.run });
    const cold = await fresh.validate();
    const warm = await host.validate();
    expect(cold.findings).toEqual(warm.findings);
    expect([cold.syncs, warm.syncs]).toEqual([4, 2]);
    // Once it knows where the forms are, the fresh host takes two as well.
    expect((await fresh.validate()).syncs).toBe(2);
  });
});

test("forms on several sheets, one sheet at a time, and sheets that are not forms", async () => {
  const { excel, host } = setup();
  const a = await host.insertTemplate({ templateId: CHECKLIST, demo: true });
  const b = await host.insertTemplate({ templateId: ASSESSMENT, demo: false, iestade: "Mans dienests", periods: 2024 });
  // A user's own table with a Kods column, without a stamp, is not a form.
  const own = excel.addSheet("Mana tabula");
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(own.name);
    ws.getRange("A1:B2").values = [
      ["Kods", "Vērtējums"],
      ["1", 5],
    ];
    ws.tables.add(ws.getRange("A1:B2"), true);
    await context.sync();
  });
  const all = await host.validate();
  expect(all.sheets).toEqual([a.sheet, b.sheet]);
  const one = await host.validate(b.sheet);
  expect(one.sheets).toEqual([b.sheet]);
  expect(one.findings.every((f) => f.sheet === b.sheet)).toBe(true);
  // The blank form got the metadata it was given.
  expect(excel.cell(b.sheet, "B5")?.value).toBe("Mans dienests");
  expect(one.findings.some((f) => f.code === "Iestade")).toBe(false);
  expect(one.findings.some((f) => f.rule === "rating.missing")).toBe(true);
});

test("a sheet renamed since the last look is found again", async () => {
  const { excel, host } = setup();
  const { sheet } = await host.insertTemplate({ templateId: CHECKLIST, demo: true });
  excel.sheet(sheet).name = "Pārdēvēta";
  const report = await host.validate();
  expect(report.sheets).toEqual(["Pārdēvēta"]);
  expect(report.syncs).toBeLessThanOrEqual(5);
});

test("selectCell activates the sheet and selects the cell; the display language is Office's", async () => {
  const { excel, host } = setup();
  const { sheet } = await host.insertTemplate({ templateId: CHECKLIST, demo: true });
  excel.addSheet("Cita");
  await host.selectCell(sheet, "E20");
  expect(excel.book.activeSheet?.name).toBe(sheet);
  expect(excel.book.selection?.area).toEqual({ r1: 20, c1: 5, r2: 20, c2: 5 });
  expect(host.displayLanguage()).toBe("en");
});
