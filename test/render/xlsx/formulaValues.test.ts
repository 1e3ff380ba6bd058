import { demoFill, templates } from "../../../src/core";
import { buildSheetPlan } from "../../../src/plan";
import { coreFigures } from "../../../src/plan/figures";
import { formsOf, readWorkbook, writeWorkbook } from "../../../src/render/xlsx";
import { brokenFill } from "../../helpers/brokenFill";

/**
 * Every formula the .xlsx writer puts into a template sheet carries its value (issue 15): readers
 * that do not calculate (pandas, SheetJS, ExcelJS, a mail preview) otherwise see an empty results
 * block. The stored value is the core's figure; the LibreOffice suite proves the formula computes it.
 */
const fills = { blank: () => undefined, demo: demoFill, broken: brokenFill } as const;

describe.each(templates.map((t) => [t.id, t] as const))("%s", (_id, template) => {
  test.each(Object.keys(fills) as (keyof typeof fills)[])("%s: every formula has a stored value, each result the core's figure", (kind) => {
    const plan = buildSheetPlan(template, { fill: fills[kind](template) });
    const workbook = readWorkbook(writeWorkbook([plan]).bytes);
    const { cells } = workbook.sheets[0];
    const formulas = [...cells].filter(([, c]) => c.formula !== undefined);
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter(([, c]) => c.value === null).map(([ref]) => ref)).toEqual([]);
    const figure = coreFigures(formsOf(workbook).forms[0]);
    for (const r of plan.results) expect([r.ref, cells.get(r.ref)?.value]).toEqual([r.ref, figure(r.what) ?? ""]);
  });
});

test("a register's checks store Sakrīt / Nesakrīt as the formula decides", () => {
  const template = templates.find((t) => t.kind === "register")!;
  const fill = demoFill(template);
  const plan = buildSheetPlan(template, { fill: { ...fill, values: { ...fill.values, [Object.keys(fill.values)[0]]: 999 } } });
  const { cells } = readWorkbook(writeWorkbook([plan]).bytes).sheets[0];
  const shown = (plan.checks ?? []).map((c) => cells.get(c.ref)?.value);
  expect(shown).toContain("Nesakrīt");
  expect(shown).toContain("Sakrīt");
});
