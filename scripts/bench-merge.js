#!/usr/bin/env node
"use strict";
// Merge benchmark (Node): N generated self-assessment returns read and merged, against the floor of
// a plain unzip + XML tokenisation of the same files. Writes bench/merge.json. Needs dist-cli
// (`npm run build:cli`, which `npm ci` runs); run with --expose-gc for steadier memory figures.
const fs = require("fs");
const path = require("path");
const { unzipSync } = require("fflate");
const root = path.join(__dirname, "..");
const dist = path.join(root, "dist-cli");
const { demoFill, findTemplate, mergeForms } = require(path.join(dist, "core"));
const { buildSheetPlan, mergeSheets } = require(path.join(dist, "plan"));
const { readReturned, writeWorkbook } = require(path.join(dist, "render", "xlsx"));
const { xmlEvents } = require(path.join(dist, "render", "xlsx", "xml"));

function generate(n) {
  const t = findTemplate("pasnovertejums-2023");
  return Array.from({ length: n }, (_, i) => writeWorkbook([buildSheetPlan(t, { fill: demoFill(t, { variant: i, iestade: `Dienests ${i}` }) })]).bytes);
}

function measure(fn) {
  if (global.gc) global.gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
  const t0 = process.hrtime.bigint();
  const out = fn(sample);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  sample();
  return { ms, peakHeapMB: (peak - before) / 1048576, out };
}

const results = [];
for (const n of [400, 1000]) {
  const files = generate(n);
  const floor = measure((sample) => {
    let events = 0;
    const decoder = new TextDecoder();
    for (const bytes of files) {
      const parts = unzipSync(bytes);
      for (const k of Object.keys(parts)) for (const _ of xmlEvents(decoder.decode(parts[k]))) events++;
      sample();
    }
    return events;
  });
  let result;
  const merge = measure((sample) => {
    const returned = files.map((bytes, i) => {
      const r = readReturned(`f${i}.xlsx`, bytes);
      if (i % 50 === 0) sample();
      return r;
    });
    result = mergeForms(returned);
    return { accepted: result.accepted.length, rejected: result.rejected.length };
  });
  // Writing the summary workbook is output work (its long table has a row per file × item), measured apart.
  const write = measure(() => writeWorkbook(mergeSheets(result)).bytes.length);
  results.push({
    operation: `merge-node:${n}`,
    files: n,
    ms: Math.round(merge.ms),
    filesPerSecond: Math.round((n / merge.ms) * 1000),
    writeSummaryMs: Math.round(write.ms),
    floorMs: Math.round(floor.ms),
    ratioToFloor: Math.round((merge.ms / floor.ms) * 100) / 100,
    peakHeapMB: Math.round(merge.peakHeapMB),
    accepted: merge.out.accepted,
    rejected: merge.out.rejected,
    summaryBytes: write.out,
    writeSummaryPeakHeapMB: Math.round(write.peakHeapMB),
  });
}
fs.mkdirSync(path.join(root, "bench"), { recursive: true });
fs.writeFileSync(path.join(root, "bench", "merge.json"), JSON.stringify(results, null, 2) + "\n");
console.log(JSON.stringify(results, null, 2));
