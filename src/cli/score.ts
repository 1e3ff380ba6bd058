import { scoreJson, type Scale } from "../core";
import { readReturned } from "../render/xlsx";
import { missingInputs, readInput } from "./inputs";
import { JobError, shown, UsageError, type Io } from "./io";
import type { Lang, Texts } from "./messages";
import { bothFinding, say } from "../wording";

/** Reads one filled workbook, validates it and prints its figures; its unusable sheets are named. */
export function score(operands: readonly string[], json: boolean, lang: Lang, t: Texts, io: Io): number {
  const [file, extra] = operands;
  if (!file) throw new UsageError(t.scoreTakesOneFile);
  if (extra !== undefined) throw new UsageError(t.tooManyArguments("score", shown(extra)));
  if (missingInputs([file]).length) throw new UsageError(t.noSuchInput(shown(file)));
  const got = readInput(file);
  if ("reason" in got) throw new JobError(`${shown(file)}: ${say(got.reason, lang)}`);
  const read = readReturned(file, got.bytes);
  if ("error" in read) throw new JobError(`${shown(file)}: ${say(read.error, lang)}`);
  const refused = read.problems ?? [];
  if (read.forms.length === 0) throw new JobError(`${shown(file)}: ${say(refused[0]?.reason ?? { kind: "noStampedSheet" }, lang)}`);
  const reports = read.forms.map((f) => scoreJson(f, bothFinding));
  if (json) {
    const rejected = refused.map((m) => ({ sheet: m.sheet, reason: say(m.reason, "lv"), reasonEn: say(m.reason, "en") }));
    const first = { ...reports[0], ...(rejected.length ? { rejected } : {}) };
    io.out(JSON.stringify(reports.length === 1 ? first : { ...first, forms: reports }, null, 2) + "\n");
    return 0;
  }
  const figure = (n: number | undefined) => (n === undefined ? "—" : n.toLocaleString(t.locale, { maximumFractionDigits: 2 }));
  for (const r of reports) {
    const meta = (v: string | number | null) => (v === null ? t.unknownMeta : shown(String(v)));
    io.out(`${shown(r.sheet)}: ${r.template}@${r.version} — ${meta(r.meta.iestade)}, ${meta(r.meta.periods)}\n`);
    const form = read.forms[reports.indexOf(r)];
    const [min, max] = scaleRange(form.template.scale);
    // Each figure says what it is and in which unit: a bare "16,67" could be an average or a share.
    const said = (g: { average?: number; nonCompliancePct?: number; progressPct?: number }) =>
      g.average !== undefined
        ? t.figureAverage(figure(g.average), min, max)
        : g.nonCompliancePct !== undefined
          ? t.figureNonCompliance(figure(g.nonCompliancePct))
          : g.progressPct !== undefined
            ? t.figureProgress(figure(g.progressPct))
            : "—";
    for (const g of r.groups) io.out(`  ${g.code} ${g.title}: ${said(g)}\n`);
    if (r.overall !== undefined) io.out(`  ${t.overallAverage(figure(r.overall), min, max)}\n`);
    if (r.overallNonCompliancePct !== undefined) io.out(`  ${t.overallNonCompliance(figure(r.overallNonCompliancePct))}\n`);
    if (r.overallProgressPct !== undefined) io.out(`  ${t.overallProgress(figure(r.overallProgressPct))}\n`);
    for (const i of r.issues) io.out(`  ! ${shown(i.cell)} ${shown(i.code)}: ${shown(lang === "lv" ? i.message : i.messageEn)}\n`);
  }
  for (const m of refused) io.out(`✗ ${t.sheetRefused}: ${shown(say(m.reason, lang))}\n`);
  return 0;
}

function scaleRange(scale: Scale): [number, number] {
  const points = scale.values.map((v) => v.value).filter((v): v is number => typeof v === "number");
  return points.length ? [Math.min(...points), Math.max(...points)] : [0, 0];
}
