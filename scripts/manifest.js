/**
 * The manifest as a build writes it, as pure functions shared by webpack.config.js and the tests.
 * manifest.xml in the repository is the development add-in: it points at the dev server
 * (https://localhost:3000/) and has its own <Id> and a name ending in "(izstrāde)". A production
 * build must be told where the ministry serves the add-in, through KVALITATE_URL, because a
 * manifest pointing at a placeholder installs but shows nothing; it also gets the production
 * identity, so an admin's deployed add-in and a developer's sideloaded one never collide in Office
 * (Office keys an add-in by its <Id>).
 */
const { inspect } = require("util");

const DEV_URL = "https://localhost:3000/";

/** The development add-in's <Id>, in manifest.xml. */
const DEV_ID = "2ff33a7a-0605-427c-b8f1-fcec050bbe42";
/**
 * The production add-in's <Id>. Fixed for good: the Microsoft 365 admin centre, Group Policy
 * catalogs and users' ribbons know the add-in by it, so a new one would install a second add-in
 * beside the first instead of updating it. docs/deploy.md names it.
 */
const PRODUCTION_ID = "c8c6ca0f-4fdc-47ec-a05d-be7c5c67467b";
/** The publisher shown in the admin centre and the add-in's details, unless KVALITATE_PROVIDER names another. */
const DEFAULT_PROVIDER = "Labklājības ministrija";
/** What marks the development add-in's display name, per locale of manifest.xml's <DisplayName>. */
const DEV_MARKS = [" (izstrāde)", " (development)"];

const HOW_TO_GIVE_URL =
  "A production build needs the HTTPS address the add-in will be served from, e.g.\n" +
  "    KVALITATE_URL=https://kvalitate.lm.example.lv/pievienojumprogramma/ npm run build\n" +
  "(on Windows: set KVALITATE_URL=https://… && npm run build). For development use `npm run build:dev` or `npm start`.\n" +
  "Ražošanas būvējumam vajag HTTPS adresi, no kuras pievienojumprogramma tiks pasniegta: KVALITATE_URL=https://… npm run build";

/**
 * A mistake in how the build was asked for. webpack-cli prints what it catches with util.inspect,
 * which for an Error is its stack: a wrong command needs the message, not seven lines of webpack's
 * call stack, so it inspects as its message alone (webpack-cli then exits 2).
 */
class BuildUsageError extends Error {
  constructor(message) {
    super(message);
    this.name = "BuildUsageError";
  }

  [inspect.custom]() {
    return this.message;
  }
}

/**
 * The base URL every address of the manifest starts with: the dev server in development, else
 * KVALITATE_URL — absolute https, without query or fragment, ending in "/" (added if missing).
 * Throws a BuildUsageError with how to give it when a production build has none or a bad one.
 */
function baseUrl(env, production) {
  const given = env.KVALITATE_URL;
  if (!production) return given ? baseUrl(env, true) : DEV_URL;
  if (!given) throw new BuildUsageError(`KVALITATE_URL is not set.\n${HOW_TO_GIVE_URL}`);
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new BuildUsageError(`KVALITATE_URL is not a URL: "${given}".\n${HOW_TO_GIVE_URL}`);
  }
  if (url.protocol !== "https:")
    throw new BuildUsageError(`KVALITATE_URL must be https (Office loads add-ins only over HTTPS): "${given}".\n${HOW_TO_GIVE_URL}`);
  if (url.search || url.hash) throw new BuildUsageError(`KVALITATE_URL must be a folder address without ? or #: "${given}".\n${HOW_TO_GIVE_URL}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

const escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The production identity for a build's environment: the fixed production <Id> and the publisher,
 * KVALITATE_PROVIDER or the ministry. The schema allows a ProviderName of 1–125 characters.
 */
function productionIdentity(env) {
  const provider = (env.KVALITATE_PROVIDER ?? "").trim() || DEFAULT_PROVIDER;
  if (provider.length > 125) throw new BuildUsageError(`KVALITATE_PROVIDER is longer than the manifest's 125 characters: "${provider}"`);
  return { id: PRODUCTION_ID, provider };
}

/** `xml` with the one match of `pattern` replaced; throws naming `what` when there is not exactly one. */
function replaceOne(xml, pattern, replace, what) {
  const found = xml.match(new RegExp(pattern.source, "g")) || [];
  if (found.length !== 1) throw new Error(`manifest.xml must have one ${what}, it has ${found.length}`);
  return xml.replace(pattern, replace);
}

/** The development manifest turned into the production add-in: its own Id, its name without the development mark, its publisher. */
function withIdentity(xml, identity) {
  let out = replaceOne(xml, /<Id>[^<]*<\/Id>/, () => `<Id>${identity.id}</Id>`, "<Id>");
  out = replaceOne(out, /<ProviderName>[^<]*<\/ProviderName>/, () => `<ProviderName>${escapeXml(identity.provider)}</ProviderName>`, "<ProviderName>");
  return replaceOne(
    out,
    /<DisplayName [\s\S]*?<\/DisplayName>/,
    (element) => {
      const unmarked = DEV_MARKS.reduce((s, mark) => s.split(`${mark}"`).join('"'), element);
      if (unmarked === element) throw new Error(`manifest.xml's <DisplayName> has no development mark (${DEV_MARKS.join(", ")}) to remove`);
      return unmarked;
    },
    "<DisplayName>",
  );
}

/**
 * The manifest for `base`: every dev-server address moved there, and no comments (they talk about
 * the dev server); with `identity` (a production build), the production Id, name and publisher.
 */
function manifestFor(xml, base, identity) {
  if (!xml.includes(DEV_URL)) throw new Error(`manifest.xml has no ${DEV_URL} address to replace`);
  const moved = xml
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .split(DEV_URL)
    .join(base);
  return identity ? withIdentity(moved, identity) : moved;
}

/** The manifest's <Version> (four numbers) for a package version "1.2.3". */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!m) throw new Error(`package.json version "${packageVersion}" is not MAJOR.MINOR.PATCH`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

module.exports = {
  DEV_URL,
  DEV_ID,
  PRODUCTION_ID,
  DEFAULT_PROVIDER,
  HOW_TO_GIVE_URL,
  BuildUsageError,
  baseUrl,
  productionIdentity,
  manifestFor,
  manifestVersion,
};
