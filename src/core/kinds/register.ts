import { REGISTER_TOTAL_CODE, type Template } from "../catalog/types";
import { inspectionRegisterSeedFigures, type InspectionCounts } from "../catalog/families/familiesWithChildren2015";
import type { FormFill } from "../fill";
import { isBlank, type CellInput, type FilledForm, type FormRow } from "../form";
import { checkOnScale } from "../validation/allowed";
import type { At } from "../validation/types";
import type { KindModule } from "./types";

function numberOf(cell: CellInput | undefined): number | undefined {
  if (!cell) return undefined;
  if (typeof cell.value === "number") return cell.value;
  return isBlank(cell.value) ? 0 : undefined;
}

function validateRegister(form: FilledForm, at: At): void {
  const reg = form.template.register;
  if (!reg) return;
  const byCode = new Map(form.rows.map((r) => [r.code, r]));
  const periodRows = reg.periods.map((p) => byCode.get(p.code)).filter((r): r is FormRow => !!r);
  for (const row of periodRows) {
    const parts = reg.columns.map((c) => numberOf(row.fields?.[c.key]));
    const total = numberOf(row.value);
    for (const c of reg.columns) checkOnScale(row.fields?.[c.key], row.code, at, form.template);
    if (parts.every((p): p is number => p !== undefined) && total !== undefined) {
      const sum = parts.reduce((a, b) => a + b, 0);
      if (sum !== total) at(row.value, row.code, "register.row", "error", { kind: "registerRow", period: row.code, parts: sum, total });
    }
  }
  const totalRow = byCode.get(REGISTER_TOTAL_CODE);
  if (!totalRow) return;
  const columns = [...reg.columns.map((c) => ({ key: c.key as string | undefined, header: c.header })), { key: undefined, header: reg.totalHeader }];
  for (const c of columns) {
    const cellOf = (r: FormRow) => (c.key ? r.fields?.[c.key] : r.value);
    const values = periodRows.map((r) => numberOf(cellOf(r)));
    const total = numberOf(cellOf(totalRow));
    if (total === undefined || values.some((v) => v === undefined)) continue;
    const sum = (values as number[]).reduce((a, b) => a + b, 0);
    if (sum !== total) at(cellOf(totalRow)!, REGISTER_TOTAL_CODE, "register.total", "error", { kind: "registerTotal", column: c.header, sum, total });
  }
}

/** The register's demonstration rows are the seed's own table (48 = 18 + 8 + 22); a period it lacks is 0. */
const REGISTER_ROWS: Readonly<Record<string, InspectionCounts | undefined>> = inspectionRegisterSeedFigures;

function registerDemo(template: Template): Pick<FormFill, "values" | "fields"> {
  const reg = template.register;
  if (!reg) return { values: {} };
  const values: Record<string, number> = {};
  const fields: Record<string, Record<string, number>> = {};
  const totals = reg.columns.map(() => 0);
  for (const p of reg.periods) {
    // The seed's counts are keyed by the register's column keys (planned, unplanned, documents).
    const counts = reg.columns.map((c) => REGISTER_ROWS[p.code]?.[c.key as keyof InspectionCounts] ?? 0);
    fields[p.code] = Object.fromEntries(reg.columns.map((c, i) => [c.key, counts[i]]));
    values[p.code] = counts.reduce((a, b) => a + b, 0);
    counts.forEach((n, i) => (totals[i] += n));
  }
  fields[REGISTER_TOTAL_CODE] = Object.fromEntries(reg.columns.map((c, i) => [c.key, totals[i]]));
  values[REGISTER_TOTAL_CODE] = totals.reduce((a, b) => a + b, 0);
  return { values, fields };
}

/**
 * The inspection register (periods × counts, with totals): its figures are sums per period and
 * column (scoring/register.ts, the sheet's "Sakrīt / Nesakrīt"), not a figure per group.
 */
export const register: KindModule<"register"> = {
  kind: "register",
  scaleKind: "count",
  scoreGroup: () => ({}),
  scoreOverall: () => ({}),
  validate: validateRegister,
  demo: (template) => registerDemo(template),
};
