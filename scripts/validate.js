#!/usr/bin/env node
/**
 * `npm run validate` (the name Microsoft's add-in templates give it): both manifests against
 * Microsoft's XSD schemas with xmllint, offline (the copies in test/fixtures/sources/manifest-schemas):
 * manifest.xml, the development add-in, and the production manifest a build writes — dist/manifest.xml
 * when a production build has made one, else the one `npm run build` would write for KVALITATE_URL
 * (or an example address). Then the two must be different add-ins: another Id and another name.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { baseUrl, manifestFor, productionIdentity, DEV_URL } = require("./manifest");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "test", "fixtures", "sources", "manifest-schemas", "OfficeAppManifestV1_1.xsd");
const EXAMPLE_URL = "https://kvalitate.lm.example.lv/pievienojumprogramma/";

/** The production manifest to check, and where it came from. */
function productionManifest(env) {
  const built = path.join(ROOT, "dist", "manifest.xml");
  if (fs.existsSync(built) && !fs.readFileSync(built, "utf8").includes(DEV_URL)) return { file: built, label: "dist/manifest.xml" };
  const url = env.KVALITATE_URL || EXAMPLE_URL;
  const xml = manifestFor(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"), baseUrl({ KVALITATE_URL: url }, true), productionIdentity(env));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kv-validate-")), "manifest.xml");
  fs.writeFileSync(file, xml);
  return { file, label: `the production manifest for ${url} (no production dist/ yet)` };
}

/** The Id and default display name of a manifest, for telling two add-ins apart. */
function identityOf(xml) {
  return { id: /<Id>([^<]*)<\/Id>/.exec(xml)?.[1], name: /<DisplayName DefaultValue="([^"]*)"/.exec(xml)?.[1] };
}

function validate(env = process.env, log = console.log) {
  const files = [{ file: path.join(ROOT, "manifest.xml"), label: "manifest.xml (development)" }, productionManifest(env)];
  const problems = [];
  for (const { file, label } of files) {
    try {
      execFileSync("xmllint", ["--noout", "--schema", SCHEMA, file], { stdio: "pipe" });
      log(`ok   ${label}`);
    } catch (e) {
      if (e.code === "ENOENT") throw new Error("xmllint is missing: apt-get install libxml2-utils (Debian/Ubuntu), brew install libxml2 (macOS)");
      problems.push(`${label}:\n${String(e.stderr || e.message).trim()}`);
    }
  }
  const [dev, prod] = files.map((f) => identityOf(fs.readFileSync(f.file, "utf8")));
  if (dev.id === prod.id) problems.push(`the development and production manifests share the Id ${dev.id}`);
  if (dev.name === prod.name) problems.push(`the development and production manifests share the name "${dev.name}"`);
  return problems;
}

module.exports = { validate };

if (require.main === module) {
  try {
    const problems = validate();
    for (const p of problems) console.error(`FAIL ${p}`);
    process.exit(problems.length ? 1 : 0);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
