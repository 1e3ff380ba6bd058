import { placedItems } from "../catalog";
import { DONE_STATUS } from "../catalog/scales";
import { isYear } from "../dates";
import type { CellInput, FilledForm } from "../form";
import { pick } from "../random";
import { progressPct } from "../scoring/arithmetic";
import { doneCount } from "../scoring/tallies";
import type { At } from "../validation/types";
import type { KindModule } from "./types";

/** Action-plan deadlines: a year, or "pastāvīgi" (ongoing). */
export const ONGOING = "pastāvīgi";

export function isDeadline(value: CellInput["value"]): boolean {
  if (typeof value === "number") return isYear(value);
  if (typeof value === "string") {
    const t = value.trim();
    return t.toLocaleLowerCase("lv") === ONGOING || (/^\d{4}$/.test(t) && isYear(Number(t)));
  }
  return false;
}

function validateDeadlines(form: FilledForm, at: At): void {
  for (const row of form.rows) {
    const d = row.fields?.deadline;
    if (d && !isDeadline(d.value)) at(d, row.code, "plan.deadline", "error", { kind: "badDeadline", value: d.value });
  }
}

/** Action plans (areas → tasks → actions with deadlines): progress, the share done. */
export const actionPlan: KindModule<"actionPlan"> = {
  kind: "actionPlan",
  scaleKind: "status",
  figure: "progressPct",
  scoreGroup: ({ template, readings, counts }) => ({ progressPct: progressPct(doneCount(template, readings), counts.items, counts.notApplicable) }),
  scoreOverall: ({ template, readings, counts }) => ({ overallProgressPct: progressPct(doneCount(template, readings), counts.items, counts.notApplicable) }),
  validate: validateDeadlines,
  demo: (template, { rand, periods }) => {
    const values: Record<string, string> = {};
    const fields: Record<string, Record<string, string | number>> = {};
    for (const { item } of placedItems(template)) {
      const d = item.deadline ?? ONGOING;
      const early = d !== ONGOING && Number(d) < periods;
      values[item.code] = early
        ? pick(rand, [
            [DONE_STATUS, 8],
            ["Procesā", 2],
            ["Nav uzsākts", 1],
          ] as const)
        : pick(rand, [
            [DONE_STATUS, 2],
            ["Procesā", 5],
            ["Nav uzsākts", 3],
            ["Nav attiecināms", 0.3],
          ] as const);
      fields[item.code] = { deadline: d === ONGOING ? d : Number(d) };
    }
    return { values, comments: {}, fields };
  },
};
