import type { Template, TemplateKind } from "../catalog/types";
import type { FormResult, GroupResult } from "../scoring/types";
import { actionPlan } from "./actionPlan";
import { assessment } from "./assessment";
import { checklist } from "./checklist";
import { register } from "./register";
import { survey } from "./survey";
import type { KindFigure, KindModule } from "./types";

export type { DemoContext, GroupFigures, GroupScoring, KindFigure, KindModule, OverallFigures, OverallScoring } from "./types";

/**
 * The template kinds, registered once. A new kind is a module in this folder (and its sheet-facing
 * part in src/plan/kinds), a member of TemplateKind and one line here: the compiler refuses a kind
 * of TemplateKind left out.
 */
const builtIn: { readonly [K in TemplateKind]: KindModule<K> } = {
  checklist,
  assessment,
  register,
  survey,
  actionPlan,
};

const registry = new Map<string, KindModule<string>>(Object.values(builtIn).map((k) => [k.kind, k]));

/** Adds a kind at run time (a test's made-up kind); a kind registered twice is a mistake. */
export function registerKind(module: KindModule<string>): void {
  if (registry.has(module.kind)) throw new Error(`Template kind "${module.kind}" is registered already`);
  registry.set(module.kind, module);
}

/** A template's kind; an unregistered one is refused by name rather than scored as some other kind. */
export function kindOf(template: Pick<Template, "id" | "kind">): KindModule<string> {
  const k = registry.get(template.kind);
  if (!k) throw new Error(`Template "${template.id}" is of kind "${template.kind}", which no module registers (src/core/kinds)`);
  return k;
}

/** The figure a group carries by its template's kind (undefined for kinds without one). */
export function figureOf(template: Pick<Template, "id" | "kind">, g: GroupResult | undefined): number | undefined {
  const figure = kindOf(template).figure;
  return figure && g ? g[figure] : undefined;
}

const OVERALL_OF: { readonly [F in KindFigure]: "overall" | "overallNonCompliancePct" | "overallProgressPct" } = {
  average: "overall",
  nonCompliancePct: "overallNonCompliancePct",
  progressPct: "overallProgressPct",
};

/** The form's overall figure by its template's kind (mean of criteria, non-compliance % or progress %). */
export function overallFigureOf(template: Pick<Template, "id" | "kind">, r: FormResult): number | undefined {
  const figure = kindOf(template).figure;
  return figure ? r[OVERALL_OF[figure]] : undefined;
}
