import type { AcceptedForm } from "../core/merge/types";

/**
 * The order a person reads a summary in: by template (as the catalog lists them), then by service
 * name as Latvian sorts it, with numbers in their order ("pasnov_2" before "pasnov_10"), then period
 * and assessor. The merge keeps files in the order it read them; this is only how they are shown.
 */
export const naturalCollator = new Intl.Collator("lv", { numeric: true, sensitivity: "base" });

export function byService(a: AcceptedForm, b: AcceptedForm): number {
  return (
    naturalCollator.compare(a.iestade, b.iestade) ||
    a.periods - b.periods ||
    naturalCollator.compare(a.vertetajs, b.vertetajs) ||
    naturalCollator.compare(a.file, b.file)
  );
}

/** The accepted forms grouped by template (in `order`'s order of ids), each group in natural order. */
export function formsByTemplate(accepted: readonly AcceptedForm[], order: readonly string[]): AcceptedForm[][] {
  const groups = new Map<string, AcceptedForm[]>();
  for (const a of accepted) {
    const list = groups.get(a.template.id);
    if (list) list.push(a);
    else groups.set(a.template.id, [a]);
  }
  const rank = (id: string) => (order.indexOf(id) < 0 ? order.length : order.indexOf(id));
  return [...groups.entries()].sort(([x], [y]) => rank(x) - rank(y) || naturalCollator.compare(x, y)).map(([, list]) => list.sort(byService));
}
