#!/usr/bin/env node
/**
 * The README's figures are measured, not typed. Each stands between markers,
 * `<!-- fig:NAME -->value<!-- /fig -->`, which Markdown does not show. This module measures them:
 *   packages       what `npm ci` installs on Linux x64 (package-lock.json)
 *   buttons        the ribbon's buttons (manifest.xml)
 *   initial-js-kb  the pane's gzipped JavaScript before its first render (a production build,
 *                  test/e2e/bundle-size.js; measured only with --bundle, and by the browser suite)
 * test/readme.test.ts compares the cheap ones on every `npm test`, the browser suite the bundle;
 * `npm run readme:figures` prints what differs, `-- --write` rewrites the README with the measured
 * values (`-- --write --bundle` includes the bundle, which takes a production build).
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const README = path.join(ROOT, "README.md");
const MARKER = /<!-- fig:([a-z-]+) -->([^<]*)<!-- \/fig -->/g;

/** How close a stated figure must be to the measured one: exact for counts, a rounding for sizes. */
const TOLERANCE = { "initial-js-kb": 0.03 };

/** The figures the README states, by name (each name once). */
function statedFigures(text) {
  const stated = {};
  for (const [, name, value] of text.matchAll(MARKER)) {
    if (name in stated) throw new Error(`README.md states the figure ${name} twice`);
    stated[name] = value;
  }
  return stated;
}

/** The C library npm matches a package's `libc` against: glibc where Node reports one, else musl (Linux only). */
function libcHere() {
  if (process.platform !== "linux") return undefined;
  // The report's network part is slow and not needed here.
  process.report.excludeNetwork = true;
  return process.report.getReport().header.glibcVersionRuntime ? "glibc" : "musl";
}

/** Whether a package of the lock is installed on this platform (npm skips optional ones for other os/cpu/libc). */
function installedHere(entry, platform = process.platform, arch = process.arch, libc = libcHere()) {
  const allows = (list, value) => {
    if (!list || value === undefined) return true;
    return list.every((v) => v.startsWith("!")) ? !list.includes(`!${value}`) : list.includes(value);
  };
  return allows(entry.os, platform) && allows(entry.cpu, arch) && allows(entry.libc, libc);
}

/** The packages `npm ci` installs here: every entry of package-lock.json but the project itself and other platforms' binaries. */
function packageCount(lock, platform, arch, libc) {
  return Object.entries(lock.packages || {}).filter(([where, entry]) => where !== "" && !entry.link && installedHere(entry, platform, arch, libc)).length;
}

/** The ribbon's buttons in a manifest. */
function buttonCount(manifestXml) {
  return (manifestXml.match(/<Control xsi:type="Button"/g) || []).length;
}

/** The figures measured from the tree itself, without building. */
function measuredFigures(root = ROOT) {
  const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
  return {
    // Counted for the platform the README names (Linux x64, glibc), so the check agrees on any machine.
    packages: String(packageCount(lock, "linux", "x64", "glibc")),
    buttons: String(buttonCount(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"))),
  };
}

/** The bundle figure, from a production build into a temporary folder. */
async function measuredBundle() {
  const { measureBundle } = require("../test/e2e/bundle-size");
  const m = await measureBundle();
  return { "initial-js-kb": String(Math.round(m.gzip / 1000)) };
}

/** "name: README says X, measured Y" for each stated figure that a measurement contradicts. */
function differences(stated, measured) {
  const out = [];
  for (const [name, value] of Object.entries(measured)) {
    if (!(name in stated)) continue;
    const tolerance = TOLERANCE[name] || 0;
    const a = Number(stated[name].replace(/[\s,]/g, ""));
    const b = Number(value);
    const ok = tolerance ? Math.abs(a - b) <= b * tolerance : stated[name].replace(/[\s,]/g, "") === value;
    if (!ok) out.push(`${name}: README.md says ${stated[name]}, measured ${value}`);
  }
  return out;
}

/** The README with each measured figure written between its markers. */
function withFigures(text, measured) {
  return text.replace(MARKER, (whole, name) => (name in measured ? `<!-- fig:${name} -->${measured[name]}<!-- /fig -->` : whole));
}

module.exports = { statedFigures, packageCount, buttonCount, measuredFigures, differences, withFigures, installedHere };

if (require.main === module) {
  (async () => {
    const args = process.argv.slice(2);
    const measured = { ...measuredFigures(), ...(args.includes("--bundle") ? await measuredBundle() : {}) };
    const text = fs.readFileSync(README, "utf8");
    if (args.includes("--write")) {
      fs.writeFileSync(README, withFigures(text, measured));
      for (const [name, value] of Object.entries(measured)) console.log(`${name}: ${value}`);
      return;
    }
    const diff = differences(statedFigures(text), measured);
    for (const d of diff) console.error(d);
    if (diff.length) console.error("npm run readme:figures -- --write (add --bundle for the bundle) writes the measured values.");
    process.exitCode = diff.length ? 1 : 0;
  })().catch((e) => {
    console.error(e.message);
    process.exitCode = 2;
  });
}
