import { mergeForms, scoreForm, validateForm, type FilledForm } from "../../../src/core";
import { readReturned } from "../../../src/render/xlsx";
import { readerCorpus } from "../../fixtures/readerCorpus";
import { both, bothFinding } from "../../../src/wording";

/**
 * The reader's corpus through the merge: every template sheet of every file ends accepted or
 * rejected (file, or file + sheet) with its reason, in seconds.
 */

const BUDGET_MS = 5000;

test.each(readerCorpus().map((c) => [c.name, c.note, c] as const))("%s (%s)", (name, _note, c) => {
  const bytes = c.bytes();
  const t0 = performance.now();
  const read = readReturned(name, bytes);
  const result = mergeForms([read]);
  const ms = performance.now() - t0;
  expect(result.accepted.map((a) => a.sheet)).toEqual(c.accepted);
  expect(result.rejected).toHaveLength(c.rejected.length);
  c.rejected.forEach((want, i) => {
    const got = result.rejected[i];
    expect(got.file).toBe(name);
    if (want.sheet !== undefined) expect(got.sheet).toBe(want.sheet);
    expect(both(got.reason).lv).toContain(want.reason);
    expect(both(got.reason).en.length).toBeGreaterThan(10);
  });
  for (const [where, value] of Object.entries(c.ratings ?? {})) {
    const [sheet, code] = where.split("!");
    expect(result.accepted.some((a) => a.sheet === sheet)).toBe(true);
    const form = ("forms" in read ? read.forms : []).find((f) => f.sheet === sheet)!;
    expect(form.rows.find((r) => r.code === code)?.value.value).toBe(value);
  }
  expect(ms).toBeLessThan(BUDGET_MS);
  const forms = "forms" in read ? read.forms : [];
  for (const [sheet, fragments] of Object.entries(c.findings ?? {})) {
    const messages = validateForm(forms.find((f) => f.sheet === sheet)!).map((f) => bothFinding(f.reason).lv);
    for (const fragment of fragments) expect(messages).toContainEqual(expect.stringContaining(fragment));
  }
  if (c.original) {
    const original = readReturned("original.xlsx", c.original());
    const figures = (f: FilledForm) => {
      const r = scoreForm(f);
      return {
        groups: r.groups.map((g) => [g.code, g.average, g.nonCompliancePct, g.progressPct]),
        overall: [r.overall, r.overallNonCompliancePct, r.overallProgressPct],
      };
    };
    for (const form of forms) expect(figures(form)).toEqual(figures(("forms" in original ? original.forms : []).find((f) => f.sheet === form.sheet)!));
  }
});
