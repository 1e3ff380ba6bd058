import * as fs from "fs";
import * as path from "path";
import type { MergeResult, ReturnedFile } from "../core/merge/merge";
import { readReturned } from "../render/xlsx";
import { JobError, UsageError, type Io } from "./main";
import { mergeFilesTo } from "./pipeline";

/** Every .xlsx under the given files and folders, in a stable order; Excel's "~$" lock files skipped. */
export function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new JobError(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      for (const e of fs.readdirSync(p).sort()) {
        const child = path.join(p, e);
        if (fs.statSync(child).isDirectory()) walk(child);
        else if (/\.xlsx$/i.test(e) && !e.startsWith("~$")) out.push(child);
      }
    } else out.push(p);
  };
  inputs.forEach(walk);
  return out;
}

/** Reads one file into its forms, or the reason it cannot be used. */
export function readOne(file: string): ReturnedFile {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const detail = ` (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    return { file, error: { lv: `neizdevās nolasīt${detail}`, en: `cannot read${detail}` } };
  }
  return readReturned(file, bytes);
}

export function mergeJson(result: MergeResult) {
  // The contract's top-level figures are those of the template most files were returned on.
  const principal = result.aggregates.filter((a) => a.periods === null).reduce<(typeof result.aggregates)[number] | undefined>((best, a) => (!best || a.services > best.services ? a : best), undefined);
  const opt = (k: string, v: number | undefined) => (v === undefined ? {} : { [k]: v });
  return {
    accepted: result.accepted.map((a) => ({ file: a.file, template: a.template.id, iestade: a.iestade, periods: a.periods, vertetajs: a.vertetajs, sheet: a.sheet, issues: a.findings })),
    rejected: result.rejected.map((r) => ({ file: r.file, reason: r.reason.lv, reasonEn: r.reason.en })),
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

export async function runMerge(inputs: readonly string[], out: string | true | undefined, json: boolean, io: Io): Promise<number> {
  if (inputs.length === 0) throw new UsageError("merge takes one or more files or folders");
  if (typeof out !== "string") throw new UsageError("merge needs -o <out.xlsx>");
  const files = expandInputs(inputs).filter((f) => path.resolve(f) !== path.resolve(out));
  if (files.length === 0) throw new JobError(`${inputs.join(", ")}: no .xlsx files found`);
  const result = mergeFilesTo(files, out, { read: readOne });
  if (json) io.out(JSON.stringify(mergeJson(result), null, 2) + "\n");
  else {
    io.out(`${out}: ${result.accepted.length} accepted, ${result.rejected.length} rejected\n`);
    for (const r of result.rejected) io.out(`  ✗ ${r.file}: ${r.reason.lv}\n`);
  }
  return 0;
}
