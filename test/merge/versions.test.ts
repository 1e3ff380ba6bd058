import { catalog, demoFill, findTemplate, type FormFill, type Template } from "../../src/core";
import { mergeForms, type ReturnedFile } from "../../src/core/merge/merge";
import { buildSheetPlan } from "../../src/plan";
import { mergeSheets } from "../../src/plan/mergeSheets";
import { DEFAULT_LIMITS, readReturned, writeWorkbook } from "../../src/render/xlsx";
import { ADDED, REWORDED, SPLIT_FROM, SPLIT_INTO, catalogWithV2, selfAssessmentV2 } from "../fixtures/selfAssessmentV2";
import { both } from "../../src/wording";

/**
 * Returns of two versions of the self-assessment in one merge: each form scored by its own
 * version's items, the figures across forms only on the practices both versions share.
 */
const v1 = findTemplate("pasnovertejums-2023@1")!;
const LEFT_OUT = [REWORDED, ADDED, SPLIT_FROM, ...SPLIT_INTO];

const fills: { template: Template; fill: FormFill; file: string }[] = [
  { template: v1, fill: demoFill(v1, { iestade: "Dienests A", periods: 2024, variant: 1 }), file: "a-2024.xlsx" },
  { template: v1, fill: demoFill(v1, { iestade: "Dienests B", periods: 2024, variant: 2 }), file: "b-2024.xlsx" },
  { template: selfAssessmentV2, fill: demoFill(selfAssessmentV2, { iestade: "Dienests A", periods: 2025, variant: 3 }), file: "a-2025.xlsx" },
  { template: selfAssessmentV2, fill: demoFill(selfAssessmentV2, { iestade: "Dienests B", periods: 2025, variant: 4 }), file: "b-2025.xlsx" },
];
const bytesOf = (f: (typeof fills)[number]) => writeWorkbook([buildSheetPlan(f.template, { fill: f.fill })]).bytes;
const read = (catalog = catalogWithV2): ReturnedFile[] => fills.map((f) => readReturned(f.file, bytesOf(f), DEFAULT_LIMITS, catalog));

/** By hand: the mean of a criterion's numeric ratings, leaving out some codes. */
function criterionMean(values: Readonly<Record<string, string | number>>, criterion: string, leaveOut: readonly string[] = []): number | undefined {
  const nums = Object.entries(values)
    .filter(([code, v]) => code.startsWith(`${criterion}.`) && !leaveOut.includes(code) && typeof v === "number")
    .map(([, v]) => v as number);
  return nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : undefined;
}
const meanOf = (xs: readonly (number | undefined)[]) => {
  const nums = xs.filter((x): x is number => x !== undefined);
  return nums.reduce((a, b) => a + b, 0) / nums.length;
};

describe("a merge of returns of two versions of one template", () => {
  const result = mergeForms(read(), { catalog: catalogWithV2, today: new Date(Date.UTC(2026, 0, 1)) });

  it("reads each return against the version its stamp names", () => {
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((a) => `${a.file} ${a.template.version}`)).toEqual(["a-2024.xlsx 1", "b-2024.xlsx 1", "a-2025.xlsx 2", "b-2025.xlsx 2"]);
  });

  it("scores each form by its own version's items", () => {
    for (const [k, f] of fills.entries()) {
      const criteria = f.template.groups.map((g) => criterionMean(f.fill.values, g.code));
      expect(result.accepted[k].overall).toBeCloseTo(meanOf(criteria), 10);
    }
    // The version 2 forms count the added and the split-off practice in their own figures.
    expect(fills[2].fill.values[ADDED]).toBeDefined();
  });

  it("compares across the versions only the practices both share, and says which it left out", () => {
    const all = result.aggregates.find((a) => a.template.id === "pasnovertejums-2023" && a.periods === null)!;
    expect(all.versions).toEqual([1, 2]);
    expect(all.changedItems?.map((c) => c.code).sort()).toEqual([...new Set(LEFT_OUT)].sort());
    for (const criterion of ["1", "2", "5"]) {
      const byService = fills.map((f) => criterionMean(f.fill.values, criterion, LEFT_OUT));
      // Service A and B each have two periods; the all-periods figure is the mean over the four service-periods.
      expect(all.groups.find((g) => g.code === criterion)!.average).toBeCloseTo(meanOf(byService), 10);
    }
    const y2025 = result.aggregates.find((a) => a.periods === 2025)!;
    expect(y2025.groups.find((g) => g.code === "1")!.average).toBeCloseTo(meanOf(fills.slice(2).map((f) => criterionMean(f.fill.values, "1", LEFT_OUT))), 10);
    const note = mergeSheets(result)
      .flatMap((s) => s.blocks.flatMap((b) => b.rows.flat()))
      .map((c) => (c && "text" in c ? c.text : ""))
      .find((text) => text.startsWith("Versijas 1, 2"));
    expect(note).toMatch(/1\.1\.1 pārfrāzēts/);
    expect(note).toMatch(/1\.2\.6 pievienots/);
  });

  it("refuses a newer version than the catalog knows, naming the sheet", () => {
    const plain = mergeForms(read(catalog), { today: new Date(Date.UTC(2026, 0, 1)) });
    expect(plain.accepted.map((a) => a.file)).toEqual(["a-2024.xlsx", "b-2024.xlsx"]);
    expect(plain.rejected.map((r) => [r.file, r.sheet])).toEqual([
      ["a-2025.xlsx", v1.sheetName],
      ["b-2025.xlsx", v1.sheetName],
    ]);
    expect(both(plain.rejected[0].reason).lv).toContain("veidne „pasnovertejums-2023@2” ir jaunāka par šo Kvalitātes versiju");
    expect(plain.aggregates[0].versions).toBeUndefined();
  });
});
