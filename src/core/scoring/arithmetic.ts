/** The small formulas of DOMAIN.md, each one rule, each mirrored by a sheet formula in src/plan. */

/** Arithmetic mean; undefined for no values (the sheet shows an empty cell). */
export function mean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Neatbilst ÷ (Atbilst + Neatbilst) × 100; undefined when nothing was assessed. */
export function nonCompliancePct(complies: number, doesNotComply: number): number | undefined {
  const assessed = complies + doesNotComply;
  return assessed === 0 ? undefined : (doesNotComply / assessed) * 100;
}

/**
 * Share of a whole, × 100 (of a survey's respondents, of the services assessed); undefined when the
 * whole is none. Multi-choice survey shares may add past 100.
 */
export function sharePct(count: number, whole: number): number | undefined {
  return whole > 0 ? (count / whole) * 100 : undefined;
}

/** Done ÷ (actions − not applicable) × 100; blank and in-progress actions count as not done. */
export function progressPct(done: number, actions: number, notApplicable: number): number | undefined {
  const counted = actions - notApplicable;
  return counted > 0 ? (done / counted) * 100 : undefined;
}

/** Change against the previous period (current − previous); undefined when either is missing. */
export function change(current: number | undefined, previous: number | undefined): number | undefined {
  return current === undefined || previous === undefined ? undefined : current - previous;
}
