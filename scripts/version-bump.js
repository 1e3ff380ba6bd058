#!/usr/bin/env node
/**
 * `npm run version:bump [-- patch|minor|major|X.Y.Z]` (patch by default): the one way a new version
 * is made. It writes package.json's and package-lock.json's version and manifest.xml's <Version>
 * (the same numbers and a fourth 0), which is what Office and the Microsoft 365 admin centre compare
 * to offer users the update (docs/deploy.md). A version that does not grow is refused.
 */
const fs = require("fs");
const path = require("path");
const { manifestVersion } = require("./manifest");

const parse = (v) => {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  if (!m) throw new Error(`"${v}" is not a version MAJOR.MINOR.PATCH`);
  return m.slice(1).map(Number);
};

/** The version after `current` for `what`: patch, minor, major, or an explicit higher X.Y.Z. */
function nextVersion(current, what = "patch") {
  const [major, minor, patch] = parse(current);
  if (what === "patch") return `${major}.${minor}.${patch + 1}`;
  if (what === "minor") return `${major}.${minor + 1}.0`;
  if (what === "major") return `${major + 1}.0.0`;
  const wanted = parse(what);
  const order = wanted[0] - major || wanted[1] - minor || wanted[2] - patch;
  if (order <= 0) throw new Error(`version ${what} is not higher than ${current}: Office offers users only a higher version`);
  return what;
}

/** manifest.xml with its <Version> set; throws if it has none, or more than one. */
function withManifestVersion(xml, version) {
  const found = xml.match(/<Version>[^<]*<\/Version>/g) || [];
  if (found.length !== 1) throw new Error(`manifest.xml must have one <Version>, it has ${found.length}`);
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

/** Bumps the project in `root`; returns the new version. */
function bump(root, what) {
  const file = (name) => path.join(root, name);
  const json = (name) => JSON.parse(fs.readFileSync(file(name), "utf8"));
  const pkg = json("package.json");
  const next = nextVersion(pkg.version, what);
  const manifest = withManifestVersion(fs.readFileSync(file("manifest.xml"), "utf8"), next);
  pkg.version = next;
  fs.writeFileSync(file("package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  if (fs.existsSync(file("package-lock.json"))) {
    const lock = json("package-lock.json");
    lock.version = next;
    if (lock.packages && lock.packages[""]) lock.packages[""].version = next;
    fs.writeFileSync(file("package-lock.json"), `${JSON.stringify(lock, null, 2)}\n`);
  }
  fs.writeFileSync(file("manifest.xml"), manifest);
  return next;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  if (args.length > 1 || (args[0] && !/^(patch|minor|major|\d+\.\d+\.\d+)$/.test(args[0]))) {
    console.error("Usage: npm run version:bump [-- patch|minor|major|X.Y.Z]");
    process.exit(2);
  }
  try {
    const before = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")).version;
    const after = bump(path.join(__dirname, ".."), args[0] || "patch");
    console.log(`${before} → ${after} (package.json, package-lock.json, manifest.xml <Version>${manifestVersion(after)}</Version>)`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

module.exports = { nextVersion, withManifestVersion, bump };
