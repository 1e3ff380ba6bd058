import { catalog, demoFill, dynamicsOf, mergeForms, templates, weakPoints, type FormFill, type Template } from "../../../src/core";
import { buildSheetPlan, mergeSheets, type WorkbookSheet } from "../../../src/plan";
import { dynamicsSheet, improvementSheet } from "../../../src/plan/resultSheets";
import { formFromFill } from "../../helpers/forms";
import { FUNCTIONS } from "./calc";
import { figureMismatches } from "../../../src/plan/figures";
import { insertSheet, readForms } from "../../../src/render/office";
import { brokenFill } from "../../helpers/brokenFill";
import { ExcelDouble } from ".";

/**
 * The double's calculation against the core: every template's result cells, as the Office renderer
 * wrote them, computed by the double, equal the core's figures — with demonstration data and with
 * the usual mistakes. (LibreOffice proves the same of a real engine in test/engine.)
 */

async function valuesAfterInsert(excel: ExcelDouble, fill: FormFill, template: Template) {
  const plan = buildSheetPlan(template, { fill });
  await excel.run((context) => insertSheet(context, plan));
  const { forms } = await excel.run((context) => readForms(context));
  const values = await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem(plan.name).getRange("A1:Z200").load("values");
    await context.sync();
    return range.values;
  });
  const at = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return values[Number(m[2]) - 1][m[1].charCodeAt(0) - 65];
  };
  return { plan, form: forms[0], at };
}

describe.each(templates.map((t) => [t.id, t] as const))("%s", (_id, template) => {
  test.each([
    ["demonstration data", demoFill(template)],
    ["typical mistakes", brokenFill(template)],
  ])("the double computes the core's figures from %s", async (_what, fill) => {
    const excel = new ExcelDouble({ calculate: true });
    const { plan, form, at } = await valuesAfterInsert(excel, fill, template);
    expect(plan.results.length).toBeGreaterThan(0);
    expect(figureMismatches(plan.results, at, form)).toEqual([]);
  });
});

/** Every sheet the add-in writes: each template (every version) blank and filled, results, a merge. */
function everyPlan(): WorkbookSheet[] {
  const sheets: WorkbookSheet[] = [];
  for (const template of catalog.all)
    sheets.push(buildSheetPlan(template), buildSheetPlan(template, { fill: demoFill(template) }), buildSheetPlan(template, { fill: brokenFill(template) }));
  const forms = templates.flatMap((t) => [formFromFill(t, demoFill(t, { periods: 2023 })), formFromFill(t, demoFill(t, { periods: 2024 }))]);
  sheets.push(...dynamicsOf(forms).map((d) => dynamicsSheet([d])), dynamicsSheet(dynamicsOf(forms)), improvementSheet(forms.flatMap((f) => weakPoints(f))));
  sheets.push(...mergeSheets(mergeForms(forms.map((f, i) => ({ file: `${i}.xlsx`, forms: [f] })))));
  return sheets;
}

test("the double calculates exactly the functions the add-in's plans write (cells and conditional formats), no fewer and no more", () => {
  const used = new Set<string>();
  const note = (formula: string) => {
    for (const m of formula.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]);
  };
  const sheets = everyPlan();
  expect(sheets.filter((s) => s.name === "Dinamika").length).toBeGreaterThan(0);
  for (const sheet of sheets) {
    for (const block of sheet.blocks) for (const row of block.rows) for (const cell of row) if (cell && "formula" in cell) note(cell.formula);
    for (const format of sheet.conditionalFormats ?? []) if (format.kind === "expression") note(format.formula);
  }
  expect([...used].sort()).toEqual([...FUNCTIONS].sort());
});

test("errors travel until IFERROR, text is not a number, MATCH ignores case and takes wildcards, TRIM only spaces", async () => {
  const excel = new ExcelDouble({ calculate: true });
  excel.addSheet("L");
  const inputs: [string, string | number][] = [
    ["A1", 4],
    ["A2", "4,0"],
    ["A3", "neatbilst"],
    ["A4", "Neatbilst?"],
  ];
  for (const [ref, v] of inputs) excel.type("L", ref, v);
  const formulas = [
    "=1/0",
    '=IFERROR(1/0,"")',
    "=SUMPRODUCT(ISNUMBER(A1:A4)*(A1:A4=4))",
    '=MATCH("NEATBILST",A1:A4,0)',
    "=AVERAGE(A1:A4)",
    "=NOSUCH(1)",
    '=A3&" "&TRIM("  a  b ")',
    "=A2*1",
    '=MATCH("neat*~?",A1:A4,0)',
    '=ISNA(MATCH("x?",A1:A4,0))',
    '=TRIM(" \ta ")',
    '=COUNTIF(A1:A4,"x")',
  ];
  formulas.forEach((f, i) => excel.type("L", `B${i + 1}`, f));
  const values = await excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("L").getRange(`B1:B${formulas.length}`).load("values");
    await context.sync();
    return r.values.map((row) => row[0]);
  });
  // COUNTIF is no function the plans write: the double does not pretend to know it.
  expect(values).toEqual(["#DIV/0!", "", 1, 3, 4, "#NAME?", "neatbilst a b", "#VALUE!", 4, true, "\ta", "#NAME?"]);
});
