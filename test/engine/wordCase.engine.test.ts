import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoFill, findTemplate, scoreForm, type FormFill } from "../../src/core";
import { buildSheetPlan } from "../../src/plan";
import { formsOf, readWorkbook, writeWorkbook } from "../../src/render/xlsx";
import { formulaErrors, resultMismatches } from "../helpers/figures";
import { recalculate, requireSoffice } from "./libreoffice";

/**
 * A word typed in another case ("izpildīts", "NEATBILST") is accepted by the dropdown (its list is
 * cells, not a typed, case-sensitive list) and counted by the sheet's formulas; the core counts it
 * the same, so the recalculated figures equal the core's and nothing is invalid.
 */
const soffice = requireSoffice();
const maybe = soffice ? describe : describe.skip;

const cases: [string, (i: number) => string][] = [
  ["kuldiga-ricibas-plans-2012", (i) => ["izpildīts", "IZPILDĪTS", "Izpildīts", "procesā", "nav attiecināms"][i % 5]],
  ["uzraudziba-2016", (i) => ["atbilst", "NEATBILST", "Neatbilst", "nav ATTIECINĀMS"][i % 4]],
];

maybe("words in any case count in the sheet as in the core (LibreOffice)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-word-case-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const built = cases.map(([id, word], n) => {
    const template = findTemplate(id)!;
    const demo = demoFill(template);
    const fill: FormFill = { ...demo, values: Object.fromEntries(Object.keys(demo.values).map((c, i) => [c, word(i)])) };
    const plan = buildSheetPlan(template, { fill });
    const file = path.join(dir, `case${n}.xlsx`);
    fs.writeFileSync(file, writeWorkbook([plan]).bytes);
    return { id, plan, file };
  });
  let recalculated: ReturnType<typeof recalculate>;
  beforeAll(() => {
    recalculated = recalculate(
      soffice!,
      built.map((b) => b.file),
    );
  });

  test.each(built.map((b, i) => [b.id, i] as const))("%s", (_id, i) => {
    const { plan, file } = built[i];
    const form = formsOf(readWorkbook(fs.readFileSync(file))).forms[0];
    expect(scoreForm(form).counts.invalid).toBe(0);
    const sheet = recalculated.get(file)!.sheets[0];
    expect(formulaErrors(sheet.cells)).toEqual([]);
    expect(resultMismatches(plan.results, sheet.cells, form)).toEqual([]);
  });
});
