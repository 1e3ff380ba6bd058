import type { SelfCheckProblem, SelfCheckReport, SelfCheckStatus, SelfCheckStep } from "../../host/selfCheck";
import type { I18n } from "../i18n";
import { typedNumber } from "../../wording";

/**
 * The self-check's report as plain text, one line per fact: what a tester pastes into an e-mail
 * to the ministry, and what "write the report to a sheet" puts in column A. No markup, no table:
 * it must read the same in any mail program.
 */

export const MARKS: Readonly<Record<SelfCheckStatus, string>> = { passed: "✓", failed: "✗", skipped: "–" };

/** Problems listed per step before "… and N more": a report stays readable when much is wrong. */
const MAX_PROBLEMS = 20;

export function reportLines(report: SelfCheckReport, { t, number, language }: I18n): string[] {
  const r = t.selfCheck.report;
  const env = report.environment;
  const good = report.steps.filter((s) => s.status === "passed").length;
  const lines = [
    r.title,
    r.started(report.startedAt),
    r.verdict(report.passed, number(good), number(report.steps.length)),
    r.where(env.host, env.platform, env.version, env.displayLanguage),
    ...(env.calculationMode ? [r.calculation(env.calculationMode)] : []),
    r.excelApi(
      versionRuns(env.excelApi.filter((s) => s.supported).map((s) => s.version)) || r.none,
      versionRuns(env.excelApi.filter((s) => !s.supported).map((s) => s.version)) || r.none,
    ),
    "",
    r.stepsHeading,
  ];
  report.steps.forEach((step, i) => {
    const details = [countsText(step, { t, number }), r.timing(number(step.syncs), String(step.ms))].filter(Boolean).join("; ");
    lines.push(r.step(String(i + 1), MARKS[step.status], t.selfCheck.steps[step.id], t.selfCheck.status[step.status], details));
    for (const p of step.problems.slice(0, MAX_PROBLEMS)) lines.push(`   • ${problemText(p, { t, language })}`);
    if (step.problems.length > MAX_PROBLEMS) lines.push(`   ${r.more(number(step.problems.length - MAX_PROBLEMS))}`);
  });
  return lines;
}

function countsText(step: SelfCheckStep, { t, number }: Pick<I18n, "t" | "number">): string {
  const labels = t.selfCheck.report.counts;
  return (Object.keys(labels) as (keyof typeof labels)[])
    .filter((k) => step.counts[k] !== undefined)
    .map((k) => `${labels[k]}: ${number(step.counts[k]!)}`)
    .join(", ");
}

export function problemText(p: SelfCheckProblem, { t, language }: Pick<I18n, "t" | "language">): string {
  const r = t.selfCheck.report;
  // A figure as the report's language writes it (99,5 in Latvian), every digit kept: a difference may be in the last.
  const shown = (v: string) => (v === "" ? t.quote("") : /^-?\d+(\.\d+)?$/.test(v) ? typedNumber(language, Number(v)) : v);
  return p.kind === "differs" ? r.differs(p.where, p.what, shown(p.got), shown(p.expected)) : r.error(p.message, p.code ?? "");
}

/** "1.1–1.17, 1.19": consecutive minor versions as one run. */
export function versionRuns(versions: readonly string[]): string {
  const minors = versions.map((v) => Number(v.split(".")[1])).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < minors.length; i++) {
    let j = i;
    while (minors[j + 1] === minors[j] + 1) j++;
    runs.push(i === j ? `1.${minors[i]}` : `1.${minors[i]}–1.${minors[j]}`);
    i = j;
  }
  return runs.join(", ");
}
