import type { CellInput, FilledForm, FormRow } from "../form";
import { REGISTER_TOTAL_CODE } from "../catalog/types";

export interface RegisterResult {
  /** Per period: planned + unplanned + document checks (SUM ignores text, so does this). */
  readonly periodSums: Readonly<Record<string, number>>;
  /** Per count column key, and "total" for the entered totals: the sum over the periods. */
  readonly columnTotals: Readonly<Record<string, number>>;
}

const sumNumbers = (cells: readonly (CellInput | undefined)[]) => cells.reduce((a, c) => a + (typeof c?.value === "number" ? c.value : 0), 0);

export function scoreRegister(form: FilledForm): RegisterResult | undefined {
  const reg = form.template.register;
  if (!reg) return undefined;
  const byCode = new Map(form.rows.map((r) => [r.code, r]));
  const periods = reg.periods.map((p) => byCode.get(p.code)).filter((r): r is FormRow => !!r && r.code !== REGISTER_TOTAL_CODE);
  const periodSums = Object.fromEntries(periods.map((r) => [r.code, sumNumbers(reg.columns.map((c) => r.fields?.[c.key]))]));
  const columnTotals: Record<string, number> = Object.fromEntries(reg.columns.map((c) => [c.key, sumNumbers(periods.map((r) => r.fields?.[c.key]))]));
  columnTotals.total = sumNumbers(periods.map((r) => r.value));
  return { periodSums, columnTotals };
}
