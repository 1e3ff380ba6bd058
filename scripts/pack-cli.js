#!/usr/bin/env node
/**
 * `npm run pack:cli`: the command line as a package of its own, kvalitate-<version>.tgz in the
 * project's folder, which `npm install -g ./kvalitate-<version>.tgz` installs with nothing but its
 * runtime dependency (fflate). The repository's package.json cannot be packed as it is: React and
 * Fluent UI are its dependencies because they ship in the add-in's bundle, and an installed CLI would
 * drag them along. So this builds dist-cli, lays bin/, dist-cli/ and a package.json that keeps only
 * the CLI's dependencies into a staging folder, and runs `npm pack` there.
 * `npm pack` in the repository itself (prepack with --refuse-root) says to use this instead.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const ROOT = path.join(__dirname, "..");
/** What the compiled CLI (dist-cli) requires at run time, besides Node's own modules. */
const CLI_DEPENDENCIES = ["fflate"];

/** The packed CLI's package.json, from the repository's. */
function cliManifest(pkg) {
  const dependencies = {};
  for (const name of CLI_DEPENDENCIES) {
    if (!pkg.dependencies || !pkg.dependencies[name]) throw new Error(`package.json has no dependency ${name}, which the command line needs`);
    dependencies[name] = pkg.dependencies[name];
  }
  return {
    name: pkg.name,
    version: pkg.version,
    description: "Kvalitāte command line: the Latvian Ministry of Welfare's social-service quality templates as .xlsx workbooks — new, score, merge",
    license: pkg.license,
    bin: pkg.bin,
    engines: pkg.engines,
    files: ["bin/", "dist-cli/"],
    dependencies,
  };
}

/** Every bare module name the compiled files require (relative paths and Node's own left out). */
function requiredPackages(dir) {
  const builtins = new Set(require("module").builtinModules);
  const found = new Set();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".js"))
        for (const m of fs.readFileSync(p, "utf8").matchAll(/require\("([^"]+)"\)/g)) {
          const id = m[1].replace(/^node:/, "");
          if (!id.startsWith(".") && !builtins.has(id)) found.add(id.startsWith("@") ? id.split("/").slice(0, 2).join("/") : id.split("/")[0]);
        }
    }
  };
  walk(dir);
  return [...found].sort();
}

function pack() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  // A clean build: files of modules since removed from src must not ship.
  fs.rmSync(path.join(ROOT, "dist-cli"), { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
  const needed = requiredPackages(path.join(ROOT, "dist-cli"));
  const extra = needed.filter((n) => !CLI_DEPENDENCIES.includes(n));
  if (extra.length) throw new Error(`dist-cli requires ${extra.join(", ")}, which CLI_DEPENDENCIES in scripts/pack-cli.js does not list`);
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), "kvalitate-cli-"));
  try {
    fs.cpSync(path.join(ROOT, "bin"), path.join(stage, "bin"), { recursive: true });
    fs.cpSync(path.join(ROOT, "dist-cli"), path.join(stage, "dist-cli"), { recursive: true });
    fs.writeFileSync(path.join(stage, "package.json"), `${JSON.stringify(cliManifest(pkg), null, 2)}\n`);
    fs.writeFileSync(path.join(stage, "README.md"), cliReadme(pkg));
    // MIT asks that the notice travel with every copy.
    fs.copyFileSync(path.join(ROOT, "LICENSE"), path.join(stage, "LICENSE"));
    const out = execFileSync("npm", ["pack", "--silent", "--pack-destination", ROOT], { cwd: stage, encoding: "utf8" }).trim().split("\n").pop();
    return path.join(ROOT, out);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

function cliReadme(pkg) {
  return `# kvalitate ${pkg.version}

The Kvalitāte command line: the Latvian Ministry of Welfare's social-service quality templates as
.xlsx workbooks with live formulas.

    kvalitate templates --json
    kvalitate new pasnovertejums-2023 --demo -o demo.xlsx
    kvalitate score demo.xlsx --json
    kvalitate merge returned/ -o summary.xlsx --json

Needs Node.js ${pkg.engines.node}. \`kvalitate --help\` lists the commands and options. MIT licence (LICENSE).
`;
}

if (require.main === module) {
  if (process.argv.includes("--refuse-root")) {
    console.error(
      "npm pack of the repository would carry the add-in's dependencies (React, Fluent UI).\n" + "To package the command line alone, run: npm run pack:cli",
    );
    process.exit(1);
  }
  try {
    console.log(pack());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

module.exports = { CLI_DEPENDENCIES, cliManifest, requiredPackages };
