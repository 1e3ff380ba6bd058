import type { Template } from "../catalog/types";
import type { FilledForm } from "../form";
import { interpret } from "../interpret";
import { answerShares } from "../scoring/tallies";
import type { At } from "../validation/types";
import type { KindModule } from "./types";

function validateSurvey(form: FilledForm, at: At): void {
  const { template } = form;
  const resp = form.respondents;
  const respondents = resp ? interpret(template.scale, resp.value) : undefined;
  if (!resp || respondents?.kind !== "scored") {
    at(resp ?? "A1", "Respondenti", "survey.respondents", "error", { kind: "missingRespondents" });
    return;
  }
  const multi = new Set(template.survey?.multiChoice ?? []);
  const byCode = new Map(form.rows.map((r) => [r.code, r]));
  for (const q of template.groups) {
    if (multi.has(q.code)) continue;
    const rows = (q.items ?? []).flatMap((i) => byCode.get(i.code) ?? []);
    const sum = rows.reduce((a, r) => {
      const i = interpret(template.scale, r.value.value);
      return a + (i.kind === "scored" ? (i.value as number) : 0);
    }, 0);
    if (sum > (respondents.value as number) && rows.length > 0)
      at(rows[rows.length - 1].value, q.code, "survey.sum", "error", {
        kind: "tooManyAnswers",
        question: q.code,
        sum,
        respondents: respondents.value as number,
      });
  }
}

/** The Kuldīga survey's own figures: 178 respondents, 29 / 50 / 13 / 3 / 3 % (one gave no answer). */
const SURVEY_RESPONDENTS = 178;
const SATISFACTION_COUNTS = [52, 89, 24, 6, 6];

function surveyCounts(template: Template, variant: number, rand: () => number): Record<string, number> {
  const out: Record<string, number> = {};
  template.groups.forEach((q, qi) => {
    (q.items ?? []).forEach((item, i) => {
      out[item.code] =
        qi === 0 && i < SATISFACTION_COUNTS.length ? SATISFACTION_COUNTS[i] + (variant > 0 ? Math.floor(rand() * 3) : 0) : 5 + Math.floor(rand() * 60);
    });
  });
  return out;
}

/** Client surveys: respondent counts per answer, each answer's share of the respondents in the table. */
export const survey: KindModule<"survey"> = {
  kind: "survey",
  scaleKind: "count",
  scoreGroup: ({ group, readingAt, respondents }) => ({ answers: answerShares(group, readingAt, respondents) }),
  scoreOverall: () => ({}),
  validate: validateSurvey,
  demo: (template, { rand, variant }) => ({ values: surveyCounts(template, variant, rand), respondents: SURVEY_RESPONDENTS + variant * 7 }),
};
