import { scoreForm, scoreRegister, type FilledForm } from "../../src/core";
import type { ResultCell, ResultMeasure } from "../../src/plan";

/** The core's figure for what a result cell of the plan claims to show (undefined = empty cell). */
export function coreFigure(form: FilledForm, what: ResultMeasure): number | undefined {
  const result = scoreForm(form);
  const group = (code: string) => {
    const g = result.groups.find((x) => x.code === code);
    if (!g) throw new Error(`no group ${code}`);
    return g;
  };
  switch (what.measure) {
    case "average":
      return group(what.group).average;
    case "nonCompliancePct":
      return group(what.group).nonCompliancePct;
    case "progressPct":
      return group(what.group).progressPct;
    case "count":
      return group(what.group).counts[what.of];
    case "overall":
      return result.overall;
    case "overallNonCompliancePct":
      return result.overallNonCompliancePct;
    case "overallProgressPct":
      return result.overallProgressPct;
    case "sharePct":
      return result.groups.flatMap((g) => g.answers ?? []).find((a) => a.code === what.item)?.pct;
    case "registerSum":
      return scoreRegister(form)?.periodSums[what.period];
    case "registerColumnTotal":
      return scoreRegister(form)?.columnTotals[what.column];
  }
}

/** A cell's computed value as a figure: a number, or undefined for the "" of an empty result. */
export function engineFigure(value: unknown): number | undefined | "not a figure" {
  if (typeof value === "number") return value;
  if (value === null || value === "") return undefined;
  return "not a figure";
}

/** Formula cells whose computed value is an error, as "ref: #ERR (formula)". */
export function formulaErrors(cells: ReadonlyMap<string, { formula?: string; error?: string }>): string[] {
  return [...cells].filter(([, c]) => c.formula && c.error).map(([ref, c]) => `${ref}: ${c.error} (${c.formula})`);
}

/** Every result cell of a plan whose engine value differs from the core's figure for the form. */
export function resultMismatches(results: readonly ResultCell[], cells: ReadonlyMap<string, { value: unknown }>, form: FilledForm): string[] {
  return results.flatMap((r) => {
    const engine = engineFigure(cells.get(r.ref)?.value ?? null);
    const core = coreFigure(form, r.what);
    const same = engine === core || (typeof engine === "number" && typeof core === "number" && Math.abs(engine - core) < 1e-9);
    return same ? [] : [`${r.ref} ${JSON.stringify(r.what)}: engine ${engine}, core ${core}`];
  });
}
