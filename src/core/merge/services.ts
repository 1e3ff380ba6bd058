import type { Template } from "../catalog/types";
import type { RawValue } from "../form";
import { allGroups } from "../catalog";
import { interpret } from "../interpret";
import { itemCodes } from "../scoring/formResult";
import { mean, nonCompliancePct } from "../scoring/arithmetic";
import { overallAcross } from "../scoring/aggregate";
import type { AcceptedForm, ConsensusGroup, ConsensusItem, GroupAggregate, Service, TemplateAggregate } from "./merge";
import { identityOf, itemOrder } from "./record";

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
export function servicesOf(accepted: readonly AcceptedForm[]): { services: Service[]; consensus: ConsensusGroup[] } {
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
    const { template } = forms[0];
    const { codes } = itemOrder(template);
    const values: (number | string | undefined)[] = new Array(codes.length).fill(undefined);
    const items: ConsensusItem[] = [];
    codes.forEach((code, i) => {
      if (forms.every((f) => f.values[i] === undefined)) return;
      const ratings = forms.map((f) => scoredValue(template, f.values[i]));
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

export function aggregatesOf(services: readonly Service[]): TemplateAggregate[] {
  const out: TemplateAggregate[] = [];
  const byTemplate = new Map<string, Service[]>();
  for (const s of services) {
    const list = byTemplate.get(s.template.id);
    if (list) list.push(s);
    else byTemplate.set(s.template.id, [s]);
  }
  for (const list of byTemplate.values()) {
    out.push(aggregate(list, null));
    const periods = [...new Set(list.map((s) => s.periods))].sort();
    if (periods.length > 1) for (const p of periods) out.push(aggregate(list.filter((s) => s.periods === p), p));
  }
  return out;
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
