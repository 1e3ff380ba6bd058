import { demoFill, makeCatalog, mergeForms, scoreForm, validateForm } from "../../../src/core";
import { kindOf, registerKind } from "../../../src/core/kinds";
import { buildSheetPlan } from "../../../src/plan";
import { coreFigure } from "../../../src/plan/figures";
import { planKindOf, registerPlanKind } from "../../../src/plan/kinds";
import { formsOf, readReturned, readWorkbook, writeWorkbook } from "../../../src/render/xlsx";
import { yesNoCore, yesNoPlan, yesNoTemplate as t } from "../../fixtures/kinds/yesNoKind";

/** A kind is its module and its registration: a made-up sixth kind works end to end with no edit in src. */

const catalog = makeCatalog([t]);

test("an unregistered kind is refused by name, not scored or drawn as another kind", () => {
  expect(() => kindOf(t)).toThrow(/kind "yesNo", which no module registers/);
  expect(() => planKindOf(t)).toThrow(/kind "yesNo", which no sheet part registers/);
  expect(() => buildSheetPlan(t)).toThrow(/yesNo/);
});

describe("registered", () => {
  beforeAll(() => {
    registerKind(yesNoCore);
    registerPlanKind(yesNoPlan);
  });

  const returned = (variant: number, values?: Record<string, string>) => {
    const fill = demoFill(t, { variant, iestade: `Dienests ${variant}` });
    return writeWorkbook([buildSheetPlan(t, { fill: values ? { ...fill, values } : fill })]).bytes;
  };

  test("its sheet has its own table, dropdown, results and chart, and the core has a figure for every result cell", () => {
    const plan = buildSheetPlan(t, { fill: demoFill(t) });
    expect(plan.table.headers).toEqual(["Kods", "Jautājums", "Atbilde", "Piezīmes"]);
    expect(plan.validations.some((v) => v.rule.kind === "list" && v.rule.values.join() === "Jā,Nē")).toBe(true);
    expect(plan.charts.map((c) => c.title)).toEqual(["Gatavība pa jomām"]);
    const [form] = formsOf(readWorkbook(returned(0)), catalog).forms;
    expect(plan.results.filter((r) => r.what.measure === "nonCompliancePct").map((r) => (r.what as { group: string }).group)).toEqual(["A", "A.1", "A.2", "B"]);
    for (const r of plan.results) expect([r.what, coreFigure(form, r.what)]).toEqual([r.what, expect.anything()]);
  });

  test("it scores by its own module, validates by its own rule, and merges by the scale's rules", () => {
    const [form] = formsOf(readWorkbook(returned(1, { "A.1.1": "Nē", "A.1.2": "Jā", "A.2.1": "Jā", "B.1": "Nē", "B.2": "Nē" })), catalog).forms;
    const score = scoreForm(form);
    expect(score.groups.map((g) => [g.code, g.nonCompliancePct])).toEqual([
      ["A", (1 / 3) * 100],
      ["A.1", 50],
      ["A.2", 0],
      ["B", 100],
    ]);
    expect(score.overallNonCompliancePct).toBe(60);
    expect(
      validateForm(form)
        .filter((f) => f.severity === "warning")
        .map((f) => f.code),
    ).toEqual(["A.1.1", "B.1", "B.2"]);
    const merged = mergeForms(
      [
        readReturned("a.xlsx", returned(1, { "A.1.1": "Nē", "A.1.2": "Jā", "A.2.1": "Jā", "B.1": "Jā", "B.2": "Jā" }), undefined, catalog),
        readReturned("b.xlsx", returned(2, { "A.1.1": "Jā", "A.1.2": "Jā", "A.2.1": "Jā", "B.1": "Jā", "B.2": "Jā" }), undefined, catalog),
      ],
      { catalog },
    );
    expect(merged.accepted).toHaveLength(2);
    const a = merged.aggregates[0].groups.find((g) => g.code === "A")!;
    expect([a.nonCompliancePct, a.servicesWithNonCompliancePct]).toEqual([(1 / 6) * 100, 50]);
  });
});
