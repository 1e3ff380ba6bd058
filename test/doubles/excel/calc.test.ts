import { demoFill, templates, type FormFill, type Template } from "../../../src/core";
import { buildSheetPlan } from "../../../src/plan";
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

test("errors travel until IFERROR, text is not a number, COUNTIF ignores case", async () => {
  const excel = new ExcelDouble({ calculate: true });
  excel.addSheet("L");
  const inputs: [string, string | number][] = [["A1", 4], ["A2", "4,0"], ["A3", "neatbilst"], ["A4", "Neatbilst"]];
  for (const [ref, v] of inputs) excel.type("L", ref, v);
  const formulas = ["=1/0", '=IFERROR(1/0,"")', "=SUMPRODUCT(ISNUMBER(A1:A4)*(A1:A4=4))", '=COUNTIF(A1:A4,"NEATBILST")', "=AVERAGE(A1:A4)", "=NOSUCH(1)", '=A3&" "&TRIM("  a  b ")', "=A2*1"];
  formulas.forEach((f, i) => excel.type("L", `B${i + 1}`, f));
  const values = await excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem("L").getRange(`B1:B${formulas.length}`).load("values");
    await context.sync();
    return r.values.map((row) => row[0]);
  });
  expect(values).toEqual(["#DIV/0!", "", 1, 2, 4, "#NAME?", "neatbilst a b", "#VALUE!"]);
});
