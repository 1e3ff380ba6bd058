import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoFill, templates, type FilledForm, type FormFill, type Template } from "../../src/core";
import { buildSheetPlan, type SheetPlan } from "../../src/plan";
import { insertSheet, readForms } from "../../src/render/office";
import { ExcelDouble } from "../doubles/excel";
import { saveXlsx } from "../doubles/excel/xlsx";
import { brokenFill } from "../helpers/brokenFill";
import { formulaErrors, resultMismatches } from "../helpers/figures";
import { recalculate, requireSoffice } from "./libreoffice";

/**
 * The Office path end to end: each template rendered by the Office.js renderer into the Excel
 * double, saved as .xlsx, recalculated by LibreOffice. Every result cell must equal the core's
 * figure for the entries the Office renderer reads back from the same double.
 */

const soffice = requireSoffice();
const maybe = soffice ? describe : describe.skip;

interface Case {
  readonly name: string;
  readonly template: Template;
  readonly fill: FormFill;
}

const cases: Case[] = templates.flatMap((t) => [
  { name: `${t.id} demo`, template: t, fill: demoFill(t) },
  { name: `${t.id} with mistakes`, template: t, fill: brokenFill(t) },
]);

maybe("the Office renderer's sheets, recalculated by LibreOffice, give the core's figures", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-office-double-"));
  const rendered: { plan: SheetPlan; form: FilledForm; file: string }[] = [];
  let recalculated: ReturnType<typeof recalculate>;

  beforeAll(async () => {
    for (const [i, c] of cases.entries()) {
      const plan = buildSheetPlan(c.template, { fill: c.fill });
      const excel = new ExcelDouble();
      await excel.run((context) => insertSheet(context, plan));
      const { forms } = await excel.run((context) => readForms(context));
      const file = path.join(dir, `case${i}.xlsx`);
      fs.writeFileSync(file, saveXlsx(excel.book));
      rendered.push({ plan, form: forms[0], file });
    }
    recalculated = recalculate(
      soffice!,
      rendered.map((r) => r.file),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(cases.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
    const { plan, form, file } = rendered[i];
    expect(form.template.id).toBe(cases[i].template.id);
    const sheet = recalculated.get(file)!.sheets[0];
    expect(sheet.name).toBe(plan.name);
    expect(formulaErrors(sheet.cells)).toEqual([]);
    expect(plan.results.length).toBeGreaterThan(0);
    expect(resultMismatches(plan.results, sheet.cells, form)).toEqual([]);
  });
});
