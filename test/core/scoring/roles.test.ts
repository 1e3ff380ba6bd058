import { actionStatusScale, complianceScale, demoFill, findTemplate, roleValue, scoreForm, templates, weakPoints, type Template } from "../../../src/core";
import { formFromFill } from "../../helpers/forms";

/** A scale says what its words mean by role; nothing reads a meaning off a value's position. */

test("every compliance scale names its compliant and non-compliant words, every status scale its done word, among its values", () => {
  for (const t of templates) {
    const s = t.scale;
    const words = s.values.map((v) => v.value);
    if (s.kind === "compliance") {
      expect(words).toContain(roleValue(s, "compliant"));
      expect(words).toContain(roleValue(s, "nonCompliant"));
    }
    if (s.kind === "status") expect(words).toContain(roleValue(s, "done"));
  }
  expect(roleValue(complianceScale, "nonCompliant")).toBe("Neatbilst");
  expect(roleValue(actionStatusScale, "done")).toBe("Izpildīts");
});

test("a scale without the role a figure needs is a clear catalog error", () => {
  expect(() => roleValue(actionStatusScale, "nonCompliant")).toThrow(/statuss.*nonCompliant/);
});

test("the figures do not change when a scale lists its values in another order", () => {
  for (const id of ["uzraudziba-2016", "kuldiga-ricibas-plans-2012"]) {
    const t = findTemplate(id)!;
    const reordered: Template = { ...t, scale: { ...t.scale, values: [...t.scale.values].reverse() } };
    const form = formFromFill(t, demoFill(t));
    const same = { ...form, template: reordered };
    expect(scoreForm(same)).toEqual(scoreForm(form));
    expect(weakPoints(same).map((p) => p.code)).toEqual(weakPoints(form).map((p) => p.code));
  }
});

test("words count in any case, as the sheet's comparisons and the cell-sourced dropdown take them", () => {
  const plan = findTemplate("kuldiga-ricibas-plans-2012")!;
  const codes = Object.keys(demoFill(plan).values);
  const fill = { ...demoFill(plan), values: Object.fromEntries(codes.map((c, i) => [c, ["izpildīts", "IZPILDĪTS", "Izpildīts", "procesā"][i % 4]])) };
  const result = scoreForm(formFromFill(plan, fill));
  expect(result.counts.invalid).toBe(0);
  expect(result.overallProgressPct).toBeCloseTo((codes.filter((_, i) => i % 4 !== 3).length / codes.length) * 100, 9);
  const check = findTemplate("uzraudziba-2016")!;
  const checkCodes = Object.keys(demoFill(check).values);
  const words = { ...demoFill(check), values: Object.fromEntries(checkCodes.map((c, i) => [c, i % 2 ? "NEATBILST" : "atbilst"])) };
  expect(scoreForm(formFromFill(check, words)).overallNonCompliancePct).toBeCloseTo((Math.floor(checkCodes.length / 2) / checkCodes.length) * 100, 9);
});
