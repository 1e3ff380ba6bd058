#!/usr/bin/env node
"use strict";
// Merge benchmark (Node): N generated self-assessment returns merged by the command line's own
// read → merge → write step, against two floors over the same files: the Python-equivalent one
// (scripts/bench-floor.py: zipfile + ElementTree over the parts a merge reads, the yardstick:
// 5,000 forms at ≤ 1.0× it, 400 at ≤ 1.3×) and a plain unzip + XML tokenisation in Node.
// The returns are generated to a temporary folder first, in a process of their own, so the measured
// process holds one file at a time as the CLI does. Each measurement runs in a fresh child process
// whose peak resident memory (max RSS) is read from the kernel at its end. Writes bench/merge.json.
// Needs dist-cli (`npm run build:cli`, which `npm run bench:merge` runs first).
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const root = path.join(__dirname, "..");
// KV_BENCH_DIST compares another build (say, of the previous commit) on the same machine and load.
const dist = process.env.KV_BENCH_DIST ? path.resolve(process.env.KV_BENCH_DIST) : path.join(root, "dist-cli");
/** Timings on a shared machine wobble: each size is measured this many times, the fastest kept. */
const SIZES = [
  { n: 400, runs: 5 },
  { n: 5000, runs: 2 },
];

const peakRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const elapsed = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
/** CPU time (user + system) in ms: steadier than the clock on a machine shared with other work. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const listOf = (dir) =>
  fs
    .readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));

function generate(dir, n) {
  const { demoFill, findTemplate } = require(path.join(dist, "core"));
  const { buildSheetPlan } = require(path.join(dist, "plan"));
  const { writeWorkbook } = require(path.join(dist, "render", "xlsx"));
  const t = findTemplate("pasnovertejums-2023");
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const bytes = writeWorkbook([buildSheetPlan(t, { fill: demoFill(t, { variant: i, iestade: `Dienests ${i}` }) })]).bytes;
    fs.writeFileSync(path.join(dir, `f${String(i).padStart(5, "0")}.xlsx`), bytes);
  }
}

function floor(dir) {
  const { unzipSync } = require("fflate");
  const { xmlEvents } = require(path.join(dist, "render", "xlsx", "xml"));
  const decoder = new TextDecoder();
  const t0 = process.hrtime.bigint();
  let events = 0;
  for (const file of listOf(dir)) {
    const parts = unzipSync(fs.readFileSync(file));

    for (const k of Object.keys(parts)) for (const _ of xmlEvents(decoder.decode(parts[k]))) events++;
  }
  return { ms: elapsed(t0), cpuMs: cpuMs(), peakRssMB: peakRssMB(), events };
}

async function merge(dir, out) {
  const { mergeFilesTo } = require(path.join(dist, "cli", "pipeline"));
  const { readOne } = require(path.join(dist, "cli", "merge"));
  const files = listOf(dir);
  const t0 = process.hrtime.bigint();
  let readMs = 0;
  let readCpuMs = 0;
  const result = await mergeFilesTo(files, out, { read: readOne, onFile: (done, total) => done === total && ((readMs = elapsed(t0)), (readCpuMs = cpuMs())) });
  return {
    ms: elapsed(t0),
    readMs,
    cpuMs: cpuMs(),
    readCpuMs,
    peakRssMB: peakRssMB(),
    accepted: result.accepted.length,
    rejected: result.rejected.length,
    summaryBytes: fs.statSync(out).size,
  };
}

/** Runs this script in a fresh Node process in the given mode and returns what it printed, with the whole process's wall time. */
function child(...args) {
  const t0 = process.hrtime.bigint();
  const out = JSON.parse(execFileSync(process.execPath, [__filename, ...args], { encoding: "utf8", maxBuffer: 1 << 20 }));
  return { ...out, processMs: elapsed(t0) };
}

/** The Python interpreter for the Python-equivalent floor: Debian's, else the first on the PATH. */
const PYTHON = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

/**
 * The Python-equivalent floor (scripts/bench-floor.py): zipfile + ElementTree over the parts a merge
 * reads, nothing merged or written. What a person would write in an afternoon instead of the tool.
 */
function pythonFloor(dir) {
  const t0 = process.hrtime.bigint();
  const out = JSON.parse(execFileSync(PYTHON, [path.join(__dirname, "bench-floor.py"), dir], { encoding: "utf8", maxBuffer: 1 << 20 }));
  return { ...out, processMs: elapsed(t0) };
}

function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kv-bench-merge-"));
  const results = [];
  try {
    for (const { n, runs } of SIZES) {
      const dir = path.join(tmp, String(n));
      execFileSync(process.execPath, [__filename, "--generate", dir, String(n)]);
      const floors = [];
      const pythons = [];
      const merges = [];
      for (let r = 0; r < runs; r++) {
        floors.push(child("--floor", dir));
        pythons.push(pythonFloor(dir));
        merges.push(child("--merge", dir, path.join(tmp, `out-${n}.xlsx`)));
      }
      const fastest = (list) => list.reduce((a, b) => (b.ms < a.ms ? b : a));
      const f = fastest(floors);
      const py = fastest(pythons);
      const m = fastest(merges);
      results.push({
        operation: `merge-cli:${n}`,
        files: n,
        ms: Math.round(m.ms),
        filesPerSecond: Math.round((n / m.ms) * 1000),
        readAndMergeMs: Math.round(m.readMs),
        writeSummaryMs: Math.round(m.ms - m.readMs),
        pythonFloorMs: Math.round(py.ms),
        ratioToPythonFloor: Math.round((m.ms / py.ms) * 100) / 100,
        pythonFloorCpuMs: Math.round(py.cpuMs),
        cpuRatioToPythonFloor: Math.round((m.cpuMs / py.cpuMs) * 100) / 100,
        // Whole processes, start-up included: node + the CLI's modules against python3 + zipfile.
        processMs: Math.round(m.processMs),
        pythonProcessMs: Math.round(py.processMs),
        processRatioToPythonFloor: Math.round((m.processMs / py.processMs) * 100) / 100,
        pythonPeakRssMB: Math.max(...pythons.map((x) => x.peakRssMB)),
        floorMs: Math.round(f.ms),
        ratioToFloor: Math.round((m.ms / f.ms) * 100) / 100,
        cpuMs: Math.round(m.cpuMs),
        floorCpuMs: Math.round(f.cpuMs),
        cpuRatioToFloor: Math.round((m.cpuMs / f.cpuMs) * 100) / 100,
        peakRssMB: Math.max(...merges.map((x) => x.peakRssMB)),
        floorPeakRssMB: Math.max(...floors.map((x) => x.peakRssMB)),
        accepted: m.accepted,
        rejected: m.rejected,
        summaryBytes: m.summaryBytes,
      });
      console.error(JSON.stringify(results[results.length - 1]));
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  fs.mkdirSync(path.join(root, "bench"), { recursive: true });
  fs.writeFileSync(path.join(root, "bench", "merge.json"), JSON.stringify(results, null, 2) + "\n");
  console.log(JSON.stringify(results, null, 2));
}

const [mode, ...args] = process.argv.slice(2);
if (mode === "--generate") generate(args[0], Number(args[1]));
else if (mode === "--floor") console.log(JSON.stringify(floor(args[0])));
else if (mode === "--merge") merge(args[0], args[1]).then((r) => console.log(JSON.stringify(r)));
else main();
