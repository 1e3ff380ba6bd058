import { actionStatusScale, complianceScale, dropdownValues, templates } from "../../src/core";
import { buildSheetPlan, improvementSheet, parseCell, parseRange, type PlanCell, type WorkbookSheet } from "../../src/plan";
import * as F from "../../src/plan/formulas";

function cellAt(sheet: WorkbookSheet, ref: string): PlanCell | undefined {
  const { row, col } = parseCell(ref);
  for (const b of sheet.blocks) {
    const o = parseCell(b.ref);
    const r = b.rows[row - o.row];
    if (r && col >= o.col && col - o.col < r.length) return r[col - o.col];
  }
  return undefined;
}

const REF = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
const colNo = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * The results block must never point at a row of the items table by position: a sort, a filter or
 * an inserted row would move other items under the reference. Every reference into the table's body
 * spans the whole body of one column.
 */
describe.each(templates.filter((t) => t.kind !== "survey").map((t) => [t.id, t] as const))("%s: results pick rows by code", (_id, template) => {
  const plan = buildSheetPlan(template);
  const table = parseRange(plan.table.ref);
  const body = { r1: table.r1 + 1, r2: table.r2 };

  test("every reference into the table spans its whole body", () => {
    const formulas = plan.results.map((r) => {
      const c = cellAt(plan, r.ref);
      return c && "formula" in c ? c.formula : "";
    });
    expect(formulas.filter(Boolean).length).toBe(plan.results.length);
    const positional = formulas.flatMap((f) =>
      [...f.matchAll(REF)].flatMap((m) => {
        const [c1, r1] = [colNo(m[1]), Number(m[2])];
        const [c2, r2] = m[3] ? [colNo(m[3]), Number(m[4])] : [c1, r1];
        const inTable = c1 <= table.c2 && c2 >= table.c1 && r1 <= body.r2 && r2 >= body.r1;
        return inTable && !(c1 === c2 && r1 === body.r1 && r2 === body.r2) ? [`${m[0]} in ${f.slice(0, 80)}`] : [];
      }),
    );
    expect(positional).toEqual([]);
  });

  test("every group's figure names its items' codes", () => {
    if (template.kind === "register") return;
    const figure = plan.results.find((r) => "group" in r.what)!;
    const c = cellAt(plan, figure.ref);
    expect(c && "formula" in c && c.formula).toMatch(/MATCH\(\$A\$\d+:\$A\$\d+,\{"/);
  });
});

test("non-compliance counts the scale's non-compliant word by its role, whatever the order of the values", () => {
  const reversed = { ...complianceScale, values: [...complianceScale.values].reverse() };
  const rows = { values: "$E$13:$E$20" };
  expect(F.nonCompliancePct(rows, reversed)).toBe(F.nonCompliancePct(rows, complianceScale));
  expect(F.nonCompliancePct(rows, complianceScale)).toMatch(/^=IFERROR\(SUMPRODUCT\(\(\$E\$13:\$E\$20="Neatbilst"\)\)\//);
});

test("the improvement plan's Statuss dropdown lists cells holding the statuses, not a typed (case-sensitive) list", () => {
  const sheet = improvementSheet([]);
  const list = sheet.validations!.find((v) => v.rule.kind === "list")!;
  if (list.rule.kind !== "list") throw new Error("no list");
  const { r1, c1, r2 } = parseRange(list.rule.source.replace(/^=/, "").replace(/\$/g, ""));
  const cells = Array.from({ length: r2 - r1 + 1 }, (_, i) => cellAt(sheet, `${String.fromCharCode(64 + c1)}${r1 + i}`));
  expect(cells).toEqual(dropdownValues(actionStatusScale).map((v) => ({ text: v })));
});
