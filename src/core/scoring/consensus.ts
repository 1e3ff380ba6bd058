import type { Scale } from "../catalog/types";
import { roleValue } from "../catalog/scales";
import { mean } from "./arithmetic";
import { assertNever } from "../never";

/**
 * With several assessors (a CAF-style self-assessment group) numeric ratings meet at their mean;
 * compliance answers at the most frequent answer, a tie counting as Neatbilst (a non-compliance one
 * assessor saw is not averaged away); statuses at the most frequent, the first on a tie.
 */
export function consensusValue(scale: Scale, ratings: readonly (number | string | undefined)[]): number | string | undefined {
  const present = ratings.filter((r): r is number | string => r !== undefined);
  if (present.length === 0) return undefined;
  switch (scale.kind) {
    case "numeric":
    case "count":
      return mean(present.filter((r): r is number => typeof r === "number"));
    case "compliance": {
      const leaders = mostFrequent(present);
      const no = roleValue(scale, "nonCompliant");
      return leaders.length > 1 && leaders.includes(no) ? no : leaders[0];
    }
    case "status":
      return mostFrequent(present)[0];
    default:
      return assertNever(scale.kind, "scale kind");
  }
}

function mostFrequent(values: readonly (number | string)[]): string[] {
  const counts = new Map<string, number>();
  for (const r of values) counts.set(String(r), (counts.get(String(r)) ?? 0) + 1);
  const top = Math.max(...counts.values());
  return [...counts].filter(([, n]) => n === top).map(([v]) => v);
}

/** How far assessors are apart on one item: their mean and spread; two points or more is a disagreement. */
export function agreement(ratings: readonly (number | string | undefined)[]): { mean?: number; spread?: number; disagree: boolean } {
  const nums = ratings.filter((r): r is number => typeof r === "number");
  const spread = nums.length ? Math.max(...nums) - Math.min(...nums) : undefined;
  return { mean: mean(nums), spread, disagree: spread !== undefined && spread >= 2 };
}
