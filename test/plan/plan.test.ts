import { templates, placedItems, dropdownValues } from "../../src/core";
import { buildSheetPlan, cellRef, parseCell, parseRange, CHART_PREFIX, CHART_TITLES, type SheetPlan, type PlanCell } from "../../src/plan";

/** The cell a plan writes at an address (blocks are the only source of content). */
function cellAt(plan: SheetPlan, ref: string): PlanCell | undefined {
  const { row, col } = parseCell(ref);
  for (const b of plan.blocks) {
    const o = parseCell(b.ref);
    const r = b.rows[row - o.row];
    if (r && col >= o.col && col - o.col < r.length) return r[col - o.col];
  }
  return undefined;
}

describe.each(templates.map((t) => [t.id, t] as const))("%s", (_id, template) => {
  const plan = buildSheetPlan(template);

  test("the contract: stamp, table with Kods, metadata names", () => {
    expect(cellAt(plan, plan.stampRef)).toEqual({ text: `${template.id}@${template.version}` });
    expect(plan.table.headers[0]).toBe("Kods");
    expect(plan.table.headers).toContain("Piezīmes");
    if (template.kind !== "survey" && template.kind !== "register") expect(plan.table.headers).toContain("Vērtējums");
    expect(plan.names.filter((n) => n.scope === "workbook").map((n) => n.name)).toEqual(["Iestade", "Periods", "Vertetajs", "Datums"]);
    const header = parseRange(plan.table.ref);
    plan.table.headers.forEach((h, i) => expect(cellAt(plan, cellRef(header.r1, header.c1 + i))).toEqual({ text: h }));
  });

  test("one table row per item, in catalog order", () => {
    const { r1, c1, r2 } = parseRange(plan.table.ref);
    const codes = Array.from({ length: r2 - r1 }, (_, i) => cellAt(plan, cellRef(r1 + 1 + i, c1)));
    const expected = template.kind === "register" ? [...template.register!.periods.map((p) => p.code), "Kopā"] : placedItems(template).map((p) => p.item.code);
    expect(codes).toEqual(expected.map((c) => ({ text: c })));
  });

  test("inputs are unlocked, the sheet is protected, and every formula is en-US with a leading =", () => {
    expect(plan.protect).toBe(true);
    const covered = (ref: string) =>
      plan.inputs.some((range) => {
        const r = parseRange(range);
        const c = parseCell(ref);
        return c.row >= r.r1 && c.row <= r.r2 && c.col >= r.c1 && c.col <= r.c2;
      });
    expect(Object.values(plan.metaRefs).every(covered)).toBe(true);
    const { r1, c1, c2, r2 } = parseRange(plan.table.ref);
    const valueCol = c1 + plan.table.headers.indexOf(plan.inputHeaders.value);
    expect(covered(cellRef(r2, valueCol))).toBe(true);
    expect(covered(cellRef(r1 + 1, c1))).toBe(false); // codes stay locked
    expect(c2).toBeGreaterThan(c1);
    const formulas = plan.blocks.flatMap((b) => b.rows.flat()).filter((c): c is { formula: string } => !!c && "formula" in c);
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) {
      expect(f.formula.startsWith("=")).toBe(true);
      expect(f.formula).not.toMatch(/;/); // en-US argument separator is the comma
    }
  });

  test("the dropdown offers exactly the scale, from the legend on the sheet", () => {
    const list = plan.validations.find((v) => v.rule.kind === "list");
    if (template.scale.kind === "count") return expect(list).toBeUndefined();
    expect(list!.rule).toMatchObject({ values: dropdownValues(template.scale) });
    const source = (list!.rule as { source: string }).source.replace(/^=/, "").replace(/\$/g, "");
    const { r1, c1, r2 } = parseRange(source);
    const legend = Array.from({ length: r2 - r1 + 1 }, (_, i) => cellAt(plan, cellRef(r1 + i, c1)));
    expect(legend).toEqual(dropdownValues(template.scale).map((v) => (typeof v === "number" ? { number: v } : { text: v })));
  });

  test("charts carry the add-in's prefix and point at their data", () => {
    if (template.kind !== "register") expect(plan.charts.length).toBeGreaterThan(0);
    for (const c of plan.charts) {
      expect(c.name.startsWith(CHART_PREFIX)).toBe(true);
      const cats = parseRange(c.categories);
      const vals = parseRange(c.series[0].values);
      expect(cats.r2 - cats.r1).toBe(vals.r2 - vals.r1);
      for (let r = vals.r1; r <= vals.r2; r++) expect(cellAt(plan, cellRef(r, vals.c1))).toEqual({ formula: expect.stringMatching(/^=/) });
    }
  });

  // The register is the one template without charts: its figures are sums, each checked by formula.
  if (template.kind === "register") {
    test("the register draws no charts; it sums each period and each column in formulas", () => {
      expect(plan.charts).toEqual([]);
      const register = template.register!;
      expect(plan.results.map((r) => r.what)).toEqual([
        ...register.periods.map((p) => ({ measure: "registerSum", period: p.code })),
        ...[...register.columns.map((c) => c.key), "total"].map((column) => ({ measure: "registerColumnTotal", column })),
      ]);
      for (const r of plan.results) expect(cellAt(plan, r.ref)).toEqual({ formula: expect.stringMatching(/^=/) });
    });
  }
});

test("chart titles follow the ministry's wording, one bar per criterion", () => {
  const by = (id: string) => buildSheetPlan(templates.find((t) => t.id === id)!);
  const check = by("gimenes-2015").charts;
  expect(check.map((c) => [c.kind, c.title])).toEqual([["barClustered", CHART_TITLES.nonCompliance]]);
  const groups = templates.find((t) => t.id === "gimenes-2015")!.groups.length;
  const r = parseRange(check[0].categories);
  expect(r.r2 - r.r1 + 1).toBe(groups);
  const self = by("pasnovertejums-2023").charts;
  expect(self.map((c) => c.kind)).toEqual(["columnClustered", "radar"]);
  expect(self[0].axis).toEqual({ min: 1, max: 5, majorUnit: 1 });
  expect(parseRange(self[1].categories).r2 - parseRange(self[1].categories).r1 + 1).toBe(5);
});
