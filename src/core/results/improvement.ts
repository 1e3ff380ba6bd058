import type { Template } from "../catalog/types";
import { placedItems } from "../catalog";
import { roleValue, scaleMidpoint } from "../catalog/scales";
import type { FilledForm } from "../form";
import { interpret } from "../interpret";
import { scoreForm } from "../scoring/formResult";

/**
 * The improvement plan's starting point: the weakest practices and criteria of a form. Weak is below
 * the user's threshold — by default below the scale's midpoint (under 3 on 1–5) — or any Neatbilst.
 */

export interface WeakPoint {
  readonly sheet: string;
  readonly template: Template;
  /** Item code, or a criterion code when the whole criterion's average is weak. */
  readonly code: string;
  readonly criterion: string;
  readonly text: string;
  /** The rating (item) or average (criterion). */
  readonly value: number | string;
  readonly level: "item" | "criterion";
}

export function weakPoints(form: FilledForm, threshold?: number): WeakPoint[] {
  const { template } = form;
  const scale = template.scale;
  if (scale.kind !== "numeric" && scale.kind !== "compliance") return [];
  const limit = threshold ?? scaleMidpoint(scale);
  const noncompliant = scale.kind === "compliance" ? roleValue(scale, "nonCompliant") : undefined;
  const out: WeakPoint[] = [];
  const result = scoreForm(form);
  for (const g of result.groups.filter((x) => x.depth === 0)) {
    if (g.average !== undefined && limit !== undefined && g.average < limit)
      out.push({ sheet: form.sheet, template, code: g.code, criterion: `${g.code} ${g.title}`, text: g.title, value: g.average, level: "criterion" });
  }
  const rows = new Map(form.rows.map((r) => [r.code, r]));
  for (const { item, path } of placedItems(template)) {
    const row = rows.get(item.code);
    if (!row) continue;
    const i = interpret(scale, row.value.value);
    if (i.kind !== "scored") continue;
    const weak = noncompliant !== undefined ? i.value === noncompliant : limit !== undefined && (i.value as number) < limit;
    if (weak)
      out.push({ sheet: form.sheet, template, code: item.code, criterion: `${path[0].code} ${path[0].title}`, text: item.text, value: i.value, level: "item" });
  }
  return out;
}
