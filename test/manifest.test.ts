import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { commands } from "../src/commands/commands";
import type { HostAdapter, ResultsHost } from "../src/host/types";
import { DEFAULT_PROVIDER, DEV_ID, DEV_URL, PRODUCTION_ID, baseUrl, manifestFor, manifestVersion, productionIdentity } from "../scripts/manifest";
import { validate } from "../scripts/validate";

/**
 * manifest.xml: valid against Microsoft's XSD schemas (xmllint, offline, the copies in
 * test/fixtures/sources), and consistent with the project — the functions its buttons name exist,
 * every resource id resolves, every icon it points to is in assets/ at its size and each button has
 * its own, every page it loads is one the build emits; and the production manifest a build writes
 * for KVALITATE_URL points there only, is another add-in than the development one (Id, name,
 * publisher) and still validates.
 */

const ROOT = path.resolve(__dirname, "..");
const SCHEMA = path.join(ROOT, "test", "fixtures", "sources", "manifest-schemas", "OfficeAppManifestV1_1.xsd");
const MINISTRY = "https://kvalitate.lm.example.lv/pievienojumprogramma/";
const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

function xmllint(): string | undefined {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "pipe" });
    return "xmllint";
  } catch {
    if (process.env.CI === "true") throw new Error("xmllint is required when CI=true: apt-get install libxml2-utils");
    return undefined;
  }
}

const lint = xmllint();
(lint ? test : test.skip)("validates against OfficeAppManifestV1_1.xsd with xmllint", () => {
  const out = execFileSync(lint!, ["--noout", "--schema", SCHEMA, "manifest.xml"], { cwd: ROOT, stdio: "pipe" });
  expect(out.toString()).toBe("");
});

const all = (re: RegExp) => [...manifest.matchAll(re)].map((m) => m[1]);

test("an Excel add-in, Latvian by default, with English name and description", () => {
  expect(all(/<Host Name="([^"]+)"\/>/g)).toEqual(["Workbook"]);
  expect(manifest).toMatch(/<DefaultLocale>lv-LV<\/DefaultLocale>/);
  for (const el of ["DisplayName", "Description"]) {
    expect(manifest).toMatch(new RegExp(`<${el} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"/>\\s*</${el}>`));
  }
});

test("the ribbon: the pane, the demonstration template, validation, results and the self-check; each function exists", () => {
  expect(all(/<Action xsi:type="(\w+)">/g)).toEqual(["ShowTaskpane", "ExecuteFunction", "ExecuteFunction", "ExecuteFunction", "ShowTaskpane"]);
  // The self-check opens the same pane (one TaskpaneId) at the page that starts it.
  expect(all(/<TaskpaneId>([^<]+)<\/TaskpaneId>/g)).toEqual(["Kvalitate.Taskpane", "Kvalitate.Taskpane"]);
  expect(manifest).toMatch(/<bt:Url id="SelfCheck.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html\?open=selfcheck"\/>/);
  const functions = all(/<FunctionName>(\w+)<\/FunctionName>/g);
  expect(functions).toEqual(["insertDemo", "validateForms", "buildResults"]);
  const handlers = commands({} as HostAdapter & ResultsHost);
  for (const f of functions) expect(typeof handlers[f]).toBe("function");
});

test("every resid is defined, every string has its English override", () => {
  const defined = new Set(all(/<bt:(?:Image|Url|String) id="([^"]+)"/g));
  const used = all(/resid="([^"]+)"/g);
  expect(used.filter((id) => !defined.has(id))).toEqual([]);
  const strings = [...manifest.matchAll(/<bt:String id="[^"]+" DefaultValue="[^"]*">([\s\S]*?)<\/bt:String>/g)].map((m) => m[1]);
  expect(strings.length).toBe(all(/<bt:String id="([^"]+)"/g).length);
  for (const s of strings) expect(s).toMatch(/<bt:Override Locale="en-US" Value="[^"]+"\/>/);
});

test("icons exist in assets/ at the sizes the manifest declares; pages are the ones the build emits", () => {
  const urls = all(/"(https:\/\/localhost:3000\/[^"]*)"/g);
  for (const url of urls) {
    // A page may carry a query ("taskpane.html?open=selfcheck"); the file is what the build emits.
    const file = url.replace(DEV_URL, "").replace(/\?.*$/, "");
    if (file.startsWith("assets/")) {
      const png = fs.readFileSync(path.join(ROOT, file));
      const size = Number(/-(\d+)\.png$/.exec(file)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    } else expect(["taskpane.html", "commands.html", "help.html"]).toContain(file);
  }
  for (const size of [16, 32, 64, 80]) expect(fs.existsSync(path.join(ROOT, "assets", `icon-${size}.png`))).toBe(true);
  for (const [, size, resid] of manifest.matchAll(/<bt:Image size="(\d+)" resid="\w+\.(\d+)x\d+"\/>/g)) expect(resid).toBe(size);
});

test("each ribbon button has its own icon at 16, 32 and 80 px, different from the others' and the group's", () => {
  const controls = [...manifest.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)];
  expect(controls.map((c) => c[1])).toEqual([
    "Kvalitate.TaskpaneButton",
    "Kvalitate.InsertDemoButton",
    "Kvalitate.ValidateButton",
    "Kvalitate.ResultsButton",
    "Kvalitate.SelfCheckButton",
  ]);
  const fileOf = (resid: string) => new RegExp(`<bt:Image id="${resid.replace(".", "\\.")}" DefaultValue="([^"]+)"`).exec(manifest)?.[1];
  const pictures = new Set<string>();
  const group = /<Group id="Kvalitate.Group">\s*<Label[^>]*\/>\s*<Icon>([\s\S]*?)<\/Icon>/.exec(manifest)![1];
  for (const icons of [group, ...controls.map((c) => /<Icon>([\s\S]*?)<\/Icon>/.exec(c[2])![1])]) {
    const images = [...icons.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(images.map((m) => m[1])).toEqual(["16", "32", "80"]);
    // Compared by content, not name: two names for one picture would still look alike on the ribbon.
    const content = images.map((m) => fs.readFileSync(path.join(ROOT, fileOf(m[2])!.replace(DEV_URL, ""))).toString("base64")).join();
    expect(pictures.has(content)).toBe(false);
    pictures.add(content);
  }
});

test("SupportUrl and Learn more open the help page, not the pane; the help page is built into dist/", () => {
  expect(/<SupportUrl DefaultValue="([^"]+)"\/>/.exec(manifest)?.[1]).toBe(`${DEV_URL}help.html`);
  expect(/<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="([^"]+)"\/>/.exec(manifest)?.[1]).toBe(`${DEV_URL}help.html`);
  expect(fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8")).toContain('{ from: "src/help/help.html", to: "help.html" }');
});

test("the manifest's Version is package.json's version with a fourth number", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
  expect(all(/<Version>([^<]+)<\/Version>/g)).toEqual([manifestVersion(pkg.version)]);
});

test("the ribbon's function file names the manifest's functions for older Excel", () => {
  const html = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.html"), "utf8");
  const names = JSON.parse(/startCommands\([^,]+, (\[[^\]]*\])/.exec(html)![1]) as string[];
  expect(names).toEqual(all(/<FunctionName>(\w+)<\/FunctionName>/g));
});

describe("the production manifest (KVALITATE_URL)", () => {
  const production = manifestFor(manifest, baseUrl({ KVALITATE_URL: MINISTRY }, true), productionIdentity({}));
  const one = (xml: string, re: RegExp) => [...xml.matchAll(new RegExp(re.source, "g"))].map((m) => m[1]);

  test("is another add-in than the development one: its own fixed Id, a name without (izstrāde), the ministry as publisher", () => {
    expect(one(manifest, /<Id>([^<]+)<\/Id>/)).toEqual([DEV_ID]);
    expect(one(production, /<Id>([^<]+)<\/Id>/)).toEqual([PRODUCTION_ID]);
    expect(PRODUCTION_ID).not.toBe(DEV_ID);
    expect(one(manifest, /<DisplayName DefaultValue="([^"]+)"/)).toEqual(["Kvalitāte (izstrāde)"]);
    expect(one(production, /<DisplayName DefaultValue="([^"]+)"/)).toEqual(["Kvalitāte"]);
    expect(one(manifest, /<DisplayName [^>]*>\s*<Override Locale="en-US" Value="([^"]+)"/)[0]).toMatch(/\(development\)$/);
    expect(one(production, /<DisplayName [^>]*>\s*<Override Locale="en-US" Value="([^"]+)"/)[0]).not.toMatch(/development|izstrāde/);
    expect(one(production, /<ProviderName>([^<]+)<\/ProviderName>/)).toEqual([DEFAULT_PROVIDER]);
    expect(DEFAULT_PROVIDER).toBe("Labklājības ministrija");
  });

  test("the publisher comes from KVALITATE_PROVIDER, written as XML text; a blank one is the ministry", () => {
    const named = manifestFor(manifest, MINISTRY, productionIdentity({ KVALITATE_PROVIDER: "Rīgas domes Labklājības departaments & <partneri>" }));
    expect(one(named, /<ProviderName>([^<]+)<\/ProviderName>/)).toEqual(["Rīgas domes Labklājības departaments &amp; &lt;partneri&gt;"]);
    expect(productionIdentity({ KVALITATE_PROVIDER: "  " }).provider).toBe(DEFAULT_PROVIDER);
    expect(() => productionIdentity({ KVALITATE_PROVIDER: "x".repeat(126) })).toThrow(/125 characters/);
  });

  test("a development manifest without its mark cannot become the production one unnoticed", () => {
    const unmarked = manifest.split(" (izstrāde)").join("").split(" (development)").join("");
    expect(() => manifestFor(unmarked, MINISTRY, productionIdentity({}))).toThrow(/no development mark/);
  });

  test("a development build, even for an address, stays the development add-in", async () => {
    const config =
      jest.requireActual<(env: object, argv: object) => Promise<{ plugins: { patterns?: { to: string; transform?: (c: Buffer) => string }[] }[] }>>(
        "../webpack.config.js",
      );
    const written = async (env: object, mode: string) => {
      const { plugins } = await config(env, { mode });
      const pattern = plugins.flatMap((p) => p.patterns ?? []).find((p) => p.to === "manifest.xml")!;
      return pattern.transform!(Buffer.from(manifest));
    };
    expect(await written({ KVALITATE_URL: MINISTRY }, "development")).toContain(`<Id>${DEV_ID}</Id>`);
    const built = await written({ KVALITATE_URL: MINISTRY, KVALITATE_PROVIDER: "Kuldīgas novada pašvaldība" }, "production");
    expect(built).toContain(`<Id>${PRODUCTION_ID}</Id>`);
    expect(built).toContain("<ProviderName>Kuldīgas novada pašvaldība</ProviderName>");
  });

  (lint ? test : test.skip)("npm run validate passes both manifests through the schema and tells them apart", () => {
    expect(validate({ KVALITATE_URL: MINISTRY }, () => undefined)).toEqual([]);
  });

  test("points at the ministry's host only: no localhost, no placeholder, every address moved", () => {
    expect(production).not.toContain("localhost");
    expect(production).not.toContain("kvalitate.example.lv");
    expect(production).not.toContain("<!--");
    expect(production).toContain(`<SourceLocation DefaultValue="${MINISTRY}taskpane.html"/>`);
    expect(production).toContain(`<SupportUrl DefaultValue="${MINISTRY}help.html"/>`);
    const urls = [...production.matchAll(/"(https?:\/\/[^"]+)"/g)]
      .map((m) => m[1])
      .filter((u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org/"));
    expect(urls.length).toBe(manifest.split(DEV_URL).length - 1);
    for (const url of urls) expect(url.startsWith(MINISTRY)).toBe(true);
  });

  (lint ? test : test.skip)("validates against the schema", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kv-manifest-")), "manifest.xml");
    fs.writeFileSync(file, production);
    expect(() => execFileSync(lint!, ["--noout", "--schema", SCHEMA, file], { stdio: "pipe" })).not.toThrow();
  });

  test("a production build without KVALITATE_URL, or with a bad one, fails saying how to give it", () => {
    expect(() => baseUrl({}, true)).toThrow(
      /KVALITATE_URL is not set[\s\S]*KVALITATE_URL=https:\/\/kvalitate\.lm\.example\.lv\/pievienojumprogramma\/ npm run build/,
    );
    expect(() => baseUrl({ KVALITATE_URL: "http://kvalitate.lm.example.lv/" }, true)).toThrow(/must be https/);
    expect(() => baseUrl({ KVALITATE_URL: "kvalitate.lm.example.lv" }, true)).toThrow(/is not a URL/);
    expect(() => baseUrl({ KVALITATE_URL: "https://x.lv/a?b=1" }, true)).toThrow(/without \? or #/);
  });

  test("a folder address gets its closing slash; development keeps the dev server", () => {
    expect(baseUrl({ KVALITATE_URL: "https://kvalitate.lm.example.lv/pievienojumprogramma" }, true)).toBe(MINISTRY);
    expect(baseUrl({}, false)).toBe("https://localhost:3000/");
    expect(baseUrl({ KVALITATE_URL: MINISTRY }, false)).toBe(MINISTRY);
  });

  test("a build without KVALITATE_URL prints its message and no stack trace, and exits 2 (a usage error)", () => {
    const env = { ...process.env };
    delete env.KVALITATE_URL;
    const run = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js"), "--mode", "production"], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("KVALITATE_URL is not set");
    expect(run.stderr).toContain("KVALITATE_URL=https://kvalitate.lm.example.lv/pievienojumprogramma/ npm run build");
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  test("the dev server answers this machine only unless KV_DEV_HOST asks for more", async () => {
    const saved = { ...process.env };
    // A self-signed certificate: the test must not try to install a CA.
    process.env.KV_SELF_SIGNED = "1";
    delete process.env.KV_DEV_HOST;
    try {
      jest.resetModules();
      const config = jest.requireActual<(env: object, argv: object) => Promise<{ devServer?: { host?: string } }>>("../webpack.config.js");
      expect((await config({ WEBPACK_SERVE: true }, { mode: "development" })).devServer?.host).toBe("localhost");
      process.env.KV_DEV_HOST = "0.0.0.0";
      jest.resetModules();
      const asked = jest.requireActual<typeof config>("../webpack.config.js");
      expect((await asked({ WEBPACK_SERVE: true }, { mode: "development" })).devServer?.host).toBe("0.0.0.0");
    } finally {
      process.env = saved;
      jest.resetModules();
    }
  });

  test("webpack's production config refuses to start without KVALITATE_URL", async () => {
    const saved = process.env.KVALITATE_URL;
    delete process.env.KVALITATE_URL;
    try {
      // The config is CommonJS JavaScript, loaded as webpack loads it.
      const config = jest.requireActual<(env: object, argv: object) => Promise<unknown>>("../webpack.config.js");
      await expect(config({}, { mode: "production" })).rejects.toThrow(/KVALITATE_URL is not set/);
      await expect(config({ KVALITATE_URL: MINISTRY }, { mode: "production" })).resolves.toBeDefined();
    } finally {
      if (saved !== undefined) process.env.KVALITATE_URL = saved;
    }
  });
});
