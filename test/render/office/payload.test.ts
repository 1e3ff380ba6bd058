import { templates, demoFill } from "../../../src/core";
import { buildSheetPlan, type PlanCell, type SheetPlan } from "../../../src/plan";
import { insertSheet } from "../../../src/render/office";
import { BATCH_BYTES, blockChunks, jsonBytes, runInBatches, step } from "../../../src/render/office/writeSteps";
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from "../../doubles/excel";

/** Writes bigger than a request can carry are cut into row bands and spread over requests. */

const MB = 1024 * 1024;

/** The first template with a block of `rows` × 10 cells of `chars`-character texts added below. */
function bulkyPlan(rows: number, chars: number): SheetPlan {
  const base = buildSheetPlan(templates[0], { fill: demoFill(templates[0]) });
  const cells = (r: number): PlanCell[] => Array.from({ length: 10 }, (_, c) => ({ text: `${r}:${c} ${"ā".repeat(chars)}` }));
  return { ...base, blocks: [...base.blocks, { ref: "A200", rows: Array.from({ length: rows }, (_, r) => cells(r)) }] };
}

test.each([
  ["6 MB", 300, 1000, 3],
  ["13 MB", 650, 1000, 5],
])("a plan with %s of text: every request under 5 MB, every cell in place", async (_label, rows, chars, syncs) => {
  const plan = bulkyPlan(rows, chars);
  const excel = new ExcelDouble();
  const inserted = await excel.run((context) => insertSheet(context, plan));
  expect(excel.meter.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  expect(excel.meter.records.every((r) => !r.failed)).toBe(true);
  // One read, then one request per ≤ 4 MB: the budget of 3 holds up to about 8 MB of cell data.
  expect(inserted.syncs).toBe(syncs);
  expect(excel.meter.syncs).toBe(syncs);
  expect(excel.cell(plan.name, `J${200 + rows - 1}`)?.value).toBe(`${rows - 1}:9 ${"ā".repeat(chars)}`);
  expect(excel.sheet(plan.name).protection.protected).toBe(true);
});

test("a block is cut into bands no bigger than the chunk size, covering every row once", () => {
  const block = { ref: "B3", rows: Array.from({ length: 100 }, (_, r) => [{ text: "x".repeat(1000) }, { number: r }] as PlanCell[]) };
  const chunks = blockChunks(block, () => undefined, 20_000);
  expect(chunks.length).toBeGreaterThan(4);
  expect(chunks.every((c) => c.bytes <= 20_000 + 400)).toBe(true);
  expect(chunks.map((c) => c.ref)).toEqual(chunks.map((_, i) => `B${3 + chunks.slice(0, i).reduce((a, c) => a + c.formulas.length, 0)}`));
  expect(chunks.reduce((a, c) => a + c.formulas.length, 0)).toBe(100);
});

test("steps are packed greedily under the budget, and beforeBatch opens every request", async () => {
  const events: string[] = [];
  const context = { sync: async () => void events.push("sync") };
  const steps = [3, 2, 2, 4, 1].map((mb, i) => ({ bytes: mb * MB, queue: () => void events.push(`s${i}`) }));
  const syncs = await runInBatches(context, steps, () => events.push("open"), 4 * MB);
  expect(events).toEqual(["open", "s0", "sync", "open", "s1", "s2", "sync", "open", "s3", "sync", "open", "s4", "sync"]);
  expect(syncs).toBe(4);
  await expect(runInBatches(context, [step(() => undefined, "x".repeat(BATCH_BYTES))])).rejects.toThrow(/exceeds/);
});

test("jsonBytes counts UTF-8 bytes", () => {
  expect(jsonBytes(["ā"])).toBe(6);
});
