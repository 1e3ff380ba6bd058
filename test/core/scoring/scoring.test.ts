import {
  change,
  dateSerial,
  demoFill,
  findTemplate,
  mean,
  nonCompliancePct,
  overallAcross,
  progressPct,
  scoreForm,
  scoreRegister,
  sharePct,
  type FormFill,
  type Template,
} from "../../../src/core";
import { inspectionRegisterSeedFigures } from "../../../src/core/catalog/families/familiesWithChildren2015";
import { kuldigaSurveySeedFigures } from "../../../src/core/catalog/families/kuldiga2011";
import { formFromFill } from "../../helpers/forms";

const template = (id: string): Template => {
  const t = findTemplate(id);
  if (!t) throw new Error(id);
  return t;
};
const meta = { iestade: "Tests", periods: 2024, vertetajs: "T", datums: dateSerial(2024, 5, 1) };

describe("arithmetic, by hand", () => {
  test("mean", () => {
    expect(mean([1, 2, 4])).toBeCloseTo(7 / 3, 12);
    expect(mean([])).toBeUndefined();
  });
  test("non-compliance: Neatbilst ÷ (Atbilst + Neatbilst) × 100", () => {
    expect(nonCompliancePct(3, 1)).toBe(25);
    expect(nonCompliancePct(0, 0)).toBeUndefined();
    expect(nonCompliancePct(0, 2)).toBe(100);
  });
  test("survey share and action progress", () => {
    expect(sharePct(52, 178)).toBeCloseTo(29.2134831, 6);
    expect(sharePct(1, 0)).toBeUndefined();
    expect(progressPct(3, 10, 2)).toBe(37.5);
    expect(progressPct(0, 2, 2)).toBeUndefined();
  });
  test("change against the previous period", () => {
    expect(change(3.6, 3.1)).toBeCloseTo(0.5, 12);
    expect(change(3.6, undefined)).toBeUndefined();
  });
});

describe("one form", () => {
  test("a checklist group: blanks and not applicable excluded", () => {
    const t = template("uzraudziba-2016");
    // Group 1 has six items: 3 × Atbilst, 1 × Neatbilst, 1 × Nav attiecināms, 1 blank → 1 / 4 = 25 %.
    const values = { "1.1": "Atbilst", "1.2": "Atbilst", "1.3": "Neatbilst", "1.4": "Nav attiecināms", "1.5": "Atbilst" };
    const r = scoreForm(formFromFill(t, { meta, values }));
    const g1 = r.groups.find((g) => g.code === "1")!;
    expect(g1.nonCompliancePct).toBe(25);
    expect(g1.counts).toEqual({ items: 6, answered: 4, notApplicable: 1, missing: 1, invalid: 0 });
    expect(r.groups.find((g) => g.code === "2")!.nonCompliancePct).toBeUndefined();
    expect(r.overallNonCompliancePct).toBe(25);
  });

  test("an assessment: criterion average pooled over its practices, overall the mean of criterion averages", () => {
    const t = template("pasnovertejums-2023");
    const values: Record<string, number | string> = {};
    // Criterion 1: 1.1.1 = 5, 1.1.4 = 3, 1.2.1 = 1 → (5 + 3 + 1) / 3 = 3; criterion 2: 2.1.2 = 4 → 4.
    Object.assign(values, { "1.1.1": 5, "1.1.4": 3, "1.2.1": 1, "1.3.2": "Nav attiecināms", "2.1.2": 4, "2.1.3": "4,0" });
    const r = scoreForm(formFromFill(t, { meta, values }));
    const avg = (code: string) => r.groups.find((g) => g.code === code)!.average;
    expect(avg("1")).toBe(3);
    expect(avg("1.1")).toBe(4);
    expect(avg("1.2")).toBe(1);
    expect(avg("2")).toBe(4); // the text "4,0" is flagged, not counted
    expect(avg("3")).toBeUndefined();
    expect(r.overall).toBe(3.5);
  });
});

describe("the seeds' own figures, rebuilt from raw entries", () => {
  test("Kuldīga: 26 providers whose overall scores average 3.6", () => {
    const t = template("kuldiga-kvalitate-2011");
    const codes = t.groups.map((g) => g.items![0].code);
    expect(kuldigaSurveySeedFigures.providers).toBe(26);
    // Ten criterion ratings per provider, written out; the row sums (right) add up to 936,
    // so the providers' overalls (sum ÷ 10) average 936 ÷ 10 ÷ 26 = 3.6.
    const providers = [
      [3, 4, 4, 3, 3, 4, 4, 4, 4, 2], // 35
      [4, 2, 5, 4, 3, 4, 3, 3, 4, 4], // 36
      [4, 5, 4, 4, 4, 4, 5, 3, 3, 4], // 40
      [3, 5, 4, 4, 4, 2, 4, 5, 2, 3], // 36
      [5, 4, 2, 3, 5, 2, 5, 5, 3, 4], // 38
      [4, 4, 4, 4, 5, 4, 4, 4, 5, 4], // 42
      [4, 3, 3, 2, 2, 3, 4, 3, 3, 4], // 31
      [4, 5, 4, 5, 3, 4, 4, 5, 4, 4], // 42
      [3, 4, 4, 4, 4, 3, 3, 4, 2, 5], // 36
      [3, 4, 4, 4, 3, 4, 5, 3, 4, 4], // 38
      [4, 2, 4, 4, 3, 4, 5, 4, 3, 3], // 36
      [2, 2, 4, 5, 4, 4, 2, 3, 5, 2], // 33
      [4, 3, 2, 3, 4, 5, 4, 5, 2, 2], // 34
      [4, 4, 5, 2, 4, 4, 4, 3, 4, 3], // 37
      [4, 3, 2, 3, 2, 2, 2, 4, 4, 2], // 28
      [3, 4, 3, 4, 3, 3, 4, 2, 5, 3], // 34
      [3, 3, 3, 5, 4, 4, 4, 5, 4, 4], // 39
      [4, 5, 4, 4, 4, 2, 4, 5, 4, 3], // 39
      [4, 4, 4, 4, 3, 3, 4, 3, 4, 3], // 36
      [4, 3, 2, 5, 4, 4, 3, 2, 4, 4], // 35
      [4, 4, 3, 2, 4, 4, 3, 4, 3, 4], // 35
      [3, 4, 4, 3, 4, 4, 2, 4, 2, 4], // 34
      [2, 3, 3, 4, 4, 3, 4, 4, 3, 3], // 33
      [3, 3, 3, 5, 3, 5, 4, 3, 3, 5], // 37
      [4, 2, 5, 5, 2, 4, 4, 4, 3, 3], // 36
      [4, 3, 4, 5, 3, 3, 3, 3, 4, 4], // 36
    ];
    expect(providers).toHaveLength(26);
    const overalls = providers.map((ratings) => {
      const fill: FormFill = { meta, values: Object.fromEntries(codes.map((c, i) => [c, ratings[i]])) };
      return scoreForm(formFromFill(t, fill)).overall;
    });
    expect(overalls.slice(0, 3)).toEqual([3.5, 3.6, 4]);
    expect(overallAcross(overalls)).toBeCloseTo(3.6, 12);
    expect(kuldigaSurveySeedFigures.overallScore).toBe(3.6);
  });

  test("the inspection register: 48 = 18 + 8 + 22", () => {
    const t = template("gimenes-parbaudes-2015");
    const form = formFromFill(t, demoFill(t));
    const r = scoreRegister(form)!;
    const seed = inspectionRegisterSeedFigures;
    expect(r.columnTotals).toEqual({ planned: 18, unplanned: 8, documents: 22, total: 48 });
    expect(seed.total).toEqual({ planned: 18, unplanned: 8, documents: 22, total: 48 });
    expect(r.periodSums).toEqual({ "2013": 24, "2014": 20, "2015-04": 4 });
  });

  test("the client survey: 178 respondents giving 29 / 50 / 13 / 3 / 3 %", () => {
    const t = template("kuldiga-aptauja-2011");
    const form = formFromFill(t, demoFill(t));
    const q = scoreForm(form).groups.find((g) => g.code === "A")!;
    expect(form.respondents?.value).toBe(kuldigaSurveySeedFigures.respondents);
    const rounded = q.answers!.map((a) => Math.round(a.pct!));
    expect(Object.fromEntries(q.answers!.map((a, i) => [a.code, rounded[i]]))).toEqual(kuldigaSurveySeedFigures.satisfaction);
  });
});

test("a repeated code counts once, its first row, as validation says", () => {
  const t = template("kuldiga-kvalitate-2011");
  const form = formFromFill(t, demoFill(t));
  const first = form.rows[0];
  const twice = { ...form, rows: [first, { ...first, value: { ref: "D99", value: first.value.value === 1 ? 5 : 1 } }, ...form.rows.slice(1)] };
  expect(scoreForm(twice).groups[0].average).toBe(scoreForm(form).groups[0].average);
  expect(scoreForm(twice).groups[0].counts.items).toBe(1);
});
