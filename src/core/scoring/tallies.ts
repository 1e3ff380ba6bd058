import type { Group, Template } from "../catalog/types";
import { roleValue } from "../catalog/scales";
import type { Interpretation } from "../interpret";
import { sharePct } from "./arithmetic";
import type { AnswerShare, ComplianceTally, Counts, ItemReading } from "./types";

/** What the kinds' figures are made of: items counted by how they read on the scale. */

export function countReadings(readings: readonly Interpretation[]): Counts {
  let answered = 0,
    notApplicable = 0,
    missing = 0,
    invalid = 0;
  for (const r of readings) {
    if (r.kind === "scored") answered++;
    else if (r.kind === "notApplicable") notApplicable++;
    else if (r.kind === "blank") missing++;
    else invalid++;
  }
  return { items: readings.length, answered, notApplicable, missing, invalid };
}

export function scoredValues(readings: readonly Interpretation[]): (number | string)[] {
  return readings.flatMap((r) => (r.kind === "scored" ? [r.value] : []));
}

export function scoredNumbers(readings: readonly Interpretation[]): number[] {
  return scoredValues(readings).filter((v): v is number => typeof v === "number");
}

export function complianceTally(template: Template, readings: readonly Interpretation[]): ComplianceTally {
  const values = scoredValues(readings);
  const count = (role: "compliant" | "nonCompliant") => {
    const word = roleValue(template.scale, role);
    return values.filter((v) => v === word).length;
  };
  return { compliant: count("compliant"), nonCompliant: count("nonCompliant") };
}

export function doneCount(template: Template, readings: readonly Interpretation[]): number {
  const done = roleValue(template.scale, "done");
  return scoredValues(readings).filter((v) => v === done).length;
}

export function answerShares(group: Group, readingAt: ItemReading, respondents: Interpretation | undefined): AnswerShare[] {
  const denominator = respondents?.kind === "scored" ? (respondents.value as number) : undefined;
  return (group.items ?? []).map((item) => {
    const i = readingAt(item.code);
    const count = i?.kind === "scored" ? (i.value as number) : undefined;
    const pct = count !== undefined && denominator !== undefined ? sharePct(count, denominator) : undefined;
    return { code: item.code, text: item.text, count, pct };
  });
}
