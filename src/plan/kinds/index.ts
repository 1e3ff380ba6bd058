import type { Template, TemplateKind } from "../../core/catalog/types";
import type { TableRow } from "../columns";
import { actionPlan } from "./actionPlan";
import { assessment } from "./assessment";
import { checklist } from "./checklist";
import { register } from "./register";
import { survey } from "./survey";
import type { PlanKind } from "./types";

export type { InputRules, PlanKind, ResultsOut, SheetContext } from "./types";

/**
 * The template kinds' sheet-facing parts, registered once (the core-facing parts are registered in
 * src/core/kinds): the compiler refuses a kind of TemplateKind left out.
 */
const builtIn: { readonly [K in TemplateKind]: PlanKind<K> } = {
  checklist,
  assessment,
  register,
  survey,
  actionPlan,
};

const registry = new Map<string, PlanKind<string>>(Object.values(builtIn).map((k) => [k.kind, k]));

/** Adds a kind's sheet part at run time (a test's made-up kind); a kind registered twice is a mistake. */
export function registerPlanKind(kind: PlanKind<string>): void {
  if (registry.has(kind.kind)) throw new Error(`Template kind "${kind.kind}" has a sheet part registered already`);
  registry.set(kind.kind, kind);
}

/** A template's sheet part; an unregistered kind is refused by name rather than drawn as some other kind. */
export function planKindOf(template: Pick<Template, "id" | "kind">): PlanKind<string> {
  const k = registry.get(template.kind);
  if (!k) throw new Error(`Template "${template.id}" is of kind "${template.kind}", which no sheet part registers (src/plan/kinds)`);
  return k;
}

/** The items table's rows: an item each, or (register) a period each and the totals. */
export function tableRows(template: Template): TableRow[] {
  return planKindOf(template).rows(template);
}
