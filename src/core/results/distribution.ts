/**
 * Where one service stands among all services of a merge, for its feedback workbook: the spread of
 * a figure over the services (mean, min, quartiles, max) and the service's rank. Pure arithmetic on
 * figures the scoring already computed; nothing is recomputed from ratings here.
 */

export interface Distribution {
  /** How many services have the figure. */
  readonly count: number;
  readonly mean: number;
  readonly min: number;
  /** Quartiles by linear interpolation between the closest ranks, as Excel's QUARTILE.INC. */
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

/**
 * The spread of the defined figures; undefined when none is.
 * @example distribution([1, 2, 3, 4]) // { count: 4, mean: 2.5, min: 1, q1: 1.75, median: 2.5, q3: 3.25, max: 4 }
 */
export function distribution(figures: readonly (number | undefined)[]): Distribution | undefined {
  const sorted = figures.filter((f): f is number => f !== undefined && Number.isFinite(f)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const at = (p: number) => {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
  };
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { count: sorted.length, mean: sum / sorted.length, min: sorted[0], q1: at(0.25), median: at(0.5), q3: at(0.75), max: sorted[sorted.length - 1] };
}

/**
 * A figure's place among all (1 = best; equal figures share a place, the next place skips, as
 * Excel's RANK.EQ). `better` says which way is better: a higher average, a lower non-compliance %.
 * @example rank(4, [3, 4, 5, 4], "higher") // 2
 */
export function rank(figure: number | undefined, all: readonly (number | undefined)[], better: "higher" | "lower"): number | undefined {
  if (figure === undefined) return undefined;
  return 1 + all.filter((f) => f !== undefined && (better === "higher" ? f > figure : f < figure)).length;
}
