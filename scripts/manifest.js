/**
 * The manifest as a build writes it, as pure functions shared by webpack.config.js and the tests.
 * manifest.xml in the repository points at the dev server (https://localhost:3000/); a production
 * build must be told where the ministry serves the add-in, through KVALITATE_URL, because a
 * manifest pointing at a placeholder installs but shows nothing.
 */
const DEV_URL = "https://localhost:3000/";

const HOW_TO_GIVE_URL =
  "A production build needs the HTTPS address the add-in will be served from, e.g.\n" +
  "    KVALITATE_URL=https://kvalitate.lm.example.lv/pievienojumprogramma/ npm run build\n" +
  "(on Windows: set KVALITATE_URL=https://… && npm run build). For development use `npm run build:dev` or `npm start`.\n" +
  "Ražošanas būvējumam vajag HTTPS adresi, no kuras pievienojumprogramma tiks pasniegta: KVALITATE_URL=https://… npm run build";

/**
 * The base URL every address of the manifest starts with: the dev server in development, else
 * KVALITATE_URL — absolute https, without query or fragment, ending in "/" (added if missing).
 * Throws with how to give it when a production build has none or a bad one.
 */
function baseUrl(env, production) {
  const given = env.KVALITATE_URL;
  if (!production) return given ? baseUrl(env, true) : DEV_URL;
  if (!given) throw new Error(`KVALITATE_URL is not set.\n${HOW_TO_GIVE_URL}`);
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`KVALITATE_URL is not a URL: "${given}".\n${HOW_TO_GIVE_URL}`);
  }
  if (url.protocol !== "https:") throw new Error(`KVALITATE_URL must be https (Office loads add-ins only over HTTPS): "${given}".\n${HOW_TO_GIVE_URL}`);
  if (url.search || url.hash) throw new Error(`KVALITATE_URL must be a folder address without ? or #: "${given}".\n${HOW_TO_GIVE_URL}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest for `base`: every dev-server address moved there, and no comments (they talk about the dev server). */
function manifestFor(xml, base) {
  if (!xml.includes(DEV_URL)) throw new Error(`manifest.xml has no ${DEV_URL} address to replace`);
  return xml.replace(/<!--[\s\S]*?-->\s*/g, "").split(DEV_URL).join(base);
}

/** The manifest's <Version> (four numbers) for a package version "1.2.3". */
function manifestVersion(packageVersion) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(packageVersion);
  if (!m) throw new Error(`package.json version "${packageVersion}" is not MAJOR.MINOR.PATCH`);
  return `${m[1]}.${m[2]}.${m[3]}.0`;
}

module.exports = { DEV_URL, HOW_TO_GIVE_URL, baseUrl, manifestFor, manifestVersion };
