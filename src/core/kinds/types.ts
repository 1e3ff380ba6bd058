import type { Group, ScaleKind, Template, TemplateKind } from "../catalog/types";
import type { FormFill } from "../fill";
import type { FilledForm } from "../form";
import type { Interpretation } from "../interpret";
import type { Counts, FormResult, GroupResult, ItemReading } from "../scoring/types";
import type { At } from "../validation/types";

/**
 * A template kind's core-facing part: how its forms score, what they check beyond the ratings every
 * kind shares, and their demonstration data. The sheet-facing part (columns, results block, charts)
 * is in src/plan/kinds, because the core imports nothing from the plan.
 */

/** The one figure a kind's groups and form carry; the sheet's results block shows the same one. */
export type KindFigure = "average" | "nonCompliancePct" | "progressPct";

export interface GroupScoring {
  readonly template: Template;
  readonly group: Group;
  /** The group's items as they read, its sub-groups' included. */
  readonly readings: readonly Interpretation[];
  readonly counts: Counts;
  readonly readingAt: ItemReading;
  /** Surveys: how the respondents' cell reads. */
  readonly respondents?: Interpretation;
}

export interface OverallScoring {
  readonly template: Template;
  readonly groups: readonly GroupResult[];
  /** Every item of the form as it reads. */
  readonly readings: readonly Interpretation[];
  readonly counts: Counts;
}

export type GroupFigures = Partial<Pick<GroupResult, "average" | "nonCompliancePct" | "compliance" | "progressPct" | "answers">>;
export type OverallFigures = Partial<Pick<FormResult, "overall" | "overallNonCompliancePct" | "overallProgressPct">>;

export interface DemoContext {
  /** Seeded by template and variant: the same demo every time. */
  readonly rand: () => number;
  readonly variant: number;
  readonly periods: number;
}

export interface KindModule<K extends string = TemplateKind> {
  readonly kind: K;
  /** The kind of scale its templates are rated on (the catalog's tests hold every template to it). */
  readonly scaleKind: ScaleKind;
  /** The figure per group and overall; none for kinds whose results are elsewhere (survey, register). */
  readonly figure?: KindFigure;
  readonly scoreGroup: (s: GroupScoring) => GroupFigures;
  readonly scoreOverall: (s: OverallScoring) => OverallFigures;
  /** Checks of the kind's own cells, beside the rating, row and metadata checks every kind has. */
  readonly validate?: (form: FilledForm, at: At) => void;
  readonly demo: (template: Template, ctx: DemoContext) => Omit<FormFill, "meta">;
}
