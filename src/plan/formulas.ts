import type { Scale } from "../core/catalog/types";
import { roleValue } from "../core/catalog/scales";

/**
 * Every live formula of a workbook, in en-US syntax, in one place. Each mirrors one function of
 * src/core/scoring and counts exactly what `interpret` calls `scored`:
 * - numbers are compared with `=` against each scale value, so text that looks like a number
 *   ("4,0" pasted as text) and numbers off the scale (4.5, 7) are not counted — COUNTIF would
 *   coerce text and AVERAGE would take any number;
 * - words are compared with `=`, which matches whole cells without regard to case (as COUNTIF
 *   does), as `interpret` does: "neatbilst" counts as "Neatbilst";
 * - an empty result is "" (not an error), so the sheet stays free of #DIV/0!.
 *
 * A figure never points at a row by its position. It reads whole columns of the items table and
 * picks its rows by their `Kods` (`Rows.key`), so sorting or filtering the table, inserting or
 * deleting a row inside it, or moving it leaves every figure as the core computes it: the core,
 * too, finds an item's row by its code, and ignores rows whose code is not the template's.
 */

/** The rows a figure counts: the cells of `values` whose row's `Kods` (in `key.codes`) is one of `key.items`. */
export interface Rows {
  /** Absolute range of the rating column, e.g. `$E$13:$E$70`. */
  readonly values: string;
  /** Without a key, every row of `values` counts. */
  readonly key?: { readonly codes: string; readonly items: readonly string[] };
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const lit = (v: string | number) => (typeof v === "number" ? String(v) : quote(v));

/** 1 for a row the figure counts, 0 otherwise (an array, for SUMPRODUCT). */
function mask(rows: Rows): string {
  return rows.key ? `ISNUMBER(MATCH(${rows.key.codes},{${rows.key.items.map(quote).join(",")}},0))*` : "";
}
/** How many counted rows hold `word` (any case, whole cell). */
function countOf(rows: Rows, word: string | number): string {
  return `SUMPRODUCT(${mask(rows)}(${rows.values}=${lit(word)}))`;
}
/**
 * How many rows the figure counts: the template's items present in the table. `--` makes the
 * TRUE/FALSE of ISNUMBER numbers: Excel's SUMPRODUCT counts a bare boolean as 0 (LibreOffice does not).
 */
export function itemCount(rows: Rows): string {
  return rows.key ? `SUMPRODUCT(--${mask(rows).slice(0, -1)})` : `ROWS(${rows.values})`;
}

/** Number of counted cells holding a value of the numeric scale. */
export function scoredCount(rows: Rows, scale: Scale): string {
  const r = rows.values;
  const hits = scale.values.map((v) => `(${r}=${lit(v.value)})`).join("+");
  return `SUMPRODUCT(${mask(rows)}ISNUMBER(${r})*(${hits}))`;
}

/** Sum of the counted cells holding a value of the numeric scale. */
export function scoredSum(rows: Rows, scale: Scale): string {
  const r = rows.values;
  const terms = scale.values.map((v) => `(${r}=${lit(v.value)})*${lit(v.value)}`).join("+");
  return `SUMPRODUCT(${mask(rows)}ISNUMBER(${r})*(${terms}))`;
}

/** Criterion / group average (core: `mean` of scored items). */
export function average(rows: Rows, scale: Scale): string {
  return `=IFERROR(${scoredSum(rows, scale)}/${scoredCount(rows, scale)},"")`;
}

/** Mean of criterion averages; AVERAGE skips the "" of criteria with nothing scored (core: overall). */
export function meanOf(cells: readonly string[]): string {
  return `=IFERROR(AVERAGE(${cells.join(",")}),"")`;
}

/** Neatbilst ÷ (Atbilst + Neatbilst) × 100 (core: `nonCompliancePct`), by the scale's roles. */
export function nonCompliancePct(rows: Rows, scale: Scale): string {
  const yes = countOf(rows, roleValue(scale, "compliant"));
  const no = countOf(rows, roleValue(scale, "nonCompliant"));
  return `=IFERROR(${no}/(${yes}+${no})*100,"")`;
}

/** Done ÷ (actions − not applicable) × 100 (core: `progressPct`), by the scale's role "done". */
export function progressPct(rows: Rows, scale: Scale): string {
  const na = scale.notApplicable ? `-${countOf(rows, scale.notApplicable.value)}` : "";
  return `=IFERROR(${countOf(rows, roleValue(scale, "done"))}/(${itemCount(rows)}${na})*100,"")`;
}

export function answeredCount(rows: Rows, scale: Scale): string {
  if (scale.kind === "numeric") return `=${scoredCount(rows, scale)}`;
  const hits = scale.values.map((v) => `(${rows.values}=${lit(v.value)})`).join("+");
  return `=SUMPRODUCT(${mask(rows)}(${hits}))`;
}

export function notApplicableCount(rows: Rows, scale: Scale): string {
  return scale.notApplicable ? `=${countOf(rows, scale.notApplicable.value)}` : "=0";
}

/** Empty cells and "" alike, as `isBlank` (and COUNTBLANK) count them. */
export function missingCount(rows: Rows): string {
  return `=${countOf(rows, "")}`;
}

/** Whatever is neither scored, nor not applicable, nor blank. */
export function invalidCount(rows: Rows, answered: string, notApplicable: string, missing: string): string {
  return `=${itemCount(rows)}-${answered}-${notApplicable}-${missing}`;
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

/**
 * Sum of the numbers in `columns` on the rows whose code is one of `items` (a register period's
 * planned + unplanned + document checks, or one column over all periods). SUMPRODUCT's separate
 * arguments take text as 0, as SUM does (core: `sumNumbers`).
 */
export function sumWhere(codes: string, items: readonly string[], columns: readonly string[]): string {
  const rows = items.length === 1 ? `--(${codes}=${quote(items[0])})` : `--ISNUMBER(MATCH(${codes},{${items.map(quote).join(",")}},0))`;
  const sum = columns.map((c) => `SUMPRODUCT(${rows},${c})`).join("+");
  // One row's sum is "" when the row is gone (deleted), as the core has no sum for it.
  return items.length === 1 ? `=IF(ISNA(MATCH(${quote(items[0])},${codes},0)),"",${sum})` : `=${sum}`;
}

/**
 * The cell of `column` on the row whose code is `code` (#N/A when no row has it). A reference, not
 * a value: ISNUMBER of an empty cell stays FALSE, where IFERROR(…) would turn it into 0.
 */
export function valueOf(codes: string, code: string, column: string): string {
  return `INDEX(${column},MATCH(${quote(code)},${codes},0))`;
}

/** What an agreement cell shows; the .xlsx writer's cached values say the same. */
export const AGREEMENT = { same: "Sakrīt", different: "Nesakrīt" } as const;

/** "Sakrīt" when the entered total equals the computed one, "Nesakrīt" otherwise, "" while incomplete. */
export function agreement(computed: string, entered: string): string {
  return `=IF(AND(ISNUMBER(${computed}),ISNUMBER(${entered})),IF(${computed}=${entered},${quote(AGREEMENT.same)},${quote(AGREEMENT.different)}),"")`;
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
  const done = `SUMPRODUCT((${keys}=${key})*(${status}=${quote(roleValue(scale, "done"))}))`;
  const all = `SUMPRODUCT(--(${keys}=${key}))`;
  const na = scale.notApplicable ? `-SUMPRODUCT((${keys}=${key})*(${status}=${lit(scale.notApplicable.value)}))` : "";
  return `=IFERROR(${done}/(${all}${na})*100,"")`;
}
