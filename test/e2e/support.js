/**
 * What the browser suite stands on: its step runner and closing count, the test bundle's build, the
 * 127.0.0.1 server, and the axe-core check. The scenarios are in specs/, the pages in harness.js.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const webpack = require("webpack");

const AXE = require.resolve("axe-core/axe.min.js");

const results = [];
function log(line) {
  process.stdout.write(`${line}\n`);
}

async function step(name, fn) {
  try {
    await fn();
    results.push({ name, ok: true });
    log(`  ok    ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    log(
      `  FAIL  ${name}\n        ${String((error && error.stack) || error)
        .split("\n")
        .slice(0, 6)
        .join("\n        ")}`,
    );
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** A failure found outside a step (e.g. Chromium missing in CI) still counts in the closing line. */
function record(name, ok) {
  results.push({ name, ok });
}

function finish() {
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

function build(outDir) {
  const config = require("./webpack.e2e.js")(outDir);
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    }),
  );
}

const PAGE = `<!doctype html>
<html lang="lv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kvalitāte</title></head><body style="margin:0"><div id="root"></div><script src="/harness.js"></script></body></html>`;

function serve(outDir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    if (url.pathname === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(PAGE);
    }
    // The harness and the chunks it loads on demand (the parser); nothing but a plain file name.
    const chunk = /^\/([\w.-]+\.js)$/.exec(url.pathname);
    if (chunk && fs.existsSync(path.join(outDir, chunk[1]))) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      return fs.createReadStream(path.join(outDir, chunk[1])).pipe(res);
    }
    // The browser asks for a favicon on its own; answering "no content" keeps the console clean.
    if (url.pathname === "/favicon.ico") return res.writeHead(204).end();
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** axe-core on what is visible now; serious and critical violations fail the step. */
async function axe(page, label) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    // Fluent's Tabster puts aria-hidden focus "bumpers" (data-tabster-dummy) at the edges of arrow-key
    // groups such as the TabList; they pass focus on at once. A known false positive of
    // aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#25133), which Accessibility
    // Insights also suppresses — for those nodes only, so a real aria-hidden-focus still fails.
    const bumper = (v, n) => v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy");
    return r.violations
      .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !bumper(v, n)) }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) }));
  });
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  for (const v of violations.filter((v) => !bad.includes(v))) log(`        axe (${label}, ${v.impact}): ${v.id} — ${v.help}`);
  assert(bad.length === 0, `axe ${label}: ${bad.map((v) => `${v.impact} ${v.id} (${v.help}) at ${v.nodes.join(", ")}`).join("; ")}`);
}

module.exports = { log, step, assert, finish, record, build, serve, axe };
