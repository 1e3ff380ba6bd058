import { findTemplate } from "../../core/catalog";
import { demoFill } from "../../core/demo";
import { buildSheetPlan } from "../../plan/buildSheet";
import type { MergeInput } from "../merge/runMerge";

/**
 * Three returned workbooks for the seminar's merge, made in the browser: two good ones from two
 * fictional services and one deliberately broken (its bytes cut in half, as a failed e-mail
 * download would leave it). Deterministic: the same files every time, so a trainer can rehearse.
 */

/** The template the walk-through uses: ten criteria on the 1–5 scale, with a dropdown per rating. */
export const TRAINER_TEMPLATE = "kuldiga-kvalitate-2011";
export const TRAINER_PERIOD = 2025;

/** Plainly fictional services; the core's demo data names its assessor as invented too. */
export const DEMO_SERVICES = ["Parauga sociālais dienests A (izdomāts)", "Parauga sociālais dienests B (izdomāts)"] as const;

export const DEMO_FILE_NAMES = ["parauga-dienests-A.xlsx", "parauga-dienests-B.xlsx", "bojats-fails.xlsx"] as const;

/** A file in memory that the merge runner reads like one chosen from disk. */
export function memoryFile(name: string, bytes: Uint8Array): MergeInput {
  // A copy into a fresh ArrayBuffer: the runner may not get a view into a larger shared buffer.
  return { name, arrayBuffer: async () => bytes.slice().buffer };
}

export async function demoReturnBytes(): Promise<{ readonly name: string; readonly bytes: Uint8Array }[]> {
  const template = findTemplate(TRAINER_TEMPLATE);
  if (!template) throw new Error(`the catalogue has no template ${TRAINER_TEMPLATE}`);
  // The writer shares the parser's lazily loaded chunk; neither is in the pane's first download.
  const { writeWorkbook } = await import(/* webpackChunkName: "parser" */ "../../render/xlsx");
  // A fixed creation date keeps the bytes identical between runs.
  const created = new Date(Date.UTC(TRAINER_PERIOD, 11, 1));
  const workbook = (variant: number, iestade: string) =>
    writeWorkbook([buildSheetPlan(template, { fill: demoFill(template, { variant, iestade, periods: TRAINER_PERIOD }) })], { created }).bytes;
  const a = workbook(1, DEMO_SERVICES[0]);
  const b = workbook(2, DEMO_SERVICES[1]);
  const c = workbook(3, "Parauga sociālais dienests C (izdomāts)");
  const broken = c.slice(0, Math.floor(c.length / 2));
  return [
    { name: DEMO_FILE_NAMES[0], bytes: a },
    { name: DEMO_FILE_NAMES[1], bytes: b },
    { name: DEMO_FILE_NAMES[2], bytes: broken },
  ];
}

export async function demoReturns(): Promise<MergeInput[]> {
  return (await demoReturnBytes()).map(({ name, bytes }) => memoryFile(name, bytes));
}
