import type { MergeResult, Rejected, ReturnedFile } from "../core/merge/merge";
import { mergeForms } from "../core/merge/merge";
import { mergeSheets } from "../plan/mergeSheets";
import { readReturned, writeWorkbook } from "../render/xlsx";
import type { Values } from "./args";
import { expandInputs, inputAt, readInput, type InputEntry } from "./inputs";
import { checkOutput, shown, UsageError, writeAtomically, type Io } from "./io";
import type { Lang, Texts } from "./messages";

export function mergeJson(result: MergeResult) {
  // The contract's top-level figures are those of the template most files were returned on.
  const principal = result.aggregates.filter((a) => a.periods === null).reduce<(typeof result.aggregates)[number] | undefined>((best, a) => (!best || a.services > best.services ? a : best), undefined);
  const opt = (k: string, v: number | string | undefined) => (v === undefined ? {} : { [k]: v });
  return {
    accepted: result.accepted.map((a) => ({ file: a.file, template: a.form.template.id, iestade: a.iestade, periods: a.periods, vertetajs: a.vertetajs, sheet: a.form.sheet, issues: a.findings.length })),
    rejected: result.rejected.map((r) => ({ file: r.file, ...opt("sheet", r.sheet), reason: r.reason.lv, reasonEn: r.reason.en })),
    ...(principal ? { template: principal.template.id } : {}),
    groups: (principal?.groups ?? [])
      .filter((g) => g.depth === 0)
      .map((g) => ({ code: g.code, title: g.title, ...opt("average", g.average), ...opt("nonCompliancePct", g.nonCompliancePct), ...opt("servicesWithNonCompliancePct", g.servicesWithNonCompliancePct), services: g.services })),
    ...opt("overall", principal?.overall),
    templates: result.aggregates.map((a) => ({
      template: a.template.id,
      periods: a.periods,
      services: a.services,
      ...opt("overall", a.overall),
      groups: a.groups.map((g) => ({ code: g.code, title: g.title, depth: g.depth, ...opt("average", g.average), ...opt("nonCompliancePct", g.nonCompliancePct), ...opt("servicesWithNonCompliancePct", g.servicesWithNonCompliancePct), services: g.services })),
    })),
    consensus: result.consensus.map((c) => ({ template: c.template, iestade: c.iestade, periods: c.periods, assessors: c.assessors, disagreements: c.items.filter((i) => i.disagree).map((i) => i.code) })),
  };
}

/** "file [sheet]: reason", safe to show on a terminal. */
export function rejectedLine(r: Rejected, lang: Lang): string {
  return `${shown(r.file)}${r.sheet === undefined ? "" : ` [${shown(r.sheet)}]`}: ${shown(r.reason[lang])}`;
}

function readOne(entry: InputEntry): ReturnedFile {
  if (!entry.read) return { file: entry.file, error: entry.reason };
  const got = readInput(entry.file);
  return "reason" in got ? { file: entry.file, error: got.reason } : readReturned(entry.file, got.bytes);
}

/**
 * Read → merge → write, the one step that touches the inputs' contents. Kept whole in one function
 * so that a streaming pipeline can take its place without touching the checks around it.
 */
export async function readMergeWrite(entries: readonly InputEntry[], out: string, t: Texts): Promise<MergeResult> {
  const result = mergeForms(entries.map(readOne));
  writeAtomically(out, writeWorkbook(mergeSheets(result)).bytes, t.cannotWrite);
  return result;
}

export async function runMerge(operands: readonly string[], values: Values, lang: Lang, t: Texts, io: Io): Promise<number> {
  if (operands.length === 0) throw new UsageError(t.mergeTakesInputs);
  if (values.out === undefined) throw new UsageError(t.needsOut("merge"));
  const out = values.out;
  // Everything about the output is settled before any input is read.
  const inputs = expandInputs(operands);
  const clash = inputAt(out, inputs);
  if (clash) throw new UsageError(t.outputIsInput(shown(out), shown(clash.file)));
  checkOutput(out, t);
  const result = await readMergeWrite(inputs.entries, out, t);
  if (values.json) io.out(JSON.stringify(mergeJson(result), null, 2) + "\n");
  else {
    io.out(t.mergeSummary(shown(out), result.accepted.length, result.rejected.length) + "\n");
    for (const r of result.rejected) io.out(`  ✗ ${rejectedLine(r, lang)}\n`);
  }
  if (result.accepted.length === 0) {
    io.err(`kvalitate: ${t.nothingUsable(shown(out))}\n`);
    return 1;
  }
  return 0;
}
