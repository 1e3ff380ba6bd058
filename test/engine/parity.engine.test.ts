import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoFill, templates, type FormFill, type Template } from "../../src/core";
import { buildSheetPlan } from "../../src/plan";
import { formsOf, readWorkbook, writeWorkbook } from "../../src/render/xlsx";
import { formulaErrors, resultMismatches } from "../helpers/figures";
import { brokenFill } from "../helpers/brokenFill";
import { recalculate, requireSoffice } from "./libreoffice";

/**
 * Engine parity: every template, written by the .xlsx renderer with demonstration data (and with
 * typical mistakes), recalculated by LibreOffice: no formula cell in error, and every result cell
 * equal to the TypeScript core's figure for the same entries.
 */

const soffice = requireSoffice();
const maybe = soffice ? describe : describe.skip;

const cases: { name: string; template: Template; fill: FormFill }[] = templates.flatMap((t) => [
  { name: `${t.id} demo`, template: t, fill: demoFill(t) },
  { name: `${t.id} with mistakes`, template: t, fill: brokenFill(t) },
]);

maybe("LibreOffice recalculates every result formula to the core's figure", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-parity-"));
  const files = cases.map((c, i) => {
    const file = path.join(dir, `case${i}.xlsx`);
    fs.writeFileSync(file, writeWorkbook([buildSheetPlan(c.template, { fill: c.fill })]).bytes);
    return file;
  });
  let recalculated: ReturnType<typeof recalculate>;
  beforeAll(() => {
    recalculated = recalculate(soffice!, files);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each(cases.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
    const { template, fill } = cases[i];
    const plan = buildSheetPlan(template, { fill });
    const form = formsOf(readWorkbook(fs.readFileSync(files[i]))).forms[0];
    expect(form.template.id).toBe(template.id);

    const sheet = recalculated.get(files[i])!.sheets[0];
    expect(formulaErrors(sheet.cells)).toEqual([]);
    const formulaCells = [...sheet.cells.values()].filter((c) => c.formula).length;
    expect(formulaCells).toBeGreaterThanOrEqual(plan.results.length);

    expect(resultMismatches(plan.results, sheet.cells, form)).toEqual([]);
  });
});
