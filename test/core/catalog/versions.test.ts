import { acrossVersions, catalog, comparableCodes, findTemplate, makeCatalog, parseTemplateRef, templates } from "../../../src/core/catalog";
import { kindOf } from "../../../src/core/kinds";
import { ADDED, REWORDED, SPLIT_FROM, SPLIT_INTO, catalogWithV2, selfAssessmentV2 } from "../../fixtures/selfAssessmentV2";

describe("template versions", () => {
  it("finds a template by id (newest), by id@version and by an explicit version", () => {
    expect(findTemplate("pasnovertejums-2023")?.version).toBe(1);
    expect(findTemplate("pasnovertejums-2023@1")?.id).toBe("pasnovertejums-2023");
    expect(findTemplate("pasnovertejums-2023", 1)?.version).toBe(1);
    expect(findTemplate("pasnovertejums-2023@2")).toBeUndefined();
    expect(findTemplate("nav-tadas")).toBeUndefined();
    expect(parseTemplateRef("a-b@3")).toEqual({ id: "a-b", version: 3 });
    expect(parseTemplateRef("a b")).toBeUndefined();
  });

  it("offers one (the newest) version of each id, and keeps every version", () => {
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    expect(catalog.all.length).toBeGreaterThanOrEqual(templates.length);
    expect(catalogWithV2.current.find((t) => t.id === "pasnovertejums-2023")).toBe(selfAssessmentV2);
    expect(catalogWithV2.find("pasnovertejums-2023")?.version).toBe(2);
    expect(catalogWithV2.find("pasnovertejums-2023@1")?.version).toBe(1);
    expect(catalogWithV2.versions("pasnovertejums-2023").map((t) => t.version)).toEqual([1, 2]);
  });

  it("compares across versions only the practices no version touched", () => {
    const v1 = catalogWithV2.find("pasnovertejums-2023@1")!;
    const same = comparableCodes(catalogWithV2, v1, selfAssessmentV2);
    for (const code of [ADDED, REWORDED, SPLIT_FROM, ...SPLIT_INTO]) expect(same.has(code)).toBe(false);
    expect(same.has("1.2.1")).toBe(true);
    expect(same.size).toBe(58 - 2); // v1's 58 practices less the reworded and the split one
    expect(comparableCodes(catalogWithV2, selfAssessmentV2, v1)).toEqual(same);
    const across = acrossVersions(catalogWithV2, [selfAssessmentV2, v1, v1]);
    expect(across.compared).toEqual(same);
    expect(Object.fromEntries(across.changed.map((c) => [c.code, c.change]))).toEqual({
      [ADDED]: "added",
      [REWORDED]: "reworded",
      [SPLIT_FROM]: "split",
      [SPLIT_INTO[1]]: "split",
    });
    expect(acrossVersions(catalogWithV2, [v1, v1])).toEqual({ changed: [] });
  });

  it("refuses a change map that does not account for every difference", () => {
    const v1 = catalog.find("pasnovertejums-2023@1")!;
    const silent = { ...selfAssessmentV2, changes: { ...selfAssessmentV2.changes!, reworded: [] } };
    expect(() => makeCatalog([v1, silent])).toThrow(/1\.1\.1 changed its words but is not listed/);
    const noMap = { ...selfAssessmentV2, changes: undefined };
    expect(() => makeCatalog([v1, noMap])).toThrow(/no change map/);
    const wrongAdded = { ...selfAssessmentV2, changes: { ...selfAssessmentV2.changes!, added: [ADDED, "1.2.1"] } };
    expect(() => makeCatalog([v1, wrongAdded])).toThrow(/added 1\.2\.1 must be new/);
    expect(() => makeCatalog([v1, v1])).toThrow(/defined twice/);
  });
});

describe("the catalog's JSON lists the versions", () => {
  it("gives every version with its stamp, and the changes of each later one", async () => {
    const { templateJson } = await import("../../../src/core/report");
    const today = templateJson(findTemplate("pasnovertejums-2023")!);
    expect(today.versions).toEqual([{ version: 1, stamp: "pasnovertejums-2023@1" }]);
    const both = templateJson(selfAssessmentV2, catalogWithV2);
    expect(both.version).toBe(2);
    expect(both.versions.map((v) => v.stamp)).toEqual(["pasnovertejums-2023@1", "pasnovertejums-2023@2"]);
    expect(both.versions[1].changes).toEqual(selfAssessmentV2.changes);
  });
});

test("every catalog template is rated on the scale kind its kind's module scores", () => {
  for (const id of catalog.current.map((x) => x.id))
    for (const t of catalog.versions(id)) expect([t.id, t.version, t.scale.kind]).toEqual([t.id, t.version, kindOf(t).scaleKind]);
});
