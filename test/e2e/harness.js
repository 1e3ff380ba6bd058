/**
 * The browser suite's shared harness. The pages under test are the production build — dist/ as
 * `KVALITATE_URL=… npm run build` writes it, guard.js and commands.html included — served on
 * 127.0.0.1 with one change: the pages' request for Microsoft's office.js is answered with
 * test/e2e/office.ts (Office and Excel.run over the Excel API double). The development harness
 * (harness.tsx, the App over a watched host) is kept for what the production files cannot show:
 * host calls by name, one method made to fail, and a host without results.
 *
 * Each spec (specs/*.spec.js) gets `h`: the browser context, `pane(query)` to open the production
 * task pane, `devPane(query)`, `page(path)` for another production page, `shot(page, name)` and
 * step/assert/axe/log from support.js.
 */
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const { log, step, assert, axe } = require("./support");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
/** The address Office.js is loaded from in taskpane.html and commands.html. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** Any https address: the manifest's; the pages themselves load everything by relative path. */
const PRODUCTION_URL = "https://kvalitate.example.lv/";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain",
};

function compile(config) {
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve(stats);
    }),
  );
}

/** `npm run build` with a KVALITATE_URL: the production dist/, exactly as deployed. */
async function buildProduction() {
  const config = await require(path.join(ROOT, "webpack.config.js"))({ KVALITATE_URL: PRODUCTION_URL }, { mode: "production" });
  config.infrastructureLogging = { level: "error" };
  config.stats = "errors-warnings";
  await compile(config);
  return DIST;
}

/** The test bundles: office.js (the double as Office.js) and harness.js (the dev harness). */
async function buildTestBundles(outDir) {
  await compile(require("./webpack.e2e.js")(outDir));
  return outDir;
}

const DEV_PAGE = `<!doctype html>
<html lang="lv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kvalitāte</title></head><body style="margin:0"><div id="root"></div><script src="/dev/harness.js"></script></body></html>`;

function sendFile(res, file) {
  res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
}

/** dist/ at the root, the dev harness under /dev/; nothing but plain file names. */
function serve(dist, testDir) {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, "http://127.0.0.1");
    if (pathname === "/dev/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(DEV_PAGE);
    }
    const dev = /^\/dev\/([\w.-]+\.js)$/.exec(pathname);
    if (dev && fs.existsSync(path.join(testDir, dev[1]))) return sendFile(res, path.join(testDir, dev[1]));
    const name = pathname.replace(/^\/+/, "");
    const file = path.join(dist, name);
    if (/^[\w./-]+$/.test(name) && !name.includes("..") && fs.existsSync(file) && fs.statSync(file).isFile()) return sendFile(res, file);
    // The browser asks for a favicon on its own; answering "no content" keeps the console clean.
    if (pathname === "/favicon.ico") return res.writeHead(204).end();
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/**
 * Everything a spec needs. `watch` collects page errors and console errors of every page opened
 * through it; `requests` every address asked for (office.js's CDN address included, answered here).
 */
async function harness(browser, { results, testDir, origin }) {
  const contexts = [];
  const pageErrors = [];
  const requests = [];
  const newContext = async (options = {}) => {
    const context = await browser.newContext({ viewport: { width: 380, height: 900 }, deviceScaleFactor: 1, ...options });
    // office.js and the chunks it loads on demand (the parser, for the demonstration files).
    await context.route(`${OFFICE_CDN}*`, (route) => {
      const name = new URL(route.request().url()).pathname.split("/").pop();
      const file = path.join(testDir, name);
      if (!/^[\w.-]+\.js$/.test(name) || !fs.existsSync(file)) return route.fulfill({ status: 404, body: "" });
      return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fs.readFileSync(file, "utf8") });
    });
    context.on("request", (r) => requests.push(r.url()));
    context.on("page", (page) => {
      page.on("pageerror", (e) => pageErrors.push(`${page.url()} pageerror: ${e.message}`));
      page.on("console", (m) => m.type() === "error" && pageErrors.push(`${page.url()} console.error: ${m.text()}`));
    });
    contexts.push(context);
    return context;
  };
  const context = await newContext();
  const open = async (ctx, address) => {
    const page = await ctx.newPage();
    await page.goto(`${origin}${address}`);
    return page;
  };
  const query = (params) => new URLSearchParams({ lang: "lv-LV", ...params }).toString();
  return {
    context,
    origin,
    results,
    newContext,
    log,
    step,
    assert,
    axe,
    pageErrors,
    requests,
    OFFICE_CDN,
    /** The production task pane, waiting until it has rendered its first section. */
    async pane(params = {}, ctx = context) {
      const page = await open(ctx, `/taskpane.html?${query(params)}`);
      await page.locator('[role="tablist"]').waitFor();
      return page;
    },
    devPane: (params = {}, ctx = context) => open(ctx, `/dev/?${query(params)}`),
    page: (address, ctx = context) => open(ctx, address),
    /** The pointer off the pane and transitions frozen, so a shot shows the settled look. */
    async shot(page, name) {
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(results, `${name}.png`), fullPage: true, animations: "disabled" });
    },
    tab: (page, name) => page.getByRole("tab", { name, exact: true }),
    async close() {
      for (const c of contexts) await c.close();
    },
  };
}

module.exports = {
  buildProduction,
  buildTestBundles,
  serve,
  harness,
  ROOT,
  DIST,
  OFFICE_CDN,
  tmp: () => fs.mkdtempSync(path.join(os.tmpdir(), "kvalitate-e2e-")),
};
