import type { Template } from "../catalog/types";
import type { RawValue } from "../form";
import { acrossVersions, allGroups, type Catalog } from "../catalog";
import { interpret } from "../interpret";
import { itemCodes } from "../scoring/formResult";
import { mean, nonCompliancePct } from "../scoring/arithmetic";
import { overallAcross } from "../scoring/aggregate";
import type { AcceptedForm, ConsensusGroup, ConsensusItem, GroupAggregate, Service, TemplateAggregate } from "./merge";
import { identityOf, itemOrder } from "./record";
import { optional } from "../optional";

/**
 * How accepted forms become services and figures: the forms of one template, service and period are
 * one service; several assessors meet at a consensus; the services' figures are aggregated per
 * template, over all periods and per period.
 */

function scoredValue(template: Template, value: RawValue | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const i = interpret(template.scale, value);
  return i.kind === "scored" ? i.value : undefined;
}

/**
 * With several assessors (a CAF-style self-assessment group) numeric ratings meet at their mean;
 * compliance answers at the most frequent answer, a tie counting as Neatbilst (a non-compliance one
 * assessor saw is not averaged away).
 */
export function servicesOf(accepted: readonly AcceptedForm[], catalog: Catalog): { services: Service[]; consensus: ConsensusGroup[] } {
  const groups = new Map<string, AcceptedForm[]>();
  for (const a of accepted) {
    const key = [a.template.id, identityOf(a.iestade), a.periods].join("\u0000");
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  const services: Service[] = [];
  const consensus: ConsensusGroup[] = [];
  for (const forms of groups.values()) {
    // Assessors on different versions of the template meet on the practices the versions share.
    const template = newestOf(forms.map((f) => f.template));
    const { compared } = acrossVersions(catalog, forms.map((f) => f.template));
    const formValues = forms.map((f) => realign(f.values, f.template, template, compared));
    const { codes } = itemOrder(template);
    const values: (number | string | undefined)[] = new Array(codes.length).fill(undefined);
    const items: ConsensusItem[] = [];
    codes.forEach((code, i) => {
      if (formValues.every((v) => v[i] === undefined)) return;
      const ratings = formValues.map((v) => scoredValue(template, v[i]));
      values[i] = consensusValue(template, ratings);
      if (forms.length === 1) return;
      const nums = ratings.filter((r): r is number => typeof r === "number");
      const spread = nums.length ? Math.max(...nums) - Math.min(...nums) : undefined;
      items.push({ code, ratings: ratings.map((r) => (typeof r === "number" ? r : undefined)), mean: mean(nums), spread, disagree: spread !== undefined && spread >= 2 });
    });
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

/** A template's groups, depth first, each with the positions (in itemOrder) of its items. */
function groupShape(template: Template) {
  const { index } = itemOrder(template);
  return allGroups(template).map(({ group, depth }) => ({ code: group.code, title: group.title, depth, items: itemCodes(group).map((c) => index.get(c)!) }));
}

export function aggregatesOf(services: readonly Service[], catalog: Catalog): TemplateAggregate[] {
  const out: TemplateAggregate[] = [];
  const byTemplate = new Map<string, Service[]>();
  for (const s of services) {
    const list = byTemplate.get(s.template.id);
    if (list) list.push(s);
    else byTemplate.set(s.template.id, [s]);
  }
  for (const services of byTemplate.values()) {
    // Across versions every service, in every period, is measured on the practices all versions share.
    const templates = services.map((s) => s.template);
    const { compared, changed } = acrossVersions(catalog, templates);
    const newest = newestOf(templates);
    const list = compared ? services.map((s) => ({ ...s, template: newest, values: realign(s.values, s.template, newest, compared) })) : services;
    const versions = compared ? { versions: [...new Set(templates.map((t) => t.version))].sort((a, b) => a - b), changedItems: changed } : {};
    out.push({ ...aggregate(list, null), ...versions });
    const periods = [...new Set(list.map((s) => s.periods))].sort();
    if (periods.length > 1) for (const p of periods) out.push({ ...aggregate(list.filter((s) => s.periods === p), p), ...versions });
  }
  return out;
}

function newestOf(templates: readonly Template[]): Template {
  return templates.reduce((a, b) => (b.version > a.version ? b : a));
}

/** Values aligned to `from`'s items, realigned to `to`'s by code; outside `keep` (when given), none. */
function realign<T>(values: readonly (T | undefined)[], from: Template, to: Template, keep: ReadonlySet<string> | undefined): (T | undefined)[] {
  if (from === to && !keep) return [...values];
  const at = itemOrder(from).index;
  return itemOrder(to).codes.map((code) => {
    const i = at.get(code);
    return i === undefined || (keep && !keep.has(code)) ? undefined : values[i];
  });
}

function aggregate(services: readonly Service[], periods: number | null): TemplateAggregate {
  const { template } = services[0];
  const shape = groupShape(template);
  const kind = template.scale.kind;
  // By role, not by position (a compliance scale names which value complies and which does not).
  const { compliant: yes, nonCompliant: no } = template.scale.roles ?? {};
  const perService = services.map((s) =>
    shape.map((g) => {
      const vals = g.items.map((i) => s.values[i]).filter((v) => v !== undefined);
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
        ...optional("nonCompliancePct", nonCompliancePct(sum("yes"), sum("no"))),
        ...optional("servicesWithNonCompliancePct", assessed.length ? (assessed.filter((c) => c.no > 0).length / assessed.length) * 100 : undefined),
      };
    }
    const avgs = cells.map((c) => c.average).filter((a): a is number => a !== undefined);
    return { code: g.code, title: g.title, depth: g.depth, services: avgs.length, ...optional("average", mean(avgs)) };
  });
  const overalls = perService.map((p) => mean(shape.map((g, gi) => (g.depth === 0 ? p[gi].average : undefined)).filter((a): a is number => a !== undefined)));
  return { template, periods, services: services.length, groups, ...(kind === "numeric" ? optional("overall", overallAcross(overalls)) : {}) };
}
