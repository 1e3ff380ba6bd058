import type { ScaleKind } from "../catalog/types";
import type { GroupResult } from "./formResult";
import { mean, nonCompliancePct, sharePct } from "./arithmetic";
import { optional } from "../optional";

/**
 * Across services (a municipality, the ministry's merge) the same rule as inside one form: the
 * overall is the mean of the providers' overall scores (a mean of means), never a pooled mean of
 * all items, so a provider with many applicable items does not weigh more.
 */
export function overallAcross(overalls: readonly (number | undefined)[]): number | undefined {
  return mean(overalls.filter((o): o is number => o !== undefined));
}

/** One group's figures across services, each service's figure taken from its own `scoreItems`. */
export interface GroupAcross {
  /** Services with the group assessed: a compliance answer, or an average. */
  readonly services: number;
  /** Mean of the services' group averages (numeric scales). */
  readonly average?: number;
  /** Pooled over every assessed item of every service: Neatbilst ÷ (Atbilst + Neatbilst) × 100. */
  readonly nonCompliancePct?: number;
  /** Share of services (with the group assessed) that have at least one Neatbilst in it. */
  readonly servicesWithNonCompliancePct?: number;
}

/**
 * Both readings of non-compliance the ministry asks for across services, and the mean of means for
 * averages. Action plans, surveys and registers have no figure across services (yet): none is made.
 */
export function groupAcross(kind: ScaleKind, groups: readonly Pick<GroupResult, "average" | "compliance">[]): GroupAcross {
  if (kind === "compliance") {
    const assessed = groups.flatMap((g) => (g.compliance && g.compliance.compliant + g.compliance.nonCompliant > 0 ? [g.compliance] : []));
    const sum = (k: "compliant" | "nonCompliant") => assessed.reduce((a, c) => a + c[k], 0);
    return {
      services: assessed.length,
      ...optional("nonCompliancePct", nonCompliancePct(sum("compliant"), sum("nonCompliant"))),
      ...optional("servicesWithNonCompliancePct", sharePct(assessed.filter((c) => c.nonCompliant > 0).length, assessed.length)),
    };
  }
  const averages = groups.flatMap((g) => g.average ?? []);
  return { services: averages.length, ...optional("average", mean(averages)) };
}
