import type { Group, Item, Template, TemplateFamily } from "./types";
import { supervision2016 } from "./families/supervision2016";
import { familiesWithChildren2015 } from "./families/familiesWithChildren2015";
import { kuldiga2011 } from "./families/kuldiga2011";
import { selfAssessment2023 } from "./families/selfAssessment2023";
import { makeCatalog } from "./versions";

export * from "./types";
export { makeCatalog, parseTemplateRef, comparableCodes, acrossVersions, type Catalog, type ChangedItem } from "./versions";

/** Every family of the seeds. Adding a family is adding a data module here; no renderer changes. */
export const families: readonly TemplateFamily[] = [supervision2016, familiesWithChildren2015, kuldiga2011, selfAssessment2023];

/** Every version of every template of the seeds; a family lists all the versions it has had. */
export const catalog = makeCatalog(families.flatMap((f) => f.templates));

/** The newest version of each template: what is offered, listed and inserted. */
export const templates: readonly Template[] = catalog.current;

/** By `id` (its newest version) or `id@version` (that version), or `id` with a version. */
export function findTemplate(ref: string, version?: number): Template | undefined {
  return catalog.find(ref, version);
}

/** The stamp a sheet carries: "<id>@<version>". */
export function stampOf(template: Pick<Template, "id" | "version">): string {
  return `${template.id}@${template.version}`;
}

export function parseStamp(stamp: string): { id: string; version: number } | undefined {
  const m = /^\s*([a-z0-9-]+)@(\d+)\s*$/.exec(stamp);
  return m ? { id: m[1], version: Number(m[2]) } : undefined;
}

/** An item in document order with the path of groups above it (top-level first). */
export interface PlacedItem {
  readonly item: Item;
  readonly path: readonly Group[];
}

export function placedItems(template: Template): PlacedItem[] {
  const out: PlacedItem[] = [];
  const walk = (group: Group, path: Group[]) => {
    const here = [...path, group];
    for (const item of group.items ?? []) out.push({ item, path: here });
    for (const sub of group.groups ?? []) walk(sub, here);
  };
  for (const g of template.groups) walk(g, []);
  return out;
}

/** A group's item codes, its sub-groups' included (a criterion pools the items of all its sub-criteria). */
export function itemCodes(group: Group): string[] {
  return [...(group.items ?? []).map((i) => i.code), ...(group.groups ?? []).flatMap(itemCodes)];
}

/** All groups, depth first, each with its depth (0 = criterion). */
export function allGroups(template: Template): { group: Group; depth: number }[] {
  const out: { group: Group; depth: number }[] = [];
  const walk = (g: Group, depth: number) => {
    out.push({ group: g, depth });
    for (const sub of g.groups ?? []) walk(sub, depth + 1);
  };
  for (const g of template.groups) walk(g, 0);
  return out;
}
