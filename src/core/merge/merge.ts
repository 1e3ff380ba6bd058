import type { Template } from "../catalog/types";
import type { FilledForm, FormRow } from "../form";
import { interpret } from "../interpret";
import { mean, nonCompliancePct } from "../scoring/arithmetic";
import { overallAcross } from "../scoring/aggregate";
import { scoreForm, type FormResult } from "../scoring/formResult";
import { validateForm, isYear, type Finding } from "../validation/validate";
import type { Message } from "../validation/messages";

/**
 * The merge rules, pure: which returned forms are used, which are rejected and why, how several
 * assessors of one service become one consensus, and the figures across services.
 */

/** A returned file as read: its forms, or why it could not be read at all. */
export type ReturnedFile =
  | { readonly file: string; readonly forms: readonly FilledForm[]; readonly problems?: readonly { readonly sheet: string; readonly reason: Message }[] }
  | { readonly file: string; readonly error: Message };

export interface AcceptedForm {
  readonly file: string;
  readonly form: FilledForm;
  readonly iestade: string;
  readonly periods: number;
  readonly vertetajs: string;
  readonly findings: readonly Finding[];
  readonly result: FormResult;
}

export interface Rejected {
  readonly file: string;
  /** The sheet, when one sheet of a workbook is refused and its others may still count. */
  readonly sheet?: string;
  /** In Latvian and English, naming the sheet and cell where there is one. */
  readonly reason: Message;
}

export interface ConsensusItem {
  readonly code: string;
  /** Each assessor's rating (undefined where not scored). */
  readonly ratings: readonly (number | undefined)[];
  readonly mean?: number;
  /** Highest minus lowest rating. */
  readonly spread?: number;
  /** Assessors disagree by two or more scale points: for the consensus meeting. */
  readonly disagree: boolean;
}

export interface ConsensusGroup {
  readonly template: string;
  readonly iestade: string;
  readonly periods: number;
  readonly assessors: readonly string[];
  readonly files: readonly string[];
  readonly items: readonly ConsensusItem[];
}

/** One service in one period, counted once (at its consensus where several assessors rated it). */
export interface Service {
  readonly template: Template;
  readonly iestade: string;
  readonly periods: number;
  readonly forms: readonly AcceptedForm[];
  /** Per item code, the value counted: the single form's, or the assessors' consensus. */
  readonly values: ReadonlyMap<string, number | string>;
}

export interface GroupAggregate {
  readonly code: string;
  readonly title: string;
  readonly depth: number;
  /** Mean of the services' group averages (numeric scales). */
  readonly average?: number;
  /** Pooled over every assessed item of every service: Neatbilst ÷ (Atbilst + Neatbilst) × 100. */
  readonly nonCompliancePct?: number;
  /** Share of services (with the group assessed) that have at least one Neatbilst in it. */
  readonly servicesWithNonCompliancePct?: number;
  /** Services with at least one scored item in the group. */
  readonly services: number;
}

export interface TemplateAggregate {
  readonly template: Template;
  /** null = all periods together. */
  readonly periods: number | null;
  readonly services: number;
  readonly groups: readonly GroupAggregate[];
  /** Mean of the services' overall scores (numeric scales). */
  readonly overall?: number;
}

export interface MergeResult {
  readonly accepted: readonly AcceptedForm[];
  readonly rejected: readonly Rejected[];
  readonly services: readonly Service[];
  readonly consensus: readonly ConsensusGroup[];
  /** Per template: all periods, then one per period when periods differ. */
  readonly aggregates: readonly TemplateAggregate[];
}

const textOf = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** Same service, same period, same assessor: the key of a duplicate return. */
function returnKey(a: { form: FilledForm; iestade: string; periods: number; vertetajs: string }) {
  return [a.form.template.id, a.iestade.toLocaleLowerCase("lv"), a.periods, a.vertetajs.toLocaleLowerCase("lv")].join("\u0000");
}

/**
 * A fingerprint of a form's content (metadata and every row): identical returns share it. A 53-bit
 * hash (cyrb53) rather than the text itself, so a thousand-file merge does not keep every form twice.
 */
function contentKey(form: FilledForm): string {
  const rows = form.rows.map((r) => `${r.code}=${JSON.stringify(r.value.value)}|${JSON.stringify(r.comment?.value ?? null)}|${JSON.stringify(r.fields ? Object.values(r.fields).map((f) => f.value) : null)}`);
  const m = form.meta;
  return cyrb53([form.template.id, m.iestade.value, m.periods.value, m.vertetajs.value, m.datums.value, ...rows].join("\n")).toString(36);
}

function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export function mergeForms(files: readonly ReturnedFile[]): MergeResult {
  const accepted: AcceptedForm[] = [];
  const rejected: Rejected[] = [];
  const byReturn = new Map<string, AcceptedForm>();
  const byContent = new Map<string, string>();

  for (const f of files) {
    if ("error" in f) {
      rejected.push({ file: f.file, reason: f.error });
      continue;
    }
    for (const p of f.problems ?? []) rejected.push({ file: f.file, sheet: p.sheet, reason: p.reason });
    if (f.forms.length === 0) {
      if (!f.problems?.length) rejected.push({ file: f.file, reason: { lv: "nav Kvalitāte veidnes zīmoga", en: "no Kvalitāte template stamp" } });
      continue;
    }
    for (const form of f.forms) {
      const where = `${f.file} [${form.sheet}]`;
      const iestade = textOf(form.meta.iestade.value);
      const p = form.meta.periods.value;
      const at = `${form.sheet}!`;
      if (!iestade) {
        rejected.push({ file: f.file, reason: { lv: `${at}${form.meta.iestade.ref}: nav norādīta iestāde`, en: `${at}${form.meta.iestade.ref}: the service (Iestade) is missing` } });
        continue;
      }
      if (typeof p !== "number" || !isYear(p)) {
        rejected.push({ file: f.file, reason: { lv: `${at}${form.meta.periods.ref}: periods nav gads (${textOf(p) || "tukšs"})`, en: `${at}${form.meta.periods.ref}: Periods is not a year (${textOf(p) || "empty"})` } });
        continue;
      }
      const key = contentKey(form);
      const sameContent = byContent.get(key);
      if (sameContent) {
        rejected.push({ file: f.file, reason: { lv: `dublikāts: saturs identisks failam ${sameContent}`, en: `duplicate: identical content to ${sameContent}` } });
        continue;
      }
      const entry: AcceptedForm = {
        file: f.file,
        form,
        iestade,
        periods: p,
        vertetajs: textOf(form.meta.vertetajs.value),
        findings: validateForm(form),
        result: scoreForm(form),
      };
      const earlier = byReturn.get(returnKey(entry));
      if (earlier) {
        rejected.push({
          file: f.file,
          reason: {
            lv: `dublikāts: tā pati veidne, iestāde, periods un vērtētājs kā ${earlier.file}`,
            en: `duplicate: same template, service, period and assessor as ${earlier.file}`,
          },
        });
        continue;
      }
      byContent.set(key, where);
      byReturn.set(returnKey(entry), entry);
      accepted.push(entry);
    }
  }

  const { services, consensus } = servicesOf(accepted);
  return { accepted, rejected, services, consensus, aggregates: aggregatesOf(services) };
}

function scoredValue(template: Template, row: FormRow | undefined): number | string | undefined {
  if (!row) return undefined;
  const i = interpret(template.scale, row.value.value);
  return i.kind === "scored" ? i.value : undefined;
}

/**
 * Forms of one template, service and period form one service. With several assessors (a CAF-style
 * self-assessment group) numeric ratings meet at their mean; compliance answers at the most frequent
 * answer, a tie counting as Neatbilst (a non-compliance one assessor saw is not averaged away).
 */
function servicesOf(accepted: readonly AcceptedForm[]): { services: Service[]; consensus: ConsensusGroup[] } {
  const groups = new Map<string, AcceptedForm[]>();
  for (const a of accepted) {
    const key = [a.form.template.id, a.iestade.toLocaleLowerCase("lv"), a.periods].join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const services: Service[] = [];
  const consensus: ConsensusGroup[] = [];
  for (const forms of groups.values()) {
    const template = forms[0].form.template;
    const codes = forms[0].form.rows.map((r) => r.code);
    const values = new Map<string, number | string>();
    const items: ConsensusItem[] = [];
    for (const code of codes) {
      const ratings = forms.map((f) => scoredValue(template, f.form.rows.find((r) => r.code === code)));
      const v = consensusValue(template, ratings);
      if (v !== undefined) values.set(code, v);
      const nums = ratings.filter((r): r is number => typeof r === "number");
      const spread = nums.length ? Math.max(...nums) - Math.min(...nums) : undefined;
      items.push({ code, ratings: ratings.map((r) => (typeof r === "number" ? r : undefined)), mean: mean(nums), spread, disagree: spread !== undefined && spread >= 2 });
    }
    services.push({ template, iestade: forms[0].iestade, periods: forms[0].periods, forms, values });
    if (forms.length > 1 && template.scale.kind === "numeric")
      consensus.push({ template: template.id, iestade: forms[0].iestade, periods: forms[0].periods, assessors: forms.map((f) => f.vertetajs), files: forms.map((f) => f.file), items });
  }
  return { services, consensus };
}

function consensusValue(template: Template, ratings: readonly (number | string | undefined)[]): number | string | undefined {
  const present = ratings.filter((r): r is number | string => r !== undefined);
  if (present.length === 0) return undefined;
  if (template.scale.kind === "numeric" || template.scale.kind === "count") return mean(present as number[]);
  const counts = new Map<string, number>();
  for (const r of present) counts.set(String(r), (counts.get(String(r)) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const leaders = [...counts].filter(([, n]) => n === top).map(([v]) => v);
  const no = template.scale.roles?.nonCompliant;
  return no !== undefined && leaders.length > 1 && leaders.includes(no) ? no : leaders[0];
}

/** A service's figures, from its counted values (consensus means are not on the scale: count them directly). */
function serviceGroups(service: Service) {
  const { template } = service;
  const out: { code: string; title: string; depth: number; codes: string[] }[] = [];
  const walk = (g: Template["groups"][number], depth: number): string[] => {
    const entry = { code: g.code, title: g.title, depth, codes: [] as string[] };
    out.push(entry);
    entry.codes = [...(g.items ?? []).map((i) => i.code), ...(g.groups ?? []).flatMap((s) => walk(s, depth + 1))];
    return entry.codes;
  };
  template.groups.forEach((g) => walk(g, 0));
  return out;
}

function aggregatesOf(services: readonly Service[]): TemplateAggregate[] {
  const out: TemplateAggregate[] = [];
  const byTemplate = new Map<string, Service[]>();
  for (const s of services) byTemplate.set(s.template.id, [...(byTemplate.get(s.template.id) ?? []), s]);
  for (const list of byTemplate.values()) {
    out.push(aggregate(list, null));
    const periods = [...new Set(list.map((s) => s.periods))].sort();
    if (periods.length > 1) for (const p of periods) out.push(aggregate(list.filter((s) => s.periods === p), p));
  }
  return out;
}

function aggregate(services: readonly Service[], periods: number | null): TemplateAggregate {
  const template = services[0].template;
  const shape = serviceGroups(services[0]);
  const kind = template.scale.kind;
  const [yes, no] = template.scale.values.map((v) => String(v.value));
  const perService = services.map((s) =>
    shape.map((g) => {
      const vals = g.codes.map((c) => s.values.get(c)).filter((v) => v !== undefined);
      return {
        average: kind === "numeric" ? mean(vals as number[]) : undefined,
        yes: vals.filter((v) => String(v) === yes).length,
        no: vals.filter((v) => String(v) === no).length,
      };
    }),
  );
  const groups = shape.map((g, gi): GroupAggregate => {
    const cells = perService.map((p) => p[gi]);
    if (kind === "compliance") {
      const assessed = cells.filter((c) => c.yes + c.no > 0);
      const sum = (k: "yes" | "no") => assessed.reduce((a, c) => a + c[k], 0);
      return {
        code: g.code,
        title: g.title,
        depth: g.depth,
        services: assessed.length,
        ...opt("nonCompliancePct", nonCompliancePct(sum("yes"), sum("no"))),
        ...opt("servicesWithNonCompliancePct", assessed.length ? (assessed.filter((c) => c.no > 0).length / assessed.length) * 100 : undefined),
      };
    }
    const avgs = cells.map((c) => c.average).filter((a): a is number => a !== undefined);
    return { code: g.code, title: g.title, depth: g.depth, services: avgs.length, ...opt("average", mean(avgs)) };
  });
  const overalls = perService.map((p) => mean(shape.map((g, gi) => (g.depth === 0 ? p[gi].average : undefined)).filter((a): a is number => a !== undefined)));
  return { template, periods, services: services.length, groups, ...(kind === "numeric" ? opt("overall", overallAcross(overalls)) : {}) };
}

const opt = <K extends string>(key: K, v: number | undefined) => (v === undefined ? {} : ({ [key]: v } as Record<K, number>));

