import { scoreForm } from "../core/scoring/formResult";
import { scoreRegister } from "../core/scoring/register";
import type { CellInput, FilledForm, RawValue } from "../core/form";
import type { Template } from "../core/catalog/types";
import type { FormFill } from "../core/fill";
import { tableRows } from "./kinds";
import type { ResultCell, ResultMeasure } from "./types";

/**
 * What a result cell of the plan should show, by the core's own arithmetic: the one comparison the
 * LibreOffice suite makes of a recalculated file and the self-check makes in the user's Excel.
 */

/** The core's figure for what a result cell claims to show (undefined = an empty cell). */
export function coreFigure(form: FilledForm, what: ResultMeasure): number | undefined {
  return coreFigures(form)(what);
}

/** The core's figures of one form, scored once, by what a result cell claims to show. */
export function coreFigures(form: FilledForm): (what: ResultMeasure) => number | undefined {
  const result = scoreForm(form);
  const register = scoreRegister(form);
  const group = (code: string) => {
    const g = result.groups.find((x) => x.code === code);
    if (!g) throw new Error(`no group ${code}`);
    return g;
  };
  return (what) => {
    switch (what.measure) {
      case "average":
        return group(what.group).average;
      case "nonCompliancePct":
        return group(what.group).nonCompliancePct;
      case "progressPct":
        return group(what.group).progressPct;
      case "count":
        return group(what.group).counts[what.of];
      case "overallCount":
        return result.counts[what.of];
      case "overall":
        return result.overall;
      case "overallNonCompliancePct":
        return result.overallNonCompliancePct;
      case "overallProgressPct":
        return result.overallProgressPct;
      case "sharePct":
        return result.groups.flatMap((g) => g.answers ?? []).find((a) => a.code === what.item)?.pct;
      case "registerSum":
        return register?.periodSums[what.period];
      case "registerColumnTotal":
        return register?.columnTotals[what.column];
    }
  };
}

/**
 * The form a plan's fill makes, as a reader gets it back from the sheet (the values only: the
 * figures need no addresses). The .xlsx writer's chart caches are its figures.
 */
export function formOfFill(template: Template, fill: FormFill): FilledForm {
  const cell = (value: RawValue): CellInput => ({ ref: "", value });
  const m = fill.meta;
  return {
    template,
    sheet: template.sheetName,
    meta: { iestade: cell(m.iestade), periods: cell(m.periods), vertetajs: cell(m.vertetajs), datums: cell(m.datums) },
    rows: tableRows(template).map((r) => ({ code: r.code, value: cell(fill.values[r.code] ?? null) })),
    ...(fill.respondents === undefined ? {} : { respondents: cell(fill.respondents) }),
  };
}

/** A cell's computed value as a figure: a number, or undefined for the "" of an empty result. */
export function engineFigure(value: unknown): number | undefined | "not a figure" {
  if (typeof value === "number") return value;
  if (value === null || value === undefined || value === "") return undefined;
  return "not a figure";
}

/** One result cell whose computed value is not the core's figure. */
export interface FigureMismatch {
  readonly ref: string;
  readonly what: ResultMeasure;
  /** What the spreadsheet shows: a number, "" for empty, or the text or error it holds. */
  readonly engine: unknown;
  readonly core: number | undefined;
}

/** Every result cell whose value (by `valueAt`) differs from the core's figure for the form. */
export function figureMismatches(results: readonly ResultCell[], valueAt: (ref: string) => unknown, form: FilledForm): FigureMismatch[] {
  const figure = coreFigures(form);
  return results.flatMap((r) => {
    const value = valueAt(r.ref);
    const engine = engineFigure(value ?? null);
    const core = figure(r.what);
    const same = engine === core || (typeof engine === "number" && typeof core === "number" && Math.abs(engine - core) < 1e-9);
    return same ? [] : [{ ref: r.ref, what: r.what, engine: value ?? "", core }];
  });
}

/** "average 1.1", "count 2 missing", "overall": what a result cell shows, for a report. */
export function measureLabel(what: ResultMeasure): string {
  const [, ...rest] = Object.values(what);
  return [what.measure, ...rest.map(String)].join(" ");
}
