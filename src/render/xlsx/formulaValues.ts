import type { CellData, WorkbookData } from "../../contract/model";
import { formsOf } from "../../contract/forms";
import { REGISTER_TOTAL_CODE } from "../../core/catalog/types";
import type { FilledForm } from "../../core/form";
import { cellRef, parseCell } from "../../plan/a1";
import { coreFigures } from "../../plan/figures";
import { AGREEMENT } from "../../plan/formulas";
import type { CellBlock, CheckCell, PlanCell, SheetPlan } from "../../plan/types";

/**
 * A template sheet's formulas with the values they compute stored beside them. Readers that do not
 * calculate — pandas and openpyxl, SheetJS, ExcelJS, a mail client's preview, Excel's Protected View —
 * show a formula's stored value, and a file without one shows them an empty results block. The values
 * are the core's figures for the form the sheet holds, read back from the plan's own cells through
 * the contract, as a merge would read the file; the LibreOffice suite proves the formulas compute
 * the same.
 */
export function withFormulaValues(plan: SheetPlan): SheetPlan {
  const cells = new Map<string, PlanCell>();
  for (const block of plan.blocks) {
    const { row, col } = parseCell(block.ref);
    block.rows.forEach((r, i) => r.forEach((v, j) => cells.set(cellRef(row + i, col + j), v)));
  }
  const form = formOfPlan(plan, cells);
  if (!form) return plan;
  const figure = coreFigures(form);
  const known = new Map<string, number | string>();
  for (const r of plan.results) known.set(r.ref, figure(r.what) ?? "");
  for (const c of plan.checks ?? []) known.set(c.ref, agreementOf(form, c, figure));
  // What a formula that only points at another cell (a chart's data block: "=K14") shows.
  const valueOf = (ref: string, hops = 0): number | string | undefined => {
    if (known.has(ref)) return known.get(ref);
    const v = cells.get(ref);
    if (!v) return "";
    if ("text" in v) return v.text;
    if ("number" in v) return v.number;
    if ("date" in v) return v.date;
    const to = /^=\$?([A-Z]{1,3})\$?(\d+)$/.exec(v.formula);
    return to && hops < 8 ? valueOf(`${to[1]}${to[2]}`, hops + 1) : undefined;
  };
  const blocks: CellBlock[] = plan.blocks.map((block) => {
    const { row, col } = parseCell(block.ref);
    return {
      ref: block.ref,
      rows: block.rows.map((r, i) =>
        r.map((v, j) => {
          if (v === null || !("formula" in v)) return v;
          const cached = valueOf(cellRef(row + i, col + j));
          return cached === undefined ? v : { formula: v.formula, cached };
        }),
      ),
    };
  });
  return { ...plan, blocks };
}

/** The form the plan's cells hold, read through the contract (undefined: the plan is no form). */
function formOfPlan(plan: SheetPlan, cells: ReadonlyMap<string, PlanCell>): FilledForm | undefined {
  const data = new Map<string, CellData>();
  for (const [ref, v] of cells) {
    if (v === null || "formula" in v) continue;
    data.set(ref, { value: "text" in v ? v.text : "number" in v ? v.number : v.date });
  }
  const quoted = `'${plan.name.replace(/'/g, "''")}'`;
  const workbook: WorkbookData = {
    sheets: [{ name: plan.name, state: "visible", cells: data, tables: plan.tables.map((t) => ({ name: t.name, ref: t.ref, headers: t.headers })) }],
    names: plan.names.map((n) => ({ name: n.name, formula: `${quoted}!${n.ref}`, ...(n.scope === "sheet" ? { localSheet: 0 } : {}) })),
  };
  return formsOf(workbook).forms[0];
}

/** The register's check, as its formula decides it: both sums numbers, then equal or not; else "". */
function agreementOf(form: FilledForm, check: CheckCell, figure: ReturnType<typeof coreFigures>): string {
  const w = check.what;
  const computed = figure(w.of === "period" ? { measure: "registerSum", period: w.period } : { measure: "registerColumnTotal", column: w.column });
  const row = form.rows.find((r) => r.code === (w.of === "period" ? w.period : REGISTER_TOTAL_CODE));
  const entered = w.of === "period" || w.column === "total" ? row?.value.value : row?.fields?.[w.column]?.value;
  if (typeof computed !== "number" || typeof entered !== "number") return "";
  return computed === entered ? AGREEMENT.same : AGREEMENT.different;
}
