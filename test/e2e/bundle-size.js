#!/usr/bin/env node
/**
 * The pane's download budget: the production build (webpack.config.js, as `npm run build` makes it,
 * but into a temporary folder so dist/ is left alone), and the gzipped size of the JavaScript the
 * task pane loads before its first render — the taskpane entry's initial chunks only. Chunks loaded
 * on demand (the .xlsx parser a merge needs) do not count, and the check also proves the parser is
 * one of them. Exit 1 over budget; run.js calls it as one of its steps.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");

/** A text of src/render/xlsx/read.ts that survives minifying. */
const READER_MARK = "not a zip archive, so not an .xlsx file";

/** 300 KB, counted as 300,000 bytes (the stricter reading). */
const BUDGET_BYTES = 300_000;

function compile(config) {
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve(stats);
    }),
  );
}

/** Builds, measures, and returns the figures; throws only when the build itself fails. */
async function measureBundle() {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kvalitate-bundle-"));
  try {
    // A production build needs the address it will be served from; any will do for measuring.
    const config = await require("../../webpack.config.js")({ KVALITATE_URL: "https://127.0.0.1/kvalitate/" }, { mode: "production" });
    config.output = { ...config.output, path: outDir };
    config.infrastructureLogging = { level: "error" };
    const stats = await compile(config);
    const json = stats.toJson({ all: false, entrypoints: true, chunks: true });
    const initial = json.entrypoints.taskpane.assets.map((a) => a.name).filter((n) => n.endsWith(".js"));
    const read = (name) => fs.readFileSync(path.join(outDir, name));
    // Default gzip level: what a web server sends; level 9 would flatter the figure slightly.
    const gz = (name) => zlib.gzipSync(read(name)).length;
    const files = initial.map((name) => ({ name, raw: read(name).length, gzip: gz(name) }));
    const parser = json.chunks.find((c) => (c.names || []).includes("parser"));
    const parserFiles = parser ? parser.files.filter((f) => f.endsWith(".js")) : [];
    // Minifying keeps string literals: the reader's own refusal text shows where its code went.
    const has = (names) => names.some((n) => read(n).includes(READER_MARK));
    const onDemand = json.chunks.filter((c) => !c.initial).flatMap((c) => c.files.filter((f) => f.endsWith(".js")));
    return {
      files,
      gzip: files.reduce((a, f) => a + f.gzip, 0),
      raw: files.reduce((a, f) => a + f.raw, 0),
      budget: BUDGET_BYTES,
      readerInInitial: has(initial),
      onDemand: onDemand.map((name) => ({ name, gzip: gz(name) })),
      parserChunk: parser ? { initial: parser.initial, files: parserFiles, hasReader: has(parserFiles) } : undefined,
    };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** The failures, in words (empty when within budget and the parser is lazy). */
function problemsOf(m) {
  const problems = [];
  if (m.gzip > m.budget) problems.push(`initial JavaScript is ${m.gzip} bytes gzipped, over the budget of ${m.budget}`);
  if (!m.parserChunk) problems.push("no lazily loaded chunk named “parser”: the .xlsx parser is in the first download");
  else if (m.parserChunk.initial) problems.push("the parser chunk is an initial chunk");
  else if (!m.parserChunk.hasReader) problems.push("the parser chunk does not hold src/render/xlsx/read.ts");
  if (m.readerInInitial) problems.push("the .xlsx reader (src/render/xlsx/read.ts) is in the initial JavaScript");
  return problems;
}

function describe(m) {
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  const lines = [`initial JavaScript of the task pane: ${kb(m.gzip)} gzipped (${kb(m.raw)} minified), budget ${kb(m.budget)}`];
  for (const f of m.files) lines.push(`  ${f.name}: ${kb(f.gzip)} gzipped`);
  for (const f of m.onDemand)
    lines.push(`  on demand: ${f.name}: ${kb(f.gzip)} gzipped${m.parserChunk && m.parserChunk.files.includes(f.name) ? " (the parser)" : ""}`);
  return lines.join("\n");
}

module.exports = { measureBundle, problemsOf, describe, BUDGET_BYTES };

if (require.main === module) {
  measureBundle()
    .then((m) => {
      process.stdout.write(`${describe(m)}\n`);
      const problems = problemsOf(m);
      for (const p of problems) process.stdout.write(`FAIL ${p}\n`);
      process.exit(problems.length ? 1 : 0);
    })
    .catch((e) => {
      process.stdout.write(`bundle build failed: ${(e && e.stack) || e}\n`);
      process.exit(1);
    });
}
