#!/usr/bin/env node
"use strict";
// The compiled command line lives in dist-cli (built by `npm ci` through the prepare script).
const path = require("path");
const fs = require("fs");
const entry = path.join(__dirname, "..", "dist-cli", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("kvalitate: the command line is not built; run `npm run build:cli` (npm ci does it).\n");
  process.exit(1);
}
require(entry)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
