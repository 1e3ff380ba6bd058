/**
 * The merge benchmark's browser half: generates N returns in the page, then times the floor (a plain
 * unzip + XML tokenisation of every part) and the merge (read each file, merge rules), as the task
 * pane does it. Exposed as window.kvBench for scripts/bench-merge-browser.js.
 */
import { unzipSync } from "fflate";
import { demoFill, findTemplate, mergeForms } from "../../src/core";
import { buildSheetPlan, mergeSheets } from "../../src/plan";
import { readReturned, writeWorkbook } from "../../src/render/xlsx";
import { xmlEvents } from "../../src/render/xlsx/xml";

interface BenchRow {
  operation: string;
  files: number;
  ms: number;
  filesPerSecond: number;
  floorMs: number;
  ratioToFloor: number;
  writeSummaryMs: number;
  heapMB?: number;
}

const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

async function run(n: number): Promise<BenchRow> {
  const t = findTemplate("pasnovertejums-2023")!;
  const files = Array.from({ length: n }, (_, i) => writeWorkbook([buildSheetPlan(t, { fill: demoFill(t, { variant: i, iestade: `Dienests ${i}` }) })]).bytes);
  const decoder = new TextDecoder();
  let t0 = performance.now();
  let events = 0;
  for (const bytes of files) {
    const parts = unzipSync(bytes);
    for (const k of Object.keys(parts)) for (const _ of xmlEvents(decoder.decode(parts[k]))) events++;
  }
  const floorMs = performance.now() - t0;
  const before = heap();
  t0 = performance.now();
  const result = mergeForms(files.map((bytes, i) => readReturned(`f${i}.xlsx`, bytes)));
  const ms = performance.now() - t0;
  const after = heap();
  t0 = performance.now();
  writeWorkbook(mergeSheets(result));
  const writeSummaryMs = performance.now() - t0;
  if (result.accepted.length !== n || events === 0) throw new Error("benchmark merge did not accept every file");
  return {
    operation: `merge-chromium:${n}`,
    files: n,
    ms: Math.round(ms),
    filesPerSecond: Math.round((n / ms) * 1000),
    floorMs: Math.round(floorMs),
    ratioToFloor: Math.round((ms / floorMs) * 100) / 100,
    writeSummaryMs: Math.round(writeSummaryMs),
    ...(before !== undefined && after !== undefined ? { heapMB: Math.round((after - before) / 1048576) } : {}),
  };
}

(window as unknown as { kvBench: typeof run }).kvBench = run;
