import * as fs from "fs";
import type { MergeResult, Rejected, ReturnedFile } from "../core/merge/merge";
import { optional } from "../core/optional";
import { readReturned } from "../render/xlsx";
import type { Values } from "./args";
import { expandInputs, inputAt, missingInputs, readInput, type InputEntry } from "./inputs";
import { checkOutput, shown, UsageError, type Io } from "./io";
import { mergeFilesTo } from "./pipeline";
import { checkFeedbackDir, writeFeedback } from "./feedback";
import type { Lang, Texts } from "./messages";
import { say } from "../wording";

export function mergeJson(result: MergeResult) {
  // The contract's top-level figures are those of the template most files were returned on.
  const principal = result.aggregates
    .filter((a) => a.periods === null)
    .reduce<(typeof result.aggregates)[number] | undefined>((best, a) => (!best || a.services > best.services ? a : best), undefined);
  return {
    accepted: result.accepted.map((a) => ({
      file: a.file,
      template: a.template.id,
      version: a.template.version,
      iestade: a.iestade,
      periods: a.periods,
      vertetajs: a.vertetajs,
      sheet: a.sheet,
      issues: a.findings,
    })),
    rejected: result.rejected.map((r) => ({ file: r.file, ...optional("sheet", r.sheet), reason: say(r.reason, "lv"), reasonEn: say(r.reason, "en") })),
    ...(principal ? { template: principal.template.id } : {}),
    groups: (principal?.groups ?? [])
      .filter((g) => g.depth === 0)
      .map((g) => ({
        code: g.code,
        title: g.title,
        ...optional("average", g.average),
        ...optional("nonCompliancePct", g.nonCompliancePct),
        ...optional("servicesWithNonCompliancePct", g.servicesWithNonCompliancePct),
        services: g.services,
      })),
    ...optional("overall", principal?.overall),
    templates: result.aggregates.map((a) => ({
      template: a.template.id,
      periods: a.periods,
      services: a.services,
      ...optional("overall", a.overall),
      groups: a.groups.map((g) => ({
        code: g.code,
        title: g.title,
        depth: g.depth,
        ...optional("average", g.average),
        ...optional("nonCompliancePct", g.nonCompliancePct),
        ...optional("servicesWithNonCompliancePct", g.servicesWithNonCompliancePct),
        services: g.services,
      })),
      ...(a.changedItems ? { versions: a.versions, changedItems: a.changedItems } : {}),
    })),
    consensus: result.consensus.map((c) => ({
      template: c.template,
      iestade: c.iestade,
      periods: c.periods,
      assessors: c.assessors,
      disagreements: c.items.filter((i) => i.disagree).map((i) => i.code),
    })),
  };
}

/** "file [sheet]: reason", safe to show on a terminal. */
export function rejectedLine(r: Rejected, lang: Lang): string {
  return `${shown(r.file)}${r.sheet === undefined ? "" : ` [${shown(r.sheet)}]`}: ${shown(say(r.reason, lang))}`;
}

/** Reads one file into its forms, or the reason it cannot be used; with the time it was saved. */
export function readOne(file: string): ReturnedFile {
  const got = readInput(file);
  if ("reason" in got) return { file, error: got.reason };
  const read = readReturned(file, got.bytes);
  return got.modified === undefined ? read : { ...read, modified: got.modified };
}

function readEntry(entry: InputEntry): ReturnedFile {
  return entry.read ? readOne(entry.file) : { file: entry.file, error: entry.reason };
}

export async function mergeCommand(operands: readonly string[], values: Values, lang: Lang, t: Texts, io: Io): Promise<number> {
  if (operands.length === 0) throw new UsageError(t.mergeTakesInputs);
  if (values.out === undefined) throw new UsageError(t.needsOut("merge"));
  const out = values.out;
  const missing = missingInputs(operands);
  if (missing.length) throw new UsageError(t.noSuchInput(shown(missing[0])));
  // Everything about the output is settled before any input is read.
  const inputs = expandInputs(operands);
  const clash = inputAt(out, inputs);
  if (clash) throw new UsageError(t.outputIsInput(shown(out), shown(clash.file)));
  checkOutput(out, t);
  const feedbackDir = values["atgriezeniska-saite"] ?? values.feedback;
  if (feedbackDir !== undefined) checkFeedbackDir(feedbackDir, inputs, t);
  // Read → merge → write, the one step that touches the inputs' contents: one file at a time, the
  // summary streamed into the output (pipeline.ts), so memory stays flat in the number of files. A
  // merge that could use no file writes its rejected list only where no output stands yet.
  let kept = false;
  const shouldWrite = (r: MergeResult) => {
    if (r.accepted.length > 0) return true;
    kept = fs.existsSync(out);
    return !kept;
  };
  const result = await mergeFilesTo(inputs.entries, out, { read: readEntry, cannotWrite: t.cannotWrite, shouldWrite, lang });
  const feedback = feedbackDir !== undefined && result.accepted.length ? await writeFeedback(feedbackDir, result, lang, t) : undefined;
  if (values.json) io.out(JSON.stringify(mergeJson(result), null, 2) + "\n");
  else {
    io.out(t.mergeSummary(shown(out), result.accepted.length, result.rejected.length) + "\n");
    for (const r of result.rejected) io.out(`  ✗ ${rejectedLine(r, lang)}\n`);
    if (feedback !== undefined) io.out(t.feedbackWritten(shown(feedbackDir!), feedback) + "\n");
  }
  if (result.accepted.length === 0) {
    io.err(`kvalitate: ${(kept ? t.nothingUsableKept : t.nothingUsable)(shown(out))}\n`);
    return 1;
  }
  return 0;
}
