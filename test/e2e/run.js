#!/usr/bin/env node
/**
 * Browser suite of the task pane: builds test/e2e/harness.tsx (the real App over a watched host),
 * serves it on 127.0.0.1 and drives it in Debian's Chromium with playwright-core. Screenshots of
 * every section in both languages land in test-results/. Exit 1 on any failure, and in CI also when
 * Chromium is missing: a browser suite that silently skips proves nothing.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
const RESULTS = path.join(ROOT, "test-results");
const AXE = require.resolve("axe-core/axe.min.js");
const CI = process.env.CI === "true";

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
    log(`  FAIL  ${name}\n        ${String((error && error.stack) || error).split("\n").slice(0, 6).join("\n        ")}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
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
    if (url.pathname === "/harness.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      return fs.createReadStream(path.join(outDir, "harness.js")).pipe(res);
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

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    if (CI) {
      log(`${CHROMIUM} is missing; CI must install chromium for the browser suite.`);
      results.push({ name: "chromium available", ok: false });
      return finish();
    }
    log(`${CHROMIUM} is missing: browser suite not run (outside CI). Install Debian's chromium to run it.`);
    return finish();
  }
  const { chromium } = require("playwright-core");
  const outDir = path.join(require("os").tmpdir(), `kvalitate-e2e-${process.pid}`);
  fs.mkdirSync(RESULTS, { recursive: true });

  log("building the pane's test bundle…");
  await build(outDir);
  const server = await serve(outDir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const context = await browser.newContext({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1 });
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const pageErrors = [];
  const watch = (page) => {
    page.on("pageerror", (e) => pageErrors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && pageErrors.push(`console.error: ${m.text()}`));
  };

  try {
    await suite(context, origin, watch);
  } finally {
    await step("every request stays on 127.0.0.1", async () => {
      const away = requests.filter((u) => {
        const { protocol, hostname } = new URL(u);
        return !(protocol === "data:" || protocol === "blob:" || hostname === "127.0.0.1" || hostname === "localhost");
      });
      assert(requests.length > 0, "no request was recorded at all");
      assert(away.length === 0, `requests left the machine: ${away.join(", ")}`);
    });
    await step("no page errors or console errors", async () => {
      assert(pageErrors.length === 0, pageErrors.join("\n"));
    });
    await browser.close();
    server.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  finish();
}

async function suite(context, origin, watch) {
  const page = await context.newPage();
  watch(page);
  const calls = () => page.evaluate(() => window.kvalitateTest.calls);
  // The pointer is moved off the pane and transitions are frozen, so a shot shows the settled look.
  const shot = async (name) => {
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(RESULTS, `taskpane-${name}.png`), fullPage: true, animations: "disabled" });
  };
  /** Opens the Help section's accordion items that are closed, so every answer is on screen. */
  const openHelp = async (headings) => {
    for (const name of headings) {
      const button = page.locator("#panel-help").getByRole("button", { name });
      if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
    }
  };
  const tab = (name) => page.getByRole("tab", { name, exact: true });
  const SHEET = "Kuldīga kvalitāte 2011";
  let badCell;

  await step("opens in Latvian when Office is not in English", async () => {
    await page.goto(`${origin}/?lang=lv-LV`);
    await page.getByRole("heading", { name: "Ievietot veidni" }).waitFor();
    assert((await page.getAttribute("html", "lang")) === "lv", "html lang is not lv");
    assert((await tab("Ievietot").getAttribute("aria-selected")) === "true", "Ievietot is not the first section");
    for (const name of ["Pārbaudīt", "Palīdzība"]) await tab(name).waitFor();
    await shot("ievietot-lv");
  });

  await step("insert: templates are grouped by family", async () => {
    const groups = await page.$$eval("[data-testid=template] optgroup", (gs) => gs.map((g) => [g.label, g.children.length]));
    assert(groups.length === 4, `expected 4 families, got ${JSON.stringify(groups)}`);
    assert(groups.reduce((a, [, n]) => a + n, 0) === 7, `expected 7 templates, got ${JSON.stringify(groups)}`);
  });

  await step("insert: a period that is not a year is refused before Excel is touched", async () => {
    await page.getByTestId("periods").fill("20x5");
    await page.getByRole("button", { name: "Ievietot", exact: true }).click();
    await page.getByText("Ievadiet gadu no 1990 līdz 2100").waitFor();
    assert((await calls()).length === 0, "insertTemplate was called with a bad year");
  });

  await step("insert: a template with demonstration data", async () => {
    await page.getByTestId("template").selectOption("kuldiga-kvalitate-2011");
    await page.locator("#panel-insert").getByText("Avots: KULDĪGAS NOVADA").waitFor();
    await page.getByTestId("iestade").fill("Kuldīgas novada Sociālais dienests");
    await page.getByTestId("periods").fill("2025");
    await page.getByTestId("vertetajs").fill("Jānis Bērziņš");
    await page.getByRole("radio", { name: "Ar demonstrācijas datiem" }).check();
    await page.getByRole("button", { name: "Ievietot", exact: true }).click();
    await page.getByText("Ievieto veidni…").waitFor();
    await page.getByText(`Veidne ievietota lapā “${SHEET}”.`).waitFor();
    const [first] = await calls();
    const expected = { templateId: "kuldiga-kvalitate-2011", demo: true, iestade: "Kuldīgas novada Sociālais dienests", periods: 2025, vertetajs: "Jānis Bērziņš" };
    assert(first && first.method === "insertTemplate", `first call: ${JSON.stringify(first)}`);
    assert(JSON.stringify(first.args[0]) === JSON.stringify(expected), `insertTemplate got ${JSON.stringify(first.args[0])}`);
    await shot("ievietot-lv");
  });

  await step("check: lists the finding a user made, and clicking it selects the cell", async () => {
    // As a user would: a 7 typed into the first rating cell of a 1–5 scale.
    badCell = await page.evaluate((sheet) => {
      const cell = window.kvalitateTest.firstRatingCell("kuldiga-kvalitate-2011");
      window.kvalitateTest.type(sheet, cell, 7);
      return cell;
    }, SHEET);
    await tab("Pārbaudīt").click();
    await page.getByRole("button", { name: "Pārbaudīt", exact: true }).click();
    await page.getByText("Pārbauda…").waitFor();
    const finding = page.locator(`[data-testid=findings] button[data-sheet="${SHEET}"][data-cell="${badCell}"]`);
    await finding.waitFor();
    const text = await finding.innerText();
    for (const part of [`Šūna ${badCell} · kods 1.1`, "Kļūda", "Vērtība 7 nav skalā"]) assert(text.includes(part), `finding reads “${text}”, lacks “${part}”`);
    assert((await page.getByTestId("validate-summary").innerText()).includes("Atrastās piezīmes: 1"), "summary does not count one finding");
    await finding.click();
    await page.waitForFunction(() => window.kvalitateTest.calls.some((c) => c.method === "selectCell"));
    const select = (await calls()).find((c) => c.method === "selectCell");
    assert(JSON.stringify(select.args) === JSON.stringify([SHEET, badCell]), `selectCell got ${JSON.stringify(select.args)}`);
    await page.waitForFunction((want) => window.kvalitateTest.selection() === want, `${SHEET}!${badCell}`);
    await shot("parbaudit-lv");
  });

  await step("check: a finding is reached and opened with the keyboard alone", async () => {
    const before = (await calls()).filter((c) => c.method === "selectCell").length;
    const finding = page.locator(`[data-testid=findings] button[data-sheet="${SHEET}"][data-cell="${badCell}"]`);
    await page.getByRole("button", { name: "Pārbaudīt", exact: true }).focus();
    // From the Check button, Tab passes the summary (not focusable) and lands on the first finding.
    await page.keyboard.press("Tab");
    assert(await finding.evaluate((el) => el === document.activeElement), "Tab did not reach the finding");
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => window.kvalitateTest.calls.filter((c) => c.method === "selectCell").length > n, before);
  });

  await step("insert again: a blank form gets its own sheet, and its empty cells are reported", async () => {
    await tab("Ievietot").click();
    await page.getByRole("radio", { name: "Tukša veidne" }).check();
    await page.getByTestId("iestade").fill("");
    await page.getByTestId("vertetajs").fill("");
    await page.getByRole("button", { name: "Ievietot", exact: true }).click();
    await page.getByText(`Veidne ievietota lapā “${SHEET} (2)”.`).waitFor();
    const last = (await calls()).filter((c) => c.method === "insertTemplate").pop();
    assert(last.args[0].demo === false && last.args[0].iestade === undefined, `blank insert sent ${JSON.stringify(last.args[0])}`);
    await tab("Pārbaudīt").click();
    await page.getByRole("button", { name: "Pārbaudīt", exact: true }).click();
    await page.getByText(`Pārbaudītas lapas: ${SHEET}, ${SHEET} (2).`).waitFor();
    const blank = page.locator(`[data-testid=findings] button[data-sheet="${SHEET} (2)"]`);
    assert((await blank.count()) > 10, `only ${await blank.count()} findings on the blank sheet`);
    assert((await blank.filter({ hasText: "Nav aizpildīts" }).count()) > 0, "no “Nav aizpildīts” finding on the blank sheet");
    await page.getByRole("heading", { name: `${SHEET} (2) (piezīmes: ${await blank.count()})` }).waitFor();
    // Metadata findings name the field in words, not the contract's name.
    await blank.filter({ hasText: "· vērtētājs" }).first().waitFor();
    await shot("parbaudit-lv-blank");
  });

  await step("help: scales from the catalog, the formulas and the sources", async () => {
    await tab("Palīdzība").click();
    const help = page.locator("#panel-help");
    await help.getByText("augsta kvalitāte").waitFor();
    assert((await help.getByText("Neatbilst ÷ (Atbilst + Neatbilst) × 100").count()) === 0, "formulas open before asked for");
    await openHelp(["Kā aprēķina rezultātus", "No kurienes nāk kritēriji"]);
    for (const text of [
      "Ko nozīmē skalas",
      "augsta kvalitāte",
      "prakse ieviesta, regulāri novērtēta un pilnveidota",
      "Neatbilst ÷ (Atbilst + Neatbilst) × 100",
      "Kritēriju vidējo vērtējumu vidējais",
      "SOCIĀLO DIENESTU KVALITĀTES VADĪBAS PAŠNOVĒRTĒJUMA METODIKA",
      "004_e2ccc9a4848f6c46.txt",
    ])
      await help.getByText(text, { exact: false }).first().waitFor();
    await shot("palidziba-lv");
  });

  for (const [name, section] of [["Ievietot", "ievietot"], ["Pārbaudīt", "parbaudit"], ["Palīdzība", "palidziba"]])
    await step(`accessibility (axe): ${section}, Latvian`, async () => {
      await tab(name).click();
      await axe(page, `${section}-lv`);
    });

  await step("language switch: English strings everywhere", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await tab("Insert").click();
    assert((await page.getAttribute("html", "lang")) === "en", "html lang is not en");
    await page.getByRole("heading", { name: "Insert a template" }).waitFor();
    await page.getByText(`Template inserted on sheet “${SHEET} (2)”.`).waitFor();
    await shot("insert-en");
    await tab("Check").click();
    const finding = page.locator(`[data-testid=findings] button[data-sheet="${SHEET}"][data-cell="${badCell}"]`);
    const text = await finding.innerText();
    for (const part of [`Cell ${badCell} · code 1.1`, "Error", "The value 7 is not on the scale"]) assert(text.includes(part), `finding reads “${text}”, lacks “${part}”`);
    await shot("check-en");
    await tab("Help").click();
    await openHelp(["What the scales mean", "How the results are computed", "Where the criteria come from"]);
    for (const text of ["What the scales mean", "high quality", "Neatbilst ÷ (Atbilst + Neatbilst) × 100", "Where the criteria come from"])
      await page.locator("#panel-help").getByText(text).first().waitFor();
    await shot("help-en");
  });

  for (const [name, section] of [["Insert", "insert"], ["Check", "check"], ["Help", "help"]])
    await step(`accessibility (axe): ${section}, English`, async () => {
      await tab(name).click();
      await axe(page, `${section}-en`);
    });

  await step("errors: plain words first, technical details one click away", async () => {
    await tab("Check").click();
    await page.evaluate(() => window.kvalitateTest.failNext("validate"));
    await page.getByRole("button", { name: "Check", exact: true }).click();
    const alert = page.getByRole("alert");
    await alert.getByText("The check could not be completed.").waitFor();
    assert((await page.getByTestId("error-details").count()) === 0, "technical details shown before asked for");
    await alert.getByRole("button", { name: "Show technical details" }).click();
    const details = await page.getByTestId("error-details").innerText();
    assert(details.includes("Simulated host failure") && details.includes("InvalidOperationInCellEditMode"), `details: ${details}`);
    await shot("check-error-en");
    await axe(page, "error-en");
  });

  await step("errors: a failed click-through and a failed insert are told in words too", async () => {
    await page.evaluate(() => window.kvalitateTest.failNext("selectCell"));
    await page.getByRole("button", { name: "Check", exact: true }).click();
    const finding = page.locator(`[data-testid=findings] button[data-sheet="${SHEET}"][data-cell="${badCell}"]`);
    await finding.click();
    await page.getByText("The cell could not be opened.").waitFor();
    assert((await finding.count()) === 1, "the findings list went away after a failed click-through");
    await tab("Insert").click();
    await page.evaluate(() => window.kvalitateTest.failNext("insertTemplate"));
    await page.getByRole("button", { name: "Insert", exact: true }).click();
    await page.locator("#panel-insert").getByRole("alert").getByText("The template could not be inserted.").waitFor();
  });

  await step("opens in English when Office is in English, Latvian for any other language", async () => {
    const other = await context.newPage();
    watch(other);
    await other.goto(`${origin}/?lang=en-GB`);
    await other.getByRole("heading", { name: "Insert a template" }).waitFor();
    await other.goto(`${origin}/?lang=de-DE`);
    await other.getByRole("heading", { name: "Ievietot veidni" }).waitFor();
    await other.close();
  });
}

main().catch((error) => {
  log(`suite crashed: ${(error && error.stack) || error}`);
  results.push({ name: "suite ran to the end", ok: false });
  finish();
});
