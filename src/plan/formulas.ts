import type { Scale } from "../core/catalog/types";
import { DONE_STATUS } from "../core/catalog/scales";

/**
 * Every live formula of a workbook, in en-US syntax, in one place. Each mirrors one function of
 * src/core/scoring and counts exactly what `interpret` calls `scored`:
 * - numbers are compared with `=` against each scale value, so text that looks like a number
 *   ("4,0" pasted as text) and numbers off the scale (4.5, 7) are not counted — COUNTIF would
 *   coerce text and AVERAGE would take any number;
 * - words are counted with COUNTIF, which matches whole cells without regard to case, as `interpret`;
 * - an empty result is "" (not an error), so the sheet stays free of #DIV/0!.
 */

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const lit = (v: string | number) => (typeof v === "number" ? String(v) : quote(v));

/** Number of cells of `range` holding a value of the numeric scale. */
export function scoredCount(range: string, scale: Scale): string {
  const hits = scale.values.map((v) => `(${range}=${lit(v.value)})`).join("+");
  return `SUMPRODUCT(ISNUMBER(${range})*(${hits}))`;
}

/** Sum of the cells of `range` holding a value of the numeric scale. */
export function scoredSum(range: string, scale: Scale): string {
  const terms = scale.values.map((v) => `(${range}=${lit(v.value)})*${lit(v.value)}`).join("+");
  return `SUMPRODUCT(ISNUMBER(${range})*(${terms}))`;
}

/** Criterion / group average (core: `mean` of scored items). */
export function average(range: string, scale: Scale): string {
  return `=IFERROR(${scoredSum(range, scale)}/${scoredCount(range, scale)},"")`;
}

/** Mean of criterion averages; AVERAGE skips the "" of criteria with nothing scored (core: overall). */
export function meanOf(cells: readonly string[]): string {
  return `=IFERROR(AVERAGE(${cells.join(",")}),"")`;
}

/** Neatbilst ÷ (Atbilst + Neatbilst) × 100 (core: `nonCompliancePct`). */
export function nonCompliancePct(range: string, scale: Scale): string {
  const [yes, no] = scale.values.map((v) => `COUNTIF(${range},${lit(v.value)})`);
  return `=IFERROR(${no}/(${yes}+${no})*100,"")`;
}

/** Done ÷ (actions − not applicable) × 100 (core: `progressPct`). */
export function progressPct(range: string, scale: Scale): string {
  const na = scale.notApplicable ? `-COUNTIF(${range},${lit(scale.notApplicable.value)})` : "";
  return `=IFERROR(COUNTIF(${range},${quote(DONE_STATUS)})/(ROWS(${range})${na})*100,"")`;
}

export function answeredCount(range: string, scale: Scale): string {
  if (scale.kind === "numeric") return `=${scoredCount(range, scale)}`;
  return `=${scale.values.map((v) => `COUNTIF(${range},${lit(v.value)})`).join("+")}`;
}

export function notApplicableCount(range: string, scale: Scale): string {
  return scale.notApplicable ? `=COUNTIF(${range},${lit(scale.notApplicable.value)})` : "=0";
}

/** COUNTBLANK counts empty cells and "" alike, as `isBlank` does. */
export function missingCount(range: string): string {
  return `=COUNTBLANK(${range})`;
}

/** Whatever is neither scored, nor not applicable, nor blank. */
export function invalidCount(range: string, answered: string, notApplicable: string, missing: string): string {
  return `=ROWS(${range})-${answered}-${notApplicable}-${missing}`;
}

/**
 * Share of respondents (core: `sharePct`): only a whole, non-negative count over a whole positive
 * number of respondents gives a share. Nested IFs, because AND evaluates INT of a text and fails.
 */
export function sharePct(count: string, respondents: string): string {
  return (
    `=IF(AND(ISNUMBER(${count}),ISNUMBER(${respondents})),` +
    `IF(AND(${count}>=0,${count}=INT(${count}),${respondents}>0,${respondents}=INT(${respondents})),` +
    `${count}/${respondents}*100,""),"")`
  );
}

/** Sum of a register row's count columns (planned + unplanned + document checks). */
export function sumOf(range: string): string {
  return `=SUM(${range})`;
}

/** "Sakrīt" when the entered total equals the computed one, "Nesakrīt" otherwise, "" while incomplete. */
export function agreement(computed: string, entered: string): string {
  return `=IF(AND(ISNUMBER(${computed}),ISNUMBER(${entered})),IF(${computed}=${entered},"Sakrīt","Nesakrīt"),"")`;
}

/** Conditional-format test (relative to the top-left input cell): filled in, but not a dropdown value. */
export function offScale(cell: string, allowed: readonly (string | number)[]): string {
  return `=AND(${cell}<>"",NOT(OR(${allowed.map((v) => `${cell}=${lit(v)}`).join(",")})))`;
}

/** Latest minus previous period; "" while either is missing (core: `change`). */
export function difference(latest: string, previous: string): string {
  return `=IF(AND(ISNUMBER(${latest}),ISNUMBER(${previous})),${latest}-${previous},"")`;
}

/** Progress of the rows whose `keys` cell equals `key` (core: `progressPct` over those rows). */
export function progressWhere(keys: string, key: string, status: string, scale: Scale): string {
  const done = `SUMPRODUCT((${keys}=${key})*(${status}=${quote(DONE_STATUS)}))`;
  const all = `SUMPRODUCT(--(${keys}=${key}))`;
  const na = scale.notApplicable ? `-SUMPRODUCT((${keys}=${key})*(${status}=${lit(scale.notApplicable.value)}))` : "";
  return `=IFERROR(${done}/(${all}${na})*100,"")`;
}
