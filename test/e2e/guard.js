/**
 * The older-Excel guard in Chromium, on the pages webpack.config.js builds (development mode, into a
 * temporary folder): with the features it checks removed before any script runs — as in Internet
 * Explorer 11 or EdgeHTML — taskpane.html shows what Excel is needed in Latvian and English and never
 * requests the bundle; with them present, the bundle loads and no message shows. Office.js from
 * Microsoft's CDN is answered locally (nothing leaves the machine) in a context of its own.
 */
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".png": "image/png", ".xml": "application/xml" };

async function buildPages(outDir) {
  const config = await require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  config.output = { ...config.output, path: outDir };
  config.devtool = false;
  config.infrastructureLogging = { level: "error" };
  config.stats = "errors-warnings";
  await new Promise((resolve, reject) =>
    webpack(config, (err, stats) => (err ? reject(err) : stats.hasErrors() ? reject(new Error(stats.toString("errors-only"))) : resolve())),
  );
}

function serveFolder(dir) {
  const server = http.createServer((req, res) => {
    const name = new URL(req.url, "http://127.0.0.1").pathname.replace(/^\/+/, "");
    const file = path.join(dir, name);
    if (!/^[\w./-]+$/.test(name) || name.includes("..") || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Removes, before the page's first script, what IE11 lacks of what guard.js checks. */
const OLD_ENGINE = () => {
  delete window.Promise;
  delete window.fetch;
  delete Object.fromEntries;
  delete Array.prototype.flatMap;
};

async function guardSuite(browser, { step, assert, results }) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "kvalitate-guard-"));
  let server;
  try {
    await step("older Excel: the pages build with guard.js first", async () => {
      await buildPages(outDir);
      const html = fs.readFileSync(path.join(outDir, "taskpane.html"), "utf8");
      assert(
        /<head>[\s\S]*?<script[^>]*src="?guard\.js/.test(html) && html.indexOf("guard.js") < html.indexOf("office.js"),
        "guard.js is not the first script",
      );
    });
    server = await serveFolder(outDir);
    const origin = `http://127.0.0.1:${server.address().port}`;

    const open = async (old, pageName = "taskpane", office = "") => {
      const context = await browser.newContext({ viewport: { width: 380, height: 700 } });
      // Office.js is Microsoft's; here a stand-in (empty unless given), so the page is only the project's.
      await context.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: office }));
      if (old) await context.addInitScript(OLD_ENGINE);
      const page = await context.newPage();
      const bundles = [];
      const bundle = new RegExp(`/${pageName}\\.[\\w.]*js$`);
      page.on("request", (r) => bundle.test(new URL(r.url()).pathname) && bundles.push(r.url()));
      await page.goto(`${origin}/${pageName}.html`);
      return { context, page, bundles };
    };

    await step("older Excel: without Promise, fetch, Object.fromEntries the pane says what it needs, in Latvian and English", async () => {
      const { context, page, bundles } = await open(true);
      try {
        const box = page.locator("#kvalitate-unsupported");
        await box.waitFor({ timeout: 10000 });
        const text = await box.innerText();
        assert(text.includes("Vajag Microsoft 365 vai Excel 2021 un jaunāku versiju, vai Excel tīmeklī"), `no Latvian message: ${text}`);
        assert(text.includes("It needs Microsoft 365, or Excel 2021 and later, or Excel on the web."), `no English message: ${text}`);
        assert(text.includes("Promise") && text.includes("fetch") && text.includes("Object.fromEntries"), `missing features not named: ${text}`);
        assert((await page.locator("#container").count()) === 0, "the empty pane is still there");
        if (results) await page.screenshot({ path: path.join(results, "taskpane-older-excel.png") });
        await page.waitForTimeout(300);
        assert(bundles.length === 0, `the bundle was requested all the same: ${bundles.join(", ")}`);
      } finally {
        await context.close();
      }
    });

    await step("older Excel: in a current engine the guard loads the bundle and shows no message", async () => {
      const { context, page, bundles } = await open(false);
      try {
        await page.waitForFunction(() => document.querySelector("#container") && document.querySelector("#container").childElementCount > 0, null, {
          timeout: 20000,
        });
        assert(bundles.length === 1, `expected one request for the bundle, got ${bundles.length}`);
        assert((await page.locator("#kvalitate-unsupported").count()) === 0, "the message shows in a current engine");
      } finally {
        await context.close();
      }
    });

    await step("older Excel: the ribbon's buttons open the requirements instead of doing nothing", async () => {
      // Just what the guard uses of Office.js: the dialog and the command registry.
      const office = `window.Office = { context: { ui: { displayDialogAsync: function (url, options, done) { window.dialogUrl = url; done({}); } } },
        actions: { associate: function (name) { (window.associated = window.associated || []).push(name); } } };`;
      const { context, page, bundles } = await open(true, "commands", office);
      try {
        const associated = await page.evaluate(() => window.associated);
        assert(JSON.stringify(associated) === JSON.stringify(["insertDemo", "validateForms", "buildResults"]), `associated: ${associated}`);
        const completed = await page.evaluate(() => {
          let done = 0;
          window.validateForms({ completed: () => done++ });
          return done;
        });
        assert(completed === 1, "the command did not complete its event");
        const url = await page.evaluate(() => window.dialogUrl);
        assert(url === `${origin}/help.html#prasibas`, `dialog opened ${url}`);
        assert(bundles.length === 0, `the commands' bundle was requested all the same: ${bundles.join(", ")}`);
      } finally {
        await context.close();
      }
    });
  } finally {
    if (server) server.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

module.exports = { guardSuite };
