#!/usr/bin/env node
/**
 * Browser suite of the task pane: builds test/e2e/harness.tsx (the real App over the Office host
 * running on the Excel API double), serves it on 127.0.0.1 and drives it in Debian's Chromium with
 * playwright-core. Screenshots of every section in both languages land in test-results/. Exit 1 on
 * any failure, and in CI also when Chromium is missing: a browser suite that silently skips proves
 * nothing.
 */
const fs = require("fs");
const path = require("path");
const { log, step, assert, finish, record, build, serve, axe } = require("./support");

const ROOT = path.resolve(__dirname, "../..");
const CHROMIUM = "/usr/bin/chromium";
const RESULTS = path.join(ROOT, "test-results");
const CI = process.env.CI === "true";

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
  record("suite ran to the end", false);
  finish();
});
