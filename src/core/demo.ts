import { REGISTER_TOTAL_CODE, type Template } from "./catalog/types";
import { placedItems } from "./catalog";
import { DONE_STATUS } from "./catalog/scales";
import { inspectionRegisterSeedFigures, type InspectionCounts } from "./catalog/families/familiesWithChildren2015";
import { dateSerial, type FormFill } from "./fill";

/**
 * Deterministic, plainly fictional demonstration data for trainers: the same template and variant
 * always give the same entries, and every name says it is invented.
 */

export const DEMO_INSTITUTION = "Parauga sociālais dienests (izdomāts, demonstrācijai)";
export const DEMO_ASSESSOR = "Anna Paraudziņa (izdomāta)";

/** Small, fast, seedable PRNG (mulberry32); Math.random would make demos differ between runs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function pick<T>(rand: () => number, weighted: readonly (readonly [T, number])[]): T {
  const total = weighted.reduce((a, [, w]) => a + w, 0);
  let r = rand() * total;
  for (const [v, w] of weighted) if ((r -= w) < 0) return v;
  return weighted[weighted.length - 1][0];
}

export interface DemoOptions {
  /** Another fictional service (0, 1, 2…): a different but still deterministic set of entries. */
  readonly variant?: number;
  readonly periods?: number;
  readonly iestade?: string;
  readonly vertetajs?: string;
}

export function demoFill(template: Template, options: DemoOptions = {}): FormFill {
  const variant = options.variant ?? 0;
  const rand = prng(hashString(`${template.id}#${variant}`));
  const periods = options.periods ?? template.source.year;
  const meta = {
    iestade: options.iestade ?? (variant === 0 ? DEMO_INSTITUTION : `${DEMO_INSTITUTION} Nr. ${variant + 1}`),
    periods,
    vertetajs: options.vertetajs ?? DEMO_ASSESSOR,
    datums: dateSerial(periods, 12, 1),
  };
  const items = placedItems(template);
  const values: Record<string, string | number> = {};
  const comments: Record<string, string> = {};
  const fields: Record<string, Record<string, string | number>> = {};

  switch (template.kind) {
    case "assessment":
      for (const { item } of items) {
        values[item.code] = pick<string | number>(rand, [[1, 1], [2, 3], [3, 6], [4, 7], [5, 3], ["Nav attiecināms", 0.5]]);
      }
      break;
    case "checklist":
      for (const { item } of items) {
        const v = pick(rand, [["Atbilst", 16], ["Neatbilst", 3], ["Nav attiecināms", 1]] as const);
        values[item.code] = v;
        if (v === "Neatbilst") comments[item.code] = "Demonstrācijas piezīme: jāpapildina dokumentācija.";
      }
      break;
    case "actionPlan":
      for (const { item } of items) {
        const d = item.deadline ?? "pastāvīgi";
        const early = d !== "pastāvīgi" && Number(d) < periods;
        values[item.code] = early
          ? pick(rand, [[DONE_STATUS, 8], ["Procesā", 2], ["Nav uzsākts", 1]] as const)
          : pick(rand, [[DONE_STATUS, 2], ["Procesā", 5], ["Nav uzsākts", 3], ["Nav attiecināms", 0.3]] as const);
        fields[item.code] = { deadline: d === "pastāvīgi" ? d : Number(d) };
      }
      break;
    case "survey":
      return { meta, values: surveyCounts(template, variant, rand), respondents: SURVEY_RESPONDENTS + variant * 7 };
    case "register":
      return { meta, ...registerDemo(template) };
  }
  return { meta, values, comments, fields };
}

/** The Kuldīga survey's own figures: 178 respondents, 29 / 50 / 13 / 3 / 3 % (one gave no answer). */
const SURVEY_RESPONDENTS = 178;
const SATISFACTION_COUNTS = [52, 89, 24, 6, 6];

function surveyCounts(template: Template, variant: number, rand: () => number): Record<string, number> {
  const out: Record<string, number> = {};
  template.groups.forEach((q, qi) => {
    (q.items ?? []).forEach((item, i) => {
      out[item.code] = qi === 0 && i < SATISFACTION_COUNTS.length ? SATISFACTION_COUNTS[i] + (variant > 0 ? Math.floor(rand() * 3) : 0) : 5 + Math.floor(rand() * 60);
    });
  });
  return out;
}

/** The register's demonstration rows are the seed's own table (48 = 18 + 8 + 22); a period it lacks is 0. */
const REGISTER_ROWS: Readonly<Record<string, InspectionCounts | undefined>> = inspectionRegisterSeedFigures;

function registerDemo(template: Template): Pick<FormFill, "values" | "fields"> {
  const reg = template.register;
  if (!reg) return { values: {} };
  const values: Record<string, number> = {};
  const fields: Record<string, Record<string, number>> = {};
  const totals = reg.columns.map(() => 0);
  for (const p of reg.periods) {
    // The seed's counts are keyed by the register's column keys (planned, unplanned, documents).
    const counts = reg.columns.map((c) => REGISTER_ROWS[p.code]?.[c.key as keyof InspectionCounts] ?? 0);
    fields[p.code] = Object.fromEntries(reg.columns.map((c, i) => [c.key, counts[i]]));
    values[p.code] = counts.reduce((a, b) => a + b, 0);
    counts.forEach((n, i) => (totals[i] += n));
  }
  fields[REGISTER_TOTAL_CODE] = Object.fromEntries(reg.columns.map((c, i) => [c.key, totals[i]]));
  values[REGISTER_TOTAL_CODE] = totals.reduce((a, b) => a + b, 0);
  return { values, fields };
}
