import { demoFill, dynamicsOf, findTemplate, type FilledForm, type FormRow } from "../../../src/core";
import { dynamicsSheet, CHANGED_ITEMS_HEADER } from "../../../src/plan/resultSheets";
import { formFromFill } from "../../helpers/forms";
import { ADDED, REWORDED, SPLIT_FROM, SPLIT_INTO, catalogWithV2, selfAssessmentV2 } from "../../fixtures/selfAssessmentV2";

const v1 = findTemplate("pasnovertejums-2023@1")!;
const fill2024 = demoFill(v1, { periods: 2024, iestade: "Dienests" });
const fill2025 = demoFill(v1, { periods: 2025, iestade: "Dienests", variant: 3 });

/** The 2025 return on version 2: version 1's answers, plus the added and the split-off practice rated 1. */
function v2Form(): FilledForm {
  const base = formFromFill(v1, fill2025);
  const extra: FormRow[] = [ADDED, SPLIT_INTO[1]].map((code, i) => ({ code, value: { ref: `D${200 + i}`, value: 1 } }));
  return { ...base, template: selfAssessmentV2, rows: [...base.rows, ...extra] };
}

/** Mean of the numeric ratings of a criterion's practices, leaving out the given codes: by hand. */
function criterionMean(values: Readonly<Record<string, string | number>>, criterion: string, leaveOut: readonly string[]): number {
  const nums = Object.entries(values)
    .filter(([code, v]) => code.startsWith(`${criterion}.`) && !leaveOut.includes(code) && typeof v === "number")
    .map(([, v]) => v as number);
  return nums.reduce((a, b) => a + b, 0) / nums.length;
}

describe("dynamics across template versions", () => {
  const [d] = dynamicsOf([formFromFill(v1, fill2024), v2Form()], catalogWithV2);
  const row = (code: string) => d.rows.find((r) => r.code === code)!;
  const leaveOut = [REWORDED, ADDED, SPLIT_FROM, ...SPLIT_INTO];

  it("compares each criterion on the practices both versions share", () => {
    expect(d.periods).toEqual([2024, 2025]);
    for (const criterion of ["1", "2", "3"]) {
      expect(row(criterion).values[0]).toBeCloseTo(criterionMean(fill2024.values, criterion, leaveOut), 10);
      expect(row(criterion).values[1]).toBeCloseTo(criterionMean(fill2025.values, criterion, leaveOut), 10);
    }
  });

  it("says where a criterion's items changed, and only there", () => {
    expect(row("1").changedItems).toEqual(
      expect.arrayContaining([
        { code: REWORDED, change: "reworded" },
        { code: ADDED, change: "added" },
      ]),
    );
    expect(row("1").changedItems).toHaveLength(2);
    expect(
      row("2")
        .changedItems?.map((c) => c.code)
        .sort(),
    ).toEqual([...new Set([SPLIT_FROM, ...SPLIT_INTO])].sort());
    expect(row("3").changedItems).toBeUndefined();
    expect(row("1.3").changedItems).toBeUndefined();
    expect(row("Kopumā").changedItems).toHaveLength(4);
    const sheet = dynamicsSheet([d]);
    const cells = sheet.blocks.flatMap((b) => b.rows.flat()).map((c) => (c && "text" in c ? c.text : ""));
    expect(cells).toContain(CHANGED_ITEMS_HEADER);
    expect(cells.find((t) => t.includes(`${REWORDED} pārfrāzēts`))).toMatch(/1\.2\.6 pievienots/);
  });

  it("compares every practice when the versions are the same", () => {
    const [same] = dynamicsOf([formFromFill(v1, fill2024), formFromFill(v1, fill2025)], catalogWithV2);
    expect(same.rows.find((r) => r.code === "1")!.values[0]).toBeCloseTo(criterionMean(fill2024.values, "1", []), 10);
    expect(same.rows.every((r) => r.changedItems === undefined)).toBe(true);
    const cells = dynamicsSheet([same])
      .blocks.flatMap((b) => b.rows.flat())
      .map((c) => (c && "text" in c ? c.text : ""));
    expect(cells).not.toContain(CHANGED_ITEMS_HEADER);
  });
});
