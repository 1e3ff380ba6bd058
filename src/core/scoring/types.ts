import type { Interpretation } from "../interpret";

/** What scoring gives: a form's (or a merged service's) figures per group and overall. */

export interface Counts {
  readonly items: number;
  /** Scored: a value on the scale, not "not applicable". */
  readonly answered: number;
  readonly notApplicable: number;
  readonly missing: number;
  /** Present but not counted (out of scale, text in a number cell…). */
  readonly invalid: number;
}

export interface AnswerShare {
  readonly code: string;
  readonly text: string;
  readonly count?: number;
  readonly pct?: number;
}

export interface ComplianceTally {
  readonly compliant: number;
  readonly nonCompliant: number;
}

export interface GroupResult {
  readonly code: string;
  readonly title: string;
  /** 0 = criterion / top-level group. */
  readonly depth: number;
  readonly counts: Counts;
  /** Numeric scales: mean of the group's scored items (pooled over its sub-groups' items). */
  readonly average?: number;
  /** Compliance scales. */
  readonly nonCompliancePct?: number;
  /** Compliance scales: the assessed items the percentage is made of (a merge pools them across services). */
  readonly compliance?: ComplianceTally;
  /** Action plans: share done. */
  readonly progressPct?: number;
  /** Surveys: the question's answers with their shares of respondents. */
  readonly answers?: readonly AnswerShare[];
}

export interface FormResult {
  readonly templateId: string;
  readonly groups: readonly GroupResult[];
  /** Numeric scales: mean of the criterion (top-level group) averages. */
  readonly overall?: number;
  /** Compliance scales: pooled over every assessed item of the form. */
  readonly overallNonCompliancePct?: number;
  readonly overallProgressPct?: number;
  readonly counts: Counts;
}

/**
 * "The value at item X", as the figures see it: a form's cell as `interpret` reads it, or a merge's
 * value for a service (its consensus). `undefined`: the form has no row for the item.
 */
export type ItemReading = (code: string) => Interpretation | undefined;
