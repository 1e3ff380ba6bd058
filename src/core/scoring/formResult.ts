import type { Group, Template } from "../catalog/types";
import { allGroups, itemCodes } from "../catalog";
import type { FilledForm, FormRow } from "../form";
import { interpret, type Interpretation } from "../interpret";
import { kindOf } from "../kinds";
import { countReadings } from "./tallies";
import type { FormResult, GroupResult, ItemReading } from "./types";

export type { AnswerShare, ComplianceTally, Counts, FormResult, GroupResult, ItemReading } from "./types";

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
 * figures per service both come from here, each by its template's kind. `respondents`: the
 * survey's denominator.
 */
export function scoreItems(template: Template, readingAt: ItemReading, respondents?: Interpretation): FormResult {
  const kind = kindOf(template);
  const readingsOf = (codes: readonly string[]): Interpretation[] => codes.flatMap((c) => readingAt(c) ?? []);
  const groups = allGroups(template).map(({ group, depth }): GroupResult => {
    const readings = readingsOf(codesOf(group));
    const counts = countReadings(readings);
    return {
      code: group.code,
      title: group.title,
      depth,
      counts,
      ...kind.scoreGroup({ template, group, readings, counts, readingAt, ...(respondents ? { respondents } : {}) }),
    };
  });
  const readings = readingsOf(template.groups.flatMap((g) => codesOf(g)));
  const counts = countReadings(readings);
  return { templateId: template.id, groups, counts, ...kind.scoreOverall({ template, groups, readings, counts }) };
}

// A merge scores thousands of services on one template: each group's codes are walked once.
const groupCodes = new WeakMap<Group, readonly string[]>();
function codesOf(group: Group): readonly string[] {
  let codes = groupCodes.get(group);
  if (!codes) groupCodes.set(group, (codes = itemCodes(group)));
  return codes;
}
