#!/usr/bin/env node
"use strict";
// Merge benchmark in Debian's Chromium: builds scripts/bench/mergeInBrowser.ts, serves it on
// 127.0.0.1, runs 400 and 1,000 generated returns and writes bench/merge-browser.json.
const fs = require("fs");
const http = require("http");
const os = require("os");
const path = require("path");
const webpack = require("webpack");
const { chromium } = require("playwright-core");

const root = path.join(__dirname, "..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "kv-bench-"));

function build() {
  const config = {
    mode: "production",
    devtool: false,
    context: root,
    entry: { bench: path.join(__dirname, "bench", "mergeInBrowser.ts") },
    output: { path: out, filename: "[name].js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: false } },
        },
      ],
    },
    performance: { hints: false },
  };
  return new Promise((resolve, reject) =>
    webpack(config, (err, stats) => (err || stats.hasErrors() ? reject(err || new Error(stats.toString("errors-only"))) : resolve())),
  );
}

(async () => {
  if (!fs.existsSync("/usr/bin/chromium")) {
    console.error("bench-merge-browser: /usr/bin/chromium is missing (apt-get install chromium)");
    process.exit(1);
  }
  await build();
  const page = '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>';
  const server = http.createServer((req, res) => {
    if (req.url === "/bench.js") return res.end(fs.readFileSync(path.join(out, "bench.js")));
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.end(page);
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--enable-precise-memory-info",
    ],
  });
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    const rows = [];
    for (const n of [400, 1000]) rows.push(await tab.evaluate((count) => window.kvBench(count), n));
    fs.mkdirSync(path.join(root, "bench"), { recursive: true });
    fs.writeFileSync(path.join(root, "bench", "merge-browser.json"), JSON.stringify(rows, null, 2) + "\n");
    console.log(JSON.stringify(rows, null, 2));
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
