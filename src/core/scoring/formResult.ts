import type { Group, Template } from "../catalog/types";
import { allGroups } from "../catalog";
import type { FilledForm, FormRow } from "../form";
import { interpret } from "../interpret";
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

/** The figures of one filled form, from valid entries only (as the sheet's formulas count them). */
export function scoreForm(form: FilledForm): FormResult {
  const { template } = form;
  // A repeated code counts once, its first row (validation reports the repeat).
  const rowsByCode = new Map<string, FormRow>();
  for (const r of form.rows) if (!rowsByCode.has(r.code)) rowsByCode.set(r.code, r);
  const rowsOf = (g: Group): FormRow[] => itemCodes(g).flatMap((c) => rowsByCode.get(c) ?? []);

  const groups = allGroups(template).map(({ group, depth }) => groupResult(template, form, group, depth, rowsOf(group)));
  const allRows = template.groups.flatMap(rowsOf);
  const counts = countRows(template, allRows);
  const top = groups.filter((g) => g.depth === 0);

  switch (template.scale.kind) {
    case "numeric":
      return { templateId: template.id, groups, counts, overall: mean(top.flatMap((g) => g.average ?? [])) };
    case "compliance": {
      const { yes, no } = complianceTally(template, allRows);
      return { templateId: template.id, groups, counts, overallNonCompliancePct: nonCompliancePct(yes, no) };
    }
    case "status":
      return {
        templateId: template.id,
        groups,
        counts,
        overallProgressPct: progressPct(doneCount(template, allRows), counts.items, counts.notApplicable),
      };
    case "count":
      return { templateId: template.id, groups, counts };
  }
}

export function itemCodes(group: Group): string[] {
  return [...(group.items ?? []).map((i) => i.code), ...(group.groups ?? []).flatMap(itemCodes)];
}

function groupResult(template: Template, form: FilledForm, group: Group, depth: number, rows: FormRow[]): GroupResult {
  const counts = countRows(template, rows);
  const base = { code: group.code, title: group.title, depth, counts };
  switch (template.scale.kind) {
    case "numeric":
      return { ...base, average: mean(scoredNumbers(template, rows)) };
    case "compliance": {
      const { yes, no } = complianceTally(template, rows);
      return { ...base, nonCompliancePct: nonCompliancePct(yes, no) };
    }
    case "status":
      return { ...base, progressPct: progressPct(doneCount(template, rows), counts.items, counts.notApplicable) };
    case "count":
      return template.kind === "survey" ? { ...base, answers: answerShares(template, form, group, rows) } : base;
  }
}

function countRows(template: Template, rows: readonly FormRow[]): Counts {
  let answered = 0, notApplicable = 0, missing = 0, invalid = 0;
  for (const row of rows) {
    const k = interpret(template.scale, row.value.value).kind;
    if (k === "scored") answered++;
    else if (k === "notApplicable") notApplicable++;
    else if (k === "blank") missing++;
    else invalid++;
  }
  return { items: rows.length, answered, notApplicable, missing, invalid };
}

function scoredValues(template: Template, rows: readonly FormRow[]): (number | string)[] {
  return rows.flatMap((r) => {
    const i = interpret(template.scale, r.value.value);
    return i.kind === "scored" ? [i.value] : [];
  });
}

function scoredNumbers(template: Template, rows: readonly FormRow[]): number[] {
  return scoredValues(template, rows).filter((v): v is number => typeof v === "number");
}

function complianceTally(template: Template, rows: readonly FormRow[]) {
  const values = scoredValues(template, rows);
  const count = (role: "compliant" | "nonCompliant") => values.filter((v) => v === roleValue(template.scale, role)).length;
  return { yes: count("compliant"), no: count("nonCompliant") };
}

function doneCount(template: Template, rows: readonly FormRow[]): number {
  const done = roleValue(template.scale, "done");
  return scoredValues(template, rows).filter((v) => v === done).length;
}

function answerShares(template: Template, form: FilledForm, group: Group, rows: readonly FormRow[]): AnswerShare[] {
  const respondents = form.respondents ? interpret(template.scale, form.respondents.value) : undefined;
  const denominator = respondents?.kind === "scored" ? (respondents.value as number) : undefined;
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return (group.items ?? []).map((item) => {
    const row = byCode.get(item.code);
    const i = row ? interpret(template.scale, row.value.value) : undefined;
    const count = i?.kind === "scored" ? (i.value as number) : undefined;
    const pct = count !== undefined && denominator !== undefined ? sharePct(count, denominator) : undefined;
    return { code: item.code, text: item.text, count, pct };
  });
}
