import type { FilledForm } from "../../src/core";
import type { ResultCell } from "../../src/plan";
import { figureMismatches } from "../../src/plan/figures";

export { coreFigure, engineFigure } from "../../src/plan/figures";

/** Formula cells whose computed value is an error, as "ref: #ERR (formula)". */
export function formulaErrors(cells: ReadonlyMap<string, { formula?: string; error?: string }>): string[] {
  return [...cells].filter(([, c]) => c.formula && c.error).map(([ref, c]) => `${ref}: ${c.error} (${c.formula})`);
}

/** Every result cell of a plan whose engine value differs from the core's figure for the form. */
export function resultMismatches(results: readonly ResultCell[], cells: ReadonlyMap<string, { value: unknown }>, form: FilledForm): string[] {
  return figureMismatches(results, (ref) => cells.get(ref)?.value ?? null, form).map(
    (m) =>
      `${m.ref} ${JSON.stringify(m.what)}: engine ${typeof m.engine === "number" ? m.engine : m.engine === "" ? undefined : "not a figure"}, core ${m.core}`,
  );
}
