import type { Template } from "../catalog/types";
import type { RawValue } from "../form";
import { acrossVersions, allGroups, type Catalog } from "../catalog";
import { interpret } from "../interpret";
import { scoreItems, type FormResult } from "../scoring/formResult";
import { groupAcross, overallAcross } from "../scoring/aggregate";
import { agreement, consensusValue } from "../scoring/consensus";
import type { AcceptedForm, ConsensusGroup, ConsensusItem, GroupAggregate, Service, TemplateAggregate } from "./types";
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

/** Several assessors of one service meet at their consensus (the rule is scoring's `consensusValue`). */
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
    const { compared } = acrossVersions(
      catalog,
      forms.map((f) => f.template),
    );
    const formValues = forms.map((f) => realign(f.values, f.template, template, compared));
    const { codes } = itemOrder(template);
    const values: (number | string | undefined)[] = new Array(codes.length).fill(undefined);
    const items: ConsensusItem[] = [];
    codes.forEach((code, i) => {
      if (formValues.every((v) => v[i] === undefined)) return;
      const ratings = formValues.map((v) => scoredValue(template, v[i]));
      values[i] = consensusValue(template.scale, ratings);
      if (forms.length === 1) return;
      items.push({ code, ratings: ratings.map((r) => (typeof r === "number" ? r : undefined)), ...agreement(ratings) });
    });
    services.push({ template, iestade: forms[0].iestade, periods: forms[0].periods, forms, values });
    if (forms.length > 1 && template.scale.kind === "numeric")
      consensus.push({
        template: template.id,
        iestade: forms[0].iestade,
        periods: forms[0].periods,
        assessors: forms.map((f) => f.vertetajs),
        files: forms.map((f) => f.file),
        items,
      });
  }
  return { services, consensus };
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
    if (periods.length > 1)
      for (const p of periods)
        out.push({
          ...aggregate(
            list.filter((s) => s.periods === p),
            p,
          ),
          ...versions,
        });
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

/** A service's figures by the scoring core's own rule, over its (consensus) value at each item. */
function scoreService(service: Service): FormResult {
  const { index } = itemOrder(service.template);
  return scoreItems(service.template, (code) => {
    const i = index.get(code);
    const value = i === undefined ? undefined : service.values[i];
    return value === undefined ? undefined : { kind: "scored", value };
  });
}

function aggregate(services: readonly Service[], periods: number | null): TemplateAggregate {
  const { template } = services[0];
  // Only the figures the aggregate needs are kept: five thousand services' full results would not be.
  const results = services.map((s) => {
    const r = scoreService(s);
    return { overall: r.overall, groups: r.groups.map(({ average, compliance }) => ({ average, compliance })) };
  });
  const groups = allGroups(template).map(({ group, depth }, gi): GroupAggregate => ({
    code: group.code,
    title: group.title,
    depth,
    ...groupAcross(
      template.scale.kind,
      results.map((r) => r.groups[gi]),
    ),
  }));
  const overall = template.scale.kind === "numeric" ? optional("overall", overallAcross(results.map((r) => r.overall))) : {};
  return { template, periods, services: services.length, groups, ...overall };
}
