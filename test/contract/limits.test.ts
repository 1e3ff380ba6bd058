import { templates } from "../../src/core";
import { buildSheetPlan } from "../../src/plan";
import { parseRange } from "../../src/plan/a1";
import { MAX_SHEET_CELLS, MAX_TABLE_ROWS } from "../../src/contract/limits";

/** The caps on what a form can be stay far above every template the catalog has. */
test("a form's table may grow to four times the largest plan's, and its sheet far past a filled form", () => {
  const plans = templates.map((t) => buildSheetPlan(t));
  const rows = Math.max(...plans.map((p) => parseRange(p.table.ref).r2 - parseRange(p.table.ref).r1));
  expect(MAX_TABLE_ROWS).toBeGreaterThanOrEqual(rows * 4);
  const cells = Math.max(...plans.map((p) => p.blocks.reduce((a, b) => a + b.rows.reduce((n, r) => n + r.length, 0), 0)));
  expect(MAX_SHEET_CELLS).toBeGreaterThanOrEqual(cells * 20);
});
