#!/usr/bin/env node
/**
 * Browser suite of the add-in, in Debian's Chromium with playwright-core, over the production
 * build: dist/ as `npm run build` writes it, served on 127.0.0.1 with only Microsoft's office.js
 * answered by test/e2e/office.ts (harness.js says how). One spec per pane section and one for the
 * ribbon's dialog (specs/), then the development harness for what dist/ cannot show, the
 * older-Excel guard and the download budget. Screenshots land in test-results/. Exit 1 on any
 * failure, and in CI also when Chromium is missing: a browser suite that silently skips proves
 * nothing.
 */
const fs = require("fs");
const path = require("path");
const { log, step, assert, finish, record } = require("./support");
const { buildProduction, buildTestBundles, serve, harness, OFFICE_CDN, ROOT, tmp } = require("./harness");
const { measureBundle, problemsOf, describe: describeBundle } = require("./bundle-size");
const { guardSuite } = require("./guard");

const CHROMIUM = "/usr/bin/chromium";
const RESULTS = path.join(ROOT, "test-results");
const CI = process.env.CI === "true";

/** In order; each opens its own pages (a fresh workbook each). */
const SPECS = ["ribbon", "looks", "insert", "validate", "results", "merge", "training", "help", "selfCheck", "dev"];

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    if (CI) {
      log(`${CHROMIUM} is missing; CI must install chromium for the browser suite.`);
      record("chromium available", false);
      return finish();
    }
    log(`${CHROMIUM} is missing: browser suite not run (outside CI). Install Debian's chromium to run it.`);
    return finish();
  }
  const { chromium } = require("playwright-core");
  const testDir = tmp();
  fs.mkdirSync(RESULTS, { recursive: true });

  log("building dist/ (production) and the test bundles…");
  const dist = await buildProduction();
  await buildTestBundles(testDir);
  const server = await serve(dist, testDir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const h = await harness(browser, { results: RESULTS, testDir, origin });
  const only = process.env.KV_E2E_SPECS ? process.env.KV_E2E_SPECS.split(",") : SPECS;

  try {
    for (const name of only) {
      log(`${name}:`);
      try {
        await require(`./specs/${name}.spec.js`)(h);
      } catch (error) {
        // A spec that crashes between its steps still counts, and the others still run.
        record(`${name}: ran to the end`, false);
        log(
          `  FAIL  ${name} crashed: ${String((error && error.stack) || error)
            .split("\n")
            .slice(0, 6)
            .join("\n        ")}`,
        );
      }
    }
    if (!process.env.KV_E2E_SPECS) {
      await guardSuite(browser, { step, assert, results: RESULTS });
      await step("bundle: the pane's first download is within 300 kB gzipped, the parser loads on demand", async () => {
        const m = await measureBundle();
        log(describeBundle(m).replace(/^/gm, "        "));
        const problems = problemsOf(m);
        assert(problems.length === 0, problems.join("; "));
      });
    }
  } finally {
    await step("every request stays on 127.0.0.1 (office.js's address is answered here)", async () => {
      const away = h.requests.filter((u) => {
        const { protocol, hostname } = new URL(u);
        return !(protocol === "data:" || protocol === "blob:" || hostname === "127.0.0.1" || hostname === "localhost" || u.startsWith(OFFICE_CDN));
      });
      assert(h.requests.length > 0, "no request was recorded at all");
      assert(away.length === 0, `requests left the machine: ${away.join(", ")}`);
    });
    await step("no page errors or console errors", async () => {
      assert(h.pageErrors.length === 0, h.pageErrors.join("\n"));
    });
    await h.close();
    await browser.close();
    server.close();
    fs.rmSync(testDir, { recursive: true, force: true });
  }
  finish();
}

main().catch((error) => {
  log(`suite crashed: ${(error && error.stack) || error}`);
  record("suite ran to the end", false);
  finish();
});
