import * as fs from "fs";
import * as path from "path";
import { demoFill, mergeForms, placedItems, prng, scoreForm, templates, type FilledForm, type FormFill, type FormResult, type Template } from "../../src/core";
import { buildSheetPlan } from "../../src/plan";
import { readReturned, writeWorkbook } from "../../src/render/xlsx";

/**
 * The merge's figures follow from each service's own `score` figures by the README's rules, for
 * every template: random fills (fixed seed) with blanks, "Nav attiecināms", numbers typed as text,
 * values off the scale and unknown words, over criteria of several items and two periods.
 */

const SERVICES = 8;

/** What people type into a rating cell, the scale's own values among them. */
function entriesFor(template: Template): readonly (string | number)[] {
  const na = template.scale.notApplicable ? [template.scale.notApplicable.value, "nav attiecināms"] : [];
  const own = template.scale.values.map((v) => v.value);
  switch (template.scale.kind) {
    case "numeric":
      return [...own, ...own, ...na, "", "4,0", 7, 2.5, "labi"];
    case "count":
      return [0, 3, 12, 40, ...na, "", "12", -3, 2.5, "daudz"];
    case "compliance":
    case "status":
      return [...own, ...own, ...own.map((v) => String(v).toUpperCase()), ...na, "", ` ${own[0]}`, "jā", 1];
  }
}

function randomFill(template: Template, service: number): FormFill {
  const rand = prng(1000 + service * 7919);
  const base = demoFill(template, { variant: service, iestade: `Dienests ${service}`, periods: 2024 + (service % 2) });
  const pool = entriesFor(template);
  const values: Record<string, string | number> = { ...base.values };
  const codes = template.kind === "register" ? Object.keys(values) : placedItems(template).map((p) => p.item.code);
  for (const code of codes) values[code] = pool[Math.floor(rand() * pool.length)];
  // One service leaves a whole criterion blank: it is then not counted in that criterion's figures.
  if (service === 3 && template.kind !== "register") for (const p of placedItems(template)) if (p.path[0] === template.groups[0]) values[p.item.code] = "";
  return { ...base, values };
}

function returned(template: Template) {
  return Array.from({ length: SERVICES }, (_, s) =>
    readReturned(`${template.id}-${s}.xlsx`, writeWorkbook([buildSheetPlan(template, { fill: randomFill(template, s) })]).bytes),
  );
}

const avg = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);

/** The README's rules across services, from the figures `score` gives each service. */
function expectedAcross(results: readonly FormResult[], gi: number) {
  const groups = results.map((r) => r.groups[gi]);
  const averages = groups.flatMap((g) => g.average ?? []);
  // counts.answered of a compliance group is its Atbilst + Neatbilst; its percentage says how many were Neatbilst.
  const assessed = groups.filter((g) => g.nonCompliancePct !== undefined);
  const answered = assessed.reduce((a, g) => a + g.counts.answered, 0);
  const neatbilst = assessed.reduce((a, g) => a + (g.nonCompliancePct! / 100) * g.counts.answered, 0);
  return {
    average: avg(averages),
    nonCompliancePct: answered ? (neatbilst / answered) * 100 : undefined,
    servicesWithNonCompliancePct: assessed.length ? (assessed.filter((g) => g.nonCompliancePct! > 0).length / assessed.length) * 100 : undefined,
  };
}

function expectClose(actual: number | undefined, expected: number | undefined, what: string) {
  if (expected === undefined) return expect([what, actual]).toEqual([what, undefined]);
  expect([what, actual]).toEqual([what, expect.any(Number)]);
  expect(Math.abs(actual! - expected)).toBeLessThan(1e-9);
}

test.each(templates.map((t) => [t.id, t] as const))("%s: the merge's figures follow from each service's own score", (_id, template) => {
  const files = returned(template);
  const forms = files.flatMap((f) => ("forms" in f ? f.forms : []));
  expect(forms).toHaveLength(SERVICES);
  const result = mergeForms(files);
  expect([result.accepted.length, result.rejected]).toEqual([SERVICES, []]);

  const periodsOf = (f: FilledForm) => f.meta.periods.value as number;
  const slices: [number | null, FilledForm[]][] = [
    [null, forms],
    ...[2024, 2025].map((p): [number, FilledForm[]] => [p, forms.filter((f) => periodsOf(f) === p)]),
  ];
  let checked = 0;
  for (const [periods, slice] of slices) {
    const agg = result.aggregates.find((a) => a.periods === periods)!;
    const scored = slice.map(scoreForm);
    expect(agg.services).toBe(slice.length);
    agg.groups.forEach((g, gi) => {
      const e = expectedAcross(scored, gi);
      const at = `${periods ?? "all"} ${g.code}`;
      expectClose(g.average, e.average, `${at} average`);
      expectClose(g.nonCompliancePct, e.nonCompliancePct, `${at} non-compliance %`);
      expectClose(g.servicesWithNonCompliancePct, e.servicesWithNonCompliancePct, `${at} services with non-compliance %`);
      if (e.average !== undefined || e.nonCompliancePct !== undefined) checked++;
    });
    // Mean of the providers' overall scores, never pooled.
    expectClose(agg.overall, template.scale.kind === "numeric" ? avg(scored.flatMap((r) => r.overall ?? [])) : undefined, `${periods ?? "all"} overall`);
  }
  // Rated templates have figures to compare; the others have none across services, and the merge makes none.
  const rated = template.scale.kind === "numeric" || template.scale.kind === "compliance";
  expect(checked > 0).toBe(rated);
});

test("the fills reach every case the rules exclude: blanks, not applicable and invalid entries", () => {
  for (const template of templates.filter((t) => t.kind !== "register")) {
    const counts = returned(template)
      .flatMap((f) => ("forms" in f ? f.forms : []))
      .map((f) => scoreForm(f).counts);
    const sum = (k: "missing" | "invalid" | "notApplicable" | "answered") => counts.reduce((a, c) => a + c[k], 0);
    expect([template.id, sum("missing") > 0, sum("invalid") > 0, sum("answered") > 0]).toEqual([template.id, true, true, true]);
    if (template.scale.notApplicable) expect([template.id, sum("notApplicable") > 0]).toEqual([template.id, true]);
  }
});

test("criteria of several items are among them (a criterion pools its sub-criteria's items)", () => {
  const pooled = templates.filter((t) => t.groups.some((g) => (g.groups?.length ?? 0) > 1));
  expect(pooled.map((t) => t.id)).toContain("pasnovertejums-2023");
});

test("the merge computes no average or percentage of its own: every figure comes from src/core/scoring", () => {
  const dir = path.join(__dirname, "../../src/core/merge");
  const own = fs
    .readdirSync(dir)
    .flatMap((f) =>
      fs
        .readFileSync(path.join(dir, f), "utf8")
        .split("\n")
        .map((line, i) => [`${f}:${i + 1}`, line] as const),
    )
    .filter(([, line]) => /scoring\/arithmetic|\bmean\(|\* ?100\b|roles\?\./.test(line));
  expect(own).toEqual([]);
});
