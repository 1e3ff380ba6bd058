import type { Group, Template } from "../catalog/types";
import { allGroups, itemCodes } from "../catalog";
import type { FilledForm, FormRow } from "../form";
import { interpret, type Interpretation } from "../interpret";
import { roleValue } from "../catalog/scales";
import { mean, nonCompliancePct, progressPct, sharePct } from "./arithmetic";

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

/** The figures of one filled form, from valid entries only (as the sheet's formulas count them). */
export function scoreForm(form: FilledForm): FormResult {
  const { template } = form;
  // A repeated code counts once, its first row (validation reports the repeat).
  const rowsByCode = new Map<string, FormRow>();
  for (const r of form.rows) if (!rowsByCode.has(r.code)) rowsByCode.set(r.code, r);
  const read = new Map<string, Interpretation>();
  const readingAt: ItemReading = (code) => {
    const row = rowsByCode.get(code);
    if (!row) return undefined;
    let i = read.get(code);
    if (!i) read.set(code, (i = interpret(template.scale, row.value.value)));
    return i;
  };
  const respondents = form.respondents ? interpret(template.scale, form.respondents.value) : undefined;
  return scoreItems(template, readingAt, respondents);
}

/**
 * The one rule of every figure, over the value at each item: the form's own figures and a merge's
 * figures per service both come from here. `respondents`: the survey's denominator.
 */
export function scoreItems(template: Template, readingAt: ItemReading, respondents?: Interpretation): FormResult {
  const readingsOf = (codes: readonly string[]): Interpretation[] => codes.flatMap((c) => readingAt(c) ?? []);
  const groups = allGroups(template).map(({ group, depth }) => groupResult(template, group, depth, readingsOf(codesOf(group)), readingAt, respondents));
  const all = readingsOf(template.groups.flatMap((g) => codesOf(g)));
  const counts = countReadings(all);
  const top = groups.filter((g) => g.depth === 0);

  switch (template.scale.kind) {
    case "numeric":
      return { templateId: template.id, groups, counts, overall: mean(top.flatMap((g) => g.average ?? [])) };
    case "compliance": {
      const { compliant, nonCompliant } = complianceTally(template, all);
      return { templateId: template.id, groups, counts, overallNonCompliancePct: nonCompliancePct(compliant, nonCompliant) };
    }
    case "status":
      return {
        templateId: template.id,
        groups,
        counts,
        overallProgressPct: progressPct(doneCount(template, all), counts.items, counts.notApplicable),
      };
    case "count":
      return { templateId: template.id, groups, counts };
  }
}

// A merge scores thousands of services on one template: each group's codes are walked once.
const groupCodes = new WeakMap<Group, readonly string[]>();
function codesOf(group: Group): readonly string[] {
  let codes = groupCodes.get(group);
  if (!codes) groupCodes.set(group, (codes = itemCodes(group)));
  return codes;
}

function groupResult(template: Template, group: Group, depth: number, readings: readonly Interpretation[], readingAt: ItemReading, respondents: Interpretation | undefined): GroupResult {
  const counts = countReadings(readings);
  const base = { code: group.code, title: group.title, depth, counts };
  switch (template.scale.kind) {
    case "numeric":
      return { ...base, average: mean(scoredNumbers(readings)) };
    case "compliance": {
      const compliance = complianceTally(template, readings);
      return { ...base, nonCompliancePct: nonCompliancePct(compliance.compliant, compliance.nonCompliant), compliance };
    }
    case "status":
      return { ...base, progressPct: progressPct(doneCount(template, readings), counts.items, counts.notApplicable) };
    case "count":
      return template.kind === "survey" ? { ...base, answers: answerShares(group, readingAt, respondents) } : base;
  }
}

function countReadings(readings: readonly Interpretation[]): Counts {
  let answered = 0, notApplicable = 0, missing = 0, invalid = 0;
  for (const r of readings) {
    if (r.kind === "scored") answered++;
    else if (r.kind === "notApplicable") notApplicable++;
    else if (r.kind === "blank") missing++;
    else invalid++;
  }
  return { items: readings.length, answered, notApplicable, missing, invalid };
}

function scoredValues(readings: readonly Interpretation[]): (number | string)[] {
  return readings.flatMap((r) => (r.kind === "scored" ? [r.value] : []));
}

function scoredNumbers(readings: readonly Interpretation[]): number[] {
  return scoredValues(readings).filter((v): v is number => typeof v === "number");
}

function complianceTally(template: Template, readings: readonly Interpretation[]): ComplianceTally {
  const values = scoredValues(readings);
  const count = (role: "compliant" | "nonCompliant") => {
    const word = roleValue(template.scale, role);
    return values.filter((v) => v === word).length;
  };
  return { compliant: count("compliant"), nonCompliant: count("nonCompliant") };
}

function doneCount(template: Template, readings: readonly Interpretation[]): number {
  const done = roleValue(template.scale, "done");
  return scoredValues(readings).filter((v) => v === done).length;
}

function answerShares(group: Group, readingAt: ItemReading, respondents: Interpretation | undefined): AnswerShare[] {
  const denominator = respondents?.kind === "scored" ? (respondents.value as number) : undefined;
  return (group.items ?? []).map((item) => {
    const i = readingAt(item.code);
    const count = i?.kind === "scored" ? (i.value as number) : undefined;
    const pct = count !== undefined && denominator !== undefined ? sharePct(count, denominator) : undefined;
    return { code: item.code, text: item.text, count, pct };
  });
}
