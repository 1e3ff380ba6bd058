import type { Template } from "../catalog/types";
import { acrossVersions, allGroups, catalog as defaultCatalog, itemCodes, type Catalog, type ChangedItem } from "../catalog";
import type { FilledForm } from "../form";
import { change } from "../scoring/arithmetic";
import { scoreForm } from "../scoring/formResult";
import { optional } from "../optional";
import { figureOf, kindOf, overallFigureOf } from "../kinds";

/**
 * Dynamics: the same template for one service over two or more periods — each criterion and group,
 * each period, and the change of the latest period against the one before (the Kuldīga plan asks
 * for "dinamika salīdzinājumā ar iepriekšējiem gadiem").
 */

/** The last row of a dynamics table, the overall figure of each period, carries this code. */
export const OVERALL_ROW_CODE = "Kopumā";

export interface DynamicsRow {
  readonly code: string;
  readonly title: string;
  readonly depth: number;
  /** One figure per period, in `periods` order (average, non-compliance % or progress %). */
  readonly values: readonly (number | undefined)[];
  /** Latest period minus the one before. */
  readonly change?: number;
  /**
   * Where the periods' forms are of different template versions: the group's items that the
   * versions do not share (added, removed, split or reworded), left out of every period's figure so
   * the periods compare the same practices.
   */
  readonly changedItems?: readonly ChangedItem[];
}

export interface Dynamics {
  readonly template: Template;
  readonly iestade: string;
  readonly periods: readonly number[];
  /** Sheets the figures come from, in `periods` order. */
  readonly sheets: readonly string[];
  readonly rows: readonly DynamicsRow[];
}

export function dynamicsOf(forms: readonly FilledForm[], catalog: Catalog = defaultCatalog): Dynamics[] {
  const byService = new Map<string, FilledForm[]>();
  for (const f of forms) {
    if (typeof f.meta.periods.value !== "number" || kindOf(f.template).figure === undefined) continue;
    const key = `${f.template.id}\u0000${String(f.meta.iestade.value ?? "")
      .trim()
      .toLocaleLowerCase("lv")}`;
    byService.set(key, [...(byService.get(key) ?? []), f]);
  }
  const out: Dynamics[] = [];
  for (const list of byService.values()) {
    // One form per period: the last sheet of a period wins (a corrected copy is usually added after).
    const byPeriod = new Map<number, FilledForm>();
    for (const f of list) byPeriod.set(f.meta.periods.value as number, f);
    if (byPeriod.size < 2) continue;
    const periods = [...byPeriod.keys()].sort((a, b) => a - b);
    const chosen = periods.map((p) => byPeriod.get(p)!);
    const { compared, changed } = acrossVersions(
      catalog,
      chosen.map((f) => f.template),
    );
    // Across versions each period is scored on the practices all versions share, so a change is a change of the same practices.
    const results = chosen.map((f) => scoreForm(compared ? { ...f, rows: f.rows.filter((r) => compared.has(r.code)) } : f));
    const rows: DynamicsRow[] = results[results.length - 1].groups.map((g) => {
      const values = results.map((r, i) =>
        figureOf(
          chosen[i].template,
          r.groups.find((x) => x.code === g.code),
        ),
      );
      const under = new Set(chosen.flatMap((f) => itemCodesUnder(f.template, g.code)));
      const changedItems = changed.filter((c) => under.has(c.code));
      return {
        code: g.code,
        title: g.title,
        depth: g.depth,
        values,
        ...optional("change", change(values[values.length - 1], values[values.length - 2])),
        ...(changedItems.length ? { changedItems } : {}),
      };
    });
    const overall = results.map((r, i) => overallFigureOf(chosen[i].template, r));
    rows.push({
      code: OVERALL_ROW_CODE,
      title: "Kopumā",
      depth: 0,
      values: overall,
      ...optional("change", change(overall[overall.length - 1], overall[overall.length - 2])),
      ...(changed.length ? { changedItems: changed } : {}),
    });
    const latest = chosen[chosen.length - 1];
    out.push({
      template: latest.template,
      iestade: String(list[0].meta.iestade.value ?? ""),
      periods,
      sheets: periods.map((p) => byPeriod.get(p)!.sheet),
      rows,
    });
  }
  return out;
}

/** The item codes of a template's group (none when this version has no such group). */
function itemCodesUnder(template: Template, groupCode: string): string[] {
  const found = allGroups(template).find(({ group }) => group.code === groupCode);
  return found ? itemCodes(found.group) : [];
}
