import type { Group, Scale, Template, VersionChanges } from "./catalog/types";
import { catalog as defaultCatalog, stampOf, type Catalog } from "./catalog";
import type { FilledForm } from "./form";
import { scoreForm, type GroupResult } from "./scoring/formResult";
import { scoreRegister, type RegisterResult } from "./scoring/register";
import { parseLatvianDate, validateForm, type Finding } from "./validation/validate";
import { optional } from "./optional";

/**
 * The JSON of the command line (docs/CONTRACT.md), derived from the catalog and the core's
 * figures — one definition, so the add-in, the CLI and a merge report the same thing.
 */

export interface CatalogGroupJson {
  code: string;
  title: string;
  groups?: CatalogGroupJson[];
  items?: { code: string; text: string }[];
}

export interface CatalogTemplateJson {
  id: string;
  version: number;
  title: string;
  titleEn: string;
  kind: Template["kind"];
  sheetName: string;
  source: Template["source"];
  scale: { id: string; kind: Scale["kind"]; values: (string | number)[]; labels: string[]; notApplicable?: string };
  groups: CatalogGroupJson[];
  /** Every version the catalog reads, oldest first; each but the first with its changes against the one before. */
  versions: { version: number; stamp: string; changes?: VersionChanges }[];
}

function groupJson(g: Group): CatalogGroupJson {
  return {
    code: g.code,
    title: g.title,
    ...(g.groups?.length ? { groups: g.groups.map(groupJson) } : {}),
    ...(g.items?.length ? { items: g.items.map((i) => ({ code: i.code, text: i.text })) } : {}),
  };
}

export function templateJson(t: Template, catalog: Catalog = defaultCatalog): CatalogTemplateJson {
  return {
    id: t.id,
    version: t.version,
    title: t.title,
    titleEn: t.titleEn,
    kind: t.kind,
    sheetName: t.sheetName,
    source: t.source,
    scale: {
      id: t.scale.id,
      kind: t.scale.kind,
      values: t.scale.values.map((v) => v.value),
      labels: t.scale.values.map((v) => v.label),
      ...(t.scale.notApplicable ? { notApplicable: String(t.scale.notApplicable.value) } : {}),
    },
    groups: t.groups.map(groupJson),
    versions: catalog.versions(t.id).map((v) => ({ version: v.version, stamp: stampOf(v), ...(v.changes ? { changes: v.changes } : {}) })),
  };
}

export interface IssueJson {
  sheet: string;
  cell: string;
  code: string;
  message: string;
  messageEn: string;
  severity: Finding["severity"];
  rule: Finding["rule"];
}

/** The words of a finding in both languages, chosen outside the core (`src/wording`). */
export type FindingWords = (reason: Finding["reason"]) => { readonly lv: string; readonly en: string };

export function issueJson(f: Finding, words: FindingWords): IssueJson {
  const { lv, en } = words(f.reason);
  return { sheet: f.sheet, cell: f.cell, code: f.code, message: lv, messageEn: en, severity: f.severity, rule: f.rule };
}

export interface GroupJson {
  code: string;
  title: string;
  average?: number;
  nonCompliancePct?: number;
  progressPct?: number;
  answers?: { code: string; text: string; count?: number; pct?: number }[];
  counts: GroupResult["counts"];
  subgroups?: GroupJson[];
}

export interface ScoreJson {
  template: string;
  version: number;
  sheet: string;
  /** `datums` as ISO 8601 ("2016-12-01") where it reads as a date, else the text as typed. */
  meta: { iestade: string | null; periods: number | null; vertetajs: string | null; datums: string | null };
  groups: GroupJson[];
  overall?: number;
  overallNonCompliancePct?: number;
  overallProgressPct?: number;
  register?: RegisterResult;
  issues: IssueJson[];
}

function groupResultJson(r: GroupResult, children: GroupJson[]): GroupJson {
  return {
    code: r.code,
    title: r.title,
    ...optional("average", r.average),
    ...optional("nonCompliancePct", r.nonCompliancePct),
    ...optional("progressPct", r.progressPct),
    ...optional(
      "answers",
      r.answers?.map((a) => ({ code: a.code, text: a.text, ...optional("count", a.count), ...optional("pct", a.pct) })),
    ),
    counts: r.counts,
    ...(children.length ? { subgroups: children } : {}),
  };
}

/** Top-level groups, each with its sub-groups nested (the contract's `groups` are the criteria). */
export function nestGroups(results: readonly GroupResult[]): GroupJson[] {
  const out: GroupJson[] = [];
  let i = 0;
  const take = (depth: number): GroupJson[] => {
    const level: GroupJson[] = [];
    while (i < results.length && results[i].depth === depth) {
      const r = results[i++];
      level.push(groupResultJson(r, take(depth + 1)));
    }
    return level;
  };
  while (i < results.length) out.push(...take(results[i].depth));
  return out;
}

export function scoreJson(form: FilledForm, words: FindingWords): ScoreJson {
  const result = scoreForm(form);
  const text = (v: unknown) => (v === null || v === undefined || v === "" ? null : String(v));
  const p = form.meta.periods.value;
  return {
    template: form.template.id,
    version: form.template.version,
    sheet: form.sheet,
    meta: {
      iestade: text(form.meta.iestade.value),
      periods: typeof p === "number" ? p : null,
      vertetajs: text(form.meta.vertetajs.value),
      datums: isoDatums(form.meta.datums.value),
    },
    groups: nestGroups(result.groups),
    ...optional("overall", result.overall),
    ...optional("overallNonCompliancePct", result.overallNonCompliancePct),
    ...optional("overallProgressPct", result.overallProgressPct),
    ...optional("register", scoreRegister(form)),
    issues: validateForm(form).map((f) => issueJson(f, words)),
  };
}

/** A Datums as JSON gives it: ISO 8601 where it reads as a date (a serial, or "01.12.2016" typed as text), never a serial. */
function isoDatums(value: unknown): string | null {
  const serial = typeof value === "number" ? value : typeof value === "string" ? parseLatvianDate(value) : undefined;
  const day = serial === undefined ? undefined : new Date(Math.round((Math.floor(serial) - 25569) * 86400000));
  if (day && Number.isFinite(day.getTime())) return day.toISOString().slice(0, 10);
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : null;
}
