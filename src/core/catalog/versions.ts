import type { Group, Item, Template, VersionChanges } from "./types";

/**
 * Every version of every template, and what each version changed against the one before. A return
 * is read and scored against the version its stamp names; across versions, only codes that no
 * version between them added, removed, split or reworded are compared.
 */
export interface Catalog {
  /** Every version of every template, oldest version first within an id. */
  readonly all: readonly Template[];
  /** The newest version of each template, in catalog order: what is offered for insertion. */
  readonly current: readonly Template[];
  /** `id` (newest version), `id@version`, or `id` with an explicit version. */
  find(ref: string, version?: number): Template | undefined;
  /** Every version of one id, oldest first (empty when the id is unknown). */
  versions(id: string): readonly Template[];
}

/** "pasnovertejums-2023@1" → { id, version }; a bare id → { id }. */
export function parseTemplateRef(ref: string): { id: string; version?: number } | undefined {
  const m = /^\s*([a-z0-9-]+)(?:@(\d+))?\s*$/.exec(ref);
  if (!m) return undefined;
  return m[2] === undefined ? { id: m[1] } : { id: m[1], version: Number(m[2]) };
}

function itemsByCode(template: Template): Map<string, Item> {
  const out = new Map<string, Item>();
  const walk = (g: Group) => {
    for (const item of g.items ?? []) out.set(item.code, item);
    for (const sub of g.groups ?? []) walk(sub);
  };
  template.groups.forEach(walk);
  return out;
}

/** A version's change map must account for every difference in its items, and only for those. */
function checkChanges(before: Template, after: Template): string[] {
  const changes = after.changes;
  const name = `${after.id}@${after.version}`;
  if (!changes) return [`${name}: no change map against version ${before.version}`];
  const problems: string[] = [];
  if (changes.from !== before.version) problems.push(`${name}: changes are against ${changes.from}, the version before is ${before.version}`);
  const old = itemsByCode(before);
  const now = itemsByCode(after);
  const splitFrom = new Set(changes.split.map((s) => s.code));
  const splitInto = new Set(changes.split.flatMap((s) => s.into));
  const expect = (ok: boolean, text: string) => ok || problems.push(`${name}: ${text}`);
  for (const code of changes.added) expect(now.has(code) && !old.has(code), `added ${code} must be new in this version`);
  for (const code of changes.removed) expect(old.has(code) && !now.has(code), `removed ${code} must be gone in this version`);
  for (const s of changes.split) {
    expect(old.has(s.code), `split ${s.code} must exist in version ${before.version}`);
    expect(s.into.length >= 2 && s.into.every((c) => now.has(c)), `split ${s.code} must become two or more items of this version`);
  }
  for (const code of changes.reworded)
    expect(old.has(code) && now.has(code) && old.get(code)!.text !== now.get(code)!.text, `reworded ${code} must keep its code with other words`);
  const listed = new Set([...changes.added, ...changes.removed, ...changes.reworded, ...splitFrom, ...splitInto]);
  for (const [code, item] of now) {
    if (!old.has(code)) expect(listed.has(code), `${code} is new but not listed as added or split`);
    else if (old.get(code)!.text !== item.text) expect(listed.has(code), `${code} changed its words but is not listed as reworded or split`);
  }
  for (const code of old.keys()) if (!now.has(code)) expect(listed.has(code), `${code} is gone but not listed as removed or split`);
  return problems;
}

/** Builds the catalog; an inconsistent change map is a programming error and throws. */
export function makeCatalog(templates: readonly Template[]): Catalog {
  const byId = new Map<string, Template[]>();
  for (const t of templates) {
    const list = byId.get(t.id) ?? [];
    list.push(t);
    byId.set(t.id, list);
  }
  const problems: string[] = [];
  for (const [id, list] of byId) {
    list.sort((a, b) => a.version - b.version);
    list.forEach((t, k) => {
      if (k > 0 && t.version === list[k - 1].version) problems.push(`${id}@${t.version} is defined twice`);
      else if (k > 0) problems.push(...checkChanges(list[k - 1], t));
    });
  }
  if (problems.length) throw new Error(`catalog: ${problems.join("; ")}`);
  const all = [...byId.values()].flat();
  const current = [...byId.values()].map((list) => list[list.length - 1]);
  return {
    all,
    current,
    versions: (id) => byId.get(id) ?? [],
    find(ref, version) {
      const parsed = parseTemplateRef(ref);
      const list = parsed && byId.get(parsed.id);
      if (!list) return undefined;
      const wanted = version ?? parsed.version;
      return wanted === undefined ? list[list.length - 1] : list.find((t) => t.version === wanted);
    },
  };
}

/** The change maps from `older` up to `newer` (same id), in order. */
function changesBetween(catalog: Catalog, older: Template, newer: Template): VersionChanges[] {
  if (older.id !== newer.id || older.version >= newer.version) return [];
  return catalog
    .versions(older.id)
    .filter((t) => t.version > older.version && t.version <= newer.version)
    .map((t) => t.changes!)
    .filter((c) => c !== undefined);
}

/** Codes that no version between `older` and `newer` touched: the same practice under one code. */
export function comparableCodes(catalog: Catalog, a: Template, b: Template): Set<string> {
  const [older, newer] = a.version <= b.version ? [a, b] : [b, a];
  const codes = new Set(itemsByCode(older).keys());
  for (const c of changesBetween(catalog, older, newer)) {
    for (const code of [...c.removed, ...c.reworded, ...c.split.map((s) => s.code), ...c.split.flatMap((s) => s.into), ...c.added]) codes.delete(code);
  }
  const inNewer = itemsByCode(newer);
  for (const code of codes) if (!inNewer.has(code)) codes.delete(code);
  return codes;
}

/** An item left out of a comparison across versions, and why. */
export interface ChangedItem {
  readonly code: string;
  readonly change: "added" | "removed" | "split" | "reworded";
}

/** The codes every version in the list shares, and the others with what happened to them. */
export function acrossVersions(catalog: Catalog, templates: readonly Template[]): { compared?: Set<string>; changed: ChangedItem[] } {
  const versions = [...new Map(templates.map((t) => [t.version, t])).values()].sort((a, b) => a.version - b.version);
  if (versions.length < 2) return { changed: [] };
  const oldest = versions[0];
  const newest = versions[versions.length - 1];
  // Each later version's comparable codes once, intersected (not once per code and version).
  const compared = versions
    .slice(1)
    .map((v) => comparableCodes(catalog, oldest, v))
    .reduce((acc, codes) => new Set([...acc].filter((c) => codes.has(c))));
  const changed = new Map<string, ChangedItem["change"]>();
  for (const c of changesBetween(catalog, oldest, newest)) {
    for (const code of c.added) changed.set(code, "added");
    for (const code of c.removed) changed.set(code, "removed");
    for (const code of c.reworded) changed.set(code, "reworded");
    for (const s of c.split) for (const code of [s.code, ...s.into]) changed.set(code, "split");
  }
  return { compared, changed: [...changed].filter(([code]) => !compared.has(code)).map(([code, what]) => ({ code, change: what })) };
}
