import { placedItems } from "../catalog";
import { pick } from "../random";
import { mean } from "../scoring/arithmetic";
import { scoredNumbers } from "../scoring/tallies";
import type { KindModule } from "./types";

/** Items rated on a numeric scale (Kuldīga's criteria, the 2023 self-assessment): averages, a mean of means. */
export const assessment: KindModule<"assessment"> = {
  kind: "assessment",
  scaleKind: "numeric",
  figure: "average",
  // A criterion pools the items of all its sub-criteria (the readings include them).
  scoreGroup: ({ readings }) => ({ average: mean(scoredNumbers(readings)) }),
  scoreOverall: ({ groups }) => ({ overall: mean(groups.filter((g) => g.depth === 0).flatMap((g) => g.average ?? [])) }),
  demo: (template, { rand }) => {
    const values: Record<string, string | number> = {};
    for (const { item } of placedItems(template))
      values[item.code] = pick<string | number>(rand, [
        [1, 1],
        [2, 3],
        [3, 6],
        [4, 7],
        [5, 3],
        ["Nav attiecināms", 0.5],
      ]);
    return { values, comments: {}, fields: {} };
  },
};
