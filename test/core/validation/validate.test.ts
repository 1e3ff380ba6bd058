import {
  dateSerial,
  demoFill,
  findTemplate,
  parseLocaleNumber,
  validateForm,
  type FilledForm,
  type FormFill,
  type RuleId,
  type Template,
} from "../../../src/core";
import { formFromFill } from "../../helpers/forms";
import { bothFinding } from "../../../src/wording";

const template = (id: string): Template => findTemplate(id)!;
const rulesOf = (form: FilledForm) => validateForm(form).map((f) => `${f.rule} ${f.code} ${f.cell}`);
const findingsOf = (form: FilledForm, rule: RuleId) => validateForm(form).filter((f) => f.rule === rule);

/** A complete, valid demo fill with one change. */
function withValue(t: Template, code: string, value: string | number, base: FormFill = demoFill(t)): FormFill {
  return { ...base, values: { ...base.values, [code]: value } };
}

describe("a complete demo form has no findings", () => {
  test.each([
    "uzraudziba-2016",
    "gimenes-2015",
    "gimenes-parbaudes-2015",
    "kuldiga-kvalitate-2011",
    "kuldiga-aptauja-2011",
    "kuldiga-ricibas-plans-2012",
    "pasnovertejums-2023",
  ])("%s", (id) => {
    const t = template(id);
    expect(rulesOf(formFromFill(t, demoFill(t)))).toEqual([]);
  });
});

describe("ratings", () => {
  const t = template("kuldiga-kvalitate-2011");
  test("a value outside the scale names sheet, cell and code", () => {
    const f = findingsOf(formFromFill(t, withValue(t, "3.1", 7)), "rating.invalid");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ sheet: "Kuldīga kvalitāte 2011", cell: "D15", code: "3.1", severity: "error" });
    expect(bothFinding(f[0].reason).lv).toContain("nav skalā");
    expect(bothFinding(f[0].reason).en).toContain("not on the scale");
  });
  test("a Latvian “4,0” typed as text is read as 4 and reported", () => {
    const f = findingsOf(formFromFill(t, withValue(t, "3.1", "4,0")), "rating.invalid");
    expect(bothFinding(f[0].reason).lv).toContain("ievadiet skaitli 4");
    expect(parseLocaleNumber("4,0")).toBe(4);
    expect(parseLocaleNumber(" 1 234,5 ")).toBe(1234.5);
    expect(parseLocaleNumber("4,0,0")).toBeUndefined();
  });
  test("“4,5” on an integer scale is out of scale", () => {
    const f = findingsOf(formFromFill(t, withValue(t, "3.1", "4,5")), "rating.invalid");
    expect(bothFinding(f[0].reason).en).toContain("not on the scale");
  });
  test("a blank rating is reported as incomplete; a scale value is not", () => {
    const blank = findingsOf(formFromFill(t, withValue(t, "3.1", "")), "rating.missing");
    expect(blank.map((f) => [f.code, f.severity])).toEqual([["3.1", "incomplete"]]);
    expect(findingsOf(formFromFill(t, withValue(t, "3.1", 5)), "rating.missing")).toEqual([]);
  });
  test("compliance words: case does not matter, a stray space does", () => {
    const c = template("uzraudziba-2016");
    expect(findingsOf(formFromFill(c, withValue(c, "1.1", "neatbilst")), "rating.invalid")).toEqual([]);
    const spaced = findingsOf(formFromFill(c, withValue(c, "1.1", "Atbilst ")), "rating.invalid");
    expect(bothFinding(spaced[0].reason).lv).toContain("lieka atstarpe");
  });
});

describe("metadata", () => {
  const t = template("uzraudziba-2016");
  const base = demoFill(t);
  const withMeta = (m: Partial<FormFill["meta"]>) => formFromFill(t, { ...base, meta: { ...base.meta, ...m } as FormFill["meta"] });
  test("Iestade missing", () => {
    expect(findingsOf(withMeta({ iestade: "" }), "meta.missing").map((f) => [f.code, f.cell])).toEqual([["Iestade", "B5"]]);
    expect(findingsOf(withMeta({}), "meta.missing")).toEqual([]);
  });
  test("Periods must be a four-digit year", () => {
    expect(findingsOf(withMeta({ periods: 24 }), "meta.year")).toHaveLength(1);
    expect(findingsOf(withMeta({ periods: 2024 }), "meta.year")).toHaveLength(0);
  });
  test("Datums must be a date", () => {
    expect(findingsOf(withMeta({ datums: 12 }), "meta.date")).toHaveLength(1);
    expect(findingsOf(withMeta({ datums: dateSerial(2024, 2, 29) }), "meta.date")).toHaveLength(0);
  });
});

describe("the inspection register's arithmetic", () => {
  const t = template("gimenes-parbaudes-2015");
  const base = demoFill(t);
  test("planned + unplanned + documents must equal the number of inspections", () => {
    const f = findingsOf(formFromFill(t, withValue(t, "2014", 21, base)), "register.row");
    expect(f.map((x) => x.code)).toEqual(["2014"]);
    expect(bothFinding(f[0].reason).lv).toContain("= 20");
  });
  test("the totals row must be the sum of the periods", () => {
    const fill = { ...base, fields: { ...base.fields, Kopā: { ...base.fields!["Kopā"], planned: 19 } } };
    const f = findingsOf(formFromFill(t, fill), "register.total");
    expect(f.map((x) => bothFinding(x.reason).en)).toEqual(["Total (plānotās) is 19, but the periods add up to 18."]);
    expect(findingsOf(formFromFill(t, base), "register.total")).toEqual([]);
  });
});

describe("the action plan", () => {
  const t = template("kuldiga-ricibas-plans-2012");
  const base = demoFill(t);
  test("deadline: a year or “pastāvīgi”", () => {
    const bad = { ...base, fields: { ...base.fields, "1.1.1": { deadline: "drīzumā" } } };
    expect(findingsOf(formFromFill(t, bad), "plan.deadline").map((f) => f.code)).toEqual(["1.1.1"]);
    const ok = { ...base, fields: { ...base.fields, "1.1.1": { deadline: "pastāvīgi" } } };
    expect(findingsOf(formFromFill(t, ok), "plan.deadline")).toEqual([]);
  });
  test("status values come from the scale", () => {
    expect(findingsOf(formFromFill(t, withValue(t, "1.1.1", "gatavs", base)), "rating.invalid").map((f) => f.code)).toEqual(["1.1.1"]);
  });
});

describe("the survey", () => {
  const t = template("kuldiga-aptauja-2011");
  test("answers to a single-choice question cannot exceed the respondents", () => {
    const fill = { ...demoFill(t), respondents: 100 };
    expect(findingsOf(formFromFill(t, fill), "survey.sum").map((f) => f.code)).toEqual(["A"]);
  });
  test("respondents are required", () => {
    const { respondents: _omit, ...fill } = demoFill(t);
    expect(findingsOf(formFromFill(t, fill), "survey.respondents")).toHaveLength(1);
  });
});
