import * as fs from "fs";
import * as path from "path";
import { demoFill, findTemplate, scoreJson, templateJson, templates } from "../core";
import { buildSheetPlan } from "../plan";
import { formsOf, readWorkbook, writeWorkbook, XlsxError } from "../render/xlsx";
import { runMerge } from "./merge";

/**
 * `kvalitate` — the add-in's catalog and rules on .xlsx files, offline.
 * Exit status: 0 done (validation issues and rejected files are in the output), 1 the command could
 * not do its job (the message on stderr says why), 2 wrong usage.
 */

export const USAGE = `kvalitate — Labklājības ministrijas sociālo pakalpojumu kvalitātes kritēriji Excel darbgrāmatās

Lietošana / usage:
  kvalitate templates [--json]
  kvalitate new <templateId> -o <file.xlsx> [--demo] [--periods <year>] [--iestade <name>] [--json]
  kvalitate score <file.xlsx> [--json]
  kvalitate merge <file-or-folder>… -o <out.xlsx> [--json]
`;

export class UsageError extends Error {}
export class JobError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const stdio: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUED = new Set(["-o", "--out", "--periods", "--iestade", "--vertetajs"]);

export function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (VALUED.has(a)) {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      flags.set(a === "--out" ? "-o" : a, v);
    } else if (a.startsWith("-") && a !== "-") flags.set(a, true);
    else positional.push(a);
  }
  return { positional, flags };
}

export async function main(argv: readonly string[], io: Io = stdio): Promise<number> {
  try {
    const { positional, flags } = parseArgs(argv);
    const [command, ...rest] = positional;
    const json = flags.has("--json");
    const known = new Set(["--json", "--demo", "-o", "--periods", "--iestade", "--vertetajs", "--help", "-h"]);
    for (const f of flags.keys()) if (!known.has(f)) throw new UsageError(`unknown option ${f}`);
    if (!command || flags.has("--help") || flags.has("-h")) {
      io.out(USAGE);
      return command || flags.size ? 0 : 2;
    }
    switch (command) {
      case "templates":
        return listTemplates(json, io);
      case "new":
        return newWorkbook(rest, flags, json, io);
      case "score":
        return score(rest, json, io);
      case "merge":
        return await runMerge(rest, flags.get("-o"), json, io);
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`kvalitate: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof JobError) {
      io.err(`kvalitate: ${e.message}\n`);
      return 1;
    }
    io.err(`kvalitate: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}

function listTemplates(json: boolean, io: Io): number {
  if (json) io.out(JSON.stringify(templates.map(templateJson), null, 2) + "\n");
  else for (const t of templates) io.out(`${t.id}@${t.version}\t${t.kind}\t${t.title}\n`);
  return 0;
}

/** Writes next to the target and renames, so a failure never leaves half a file. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new JobError(`${file}: the folder ${dir} does not exist`);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new JobError(`${file}: cannot write (${(e as Error).message})`);
  }
}

function newWorkbook(rest: string[], flags: Parsed["flags"], json: boolean, io: Io): number {
  const [id, extra] = rest;
  const out = flags.get("-o");
  if (!id || extra !== undefined) throw new UsageError("new takes one template id");
  if (typeof out !== "string") throw new UsageError("new needs -o <file.xlsx>");
  const template = findTemplate(id);
  if (!template) throw new JobError(`unknown template "${id}"; known: ${templates.map((t) => t.id).join(", ")}`);
  const periodsFlag = flags.get("--periods");
  const periods = typeof periodsFlag === "string" ? Number(periodsFlag) : undefined;
  if (periods !== undefined && !(Number.isInteger(periods) && periods >= 1990 && periods <= 2100)) throw new UsageError("--periods takes a four-digit year");
  const iestade = flags.get("--iestade");
  const vertetajs = flags.get("--vertetajs");
  const fill = flags.has("--demo")
    ? demoFill(template, { periods, iestade: typeof iestade === "string" ? iestade : undefined, vertetajs: typeof vertetajs === "string" ? vertetajs : undefined })
    : undefined;
  const { bytes } = writeWorkbook([buildSheetPlan(template, { fill })]);
  writeAtomically(out, bytes);
  const stamp = `${template.id}@${template.version}`;
  if (json) io.out(JSON.stringify({ file: out, template: template.id, version: template.version, stamp, demo: !!fill }) + "\n");
  else io.out(`${out}: ${stamp}${fill ? " (demo)" : ""}\n`);
  return 0;
}

export function readFileOrFail(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new JobError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

function score(rest: string[], json: boolean, io: Io): number {
  const [file, extra] = rest;
  if (!file || extra !== undefined) throw new UsageError("score takes one .xlsx file");
  let read;
  try {
    read = formsOf(readWorkbook(readFileOrFail(file)));
  } catch (e) {
    if (e instanceof XlsxError) throw new JobError(`${file}: ${e.message}`);
    throw e;
  }
  if (read.forms.length === 0) {
    const p = read.problems[0];
    const why = p
      ? p.kind === "noTable"
        ? `sheet "${p.sheet}" (${p.stamp}) has no table with the columns ${p.missing}`
        : `sheet "${p.sheet}", cell ${p.cell}: template ${p.stamp} is ${p.kind === "newerVersion" ? "newer than this version knows" : "not in the catalog"}`
      : "no sheet carries a Kvalitāte template stamp (the KvalitateVeidne name or a “Veidne” cell)";
    throw new JobError(`${file}: ${why}`);
  }
  const reports = read.forms.map(scoreJson);
  if (json) io.out(JSON.stringify(reports.length === 1 ? reports[0] : { ...reports[0], forms: reports }, null, 2) + "\n");
  else
    for (const r of reports) {
      io.out(`${r.sheet}: ${r.template}@${r.version} — ${r.meta.iestade ?? "?"}, ${r.meta.periods ?? "?"}\n`);
      for (const g of r.groups) io.out(`  ${g.code} ${g.title}: ${figure(g.average ?? g.nonCompliancePct ?? g.progressPct)}\n`);
      if (r.overall !== undefined) io.out(`  Kopā: ${figure(r.overall)}\n`);
      for (const i of r.issues) io.out(`  ! ${i.cell} ${i.code}: ${i.message}\n`);
    }
  return 0;
}

const figure = (n: number | undefined) => (n === undefined ? "—" : n.toLocaleString("lv-LV", { maximumFractionDigits: 2 }));
