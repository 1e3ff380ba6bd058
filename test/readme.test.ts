import * as fs from "fs";
import * as path from "path";
import { differences, installedHere, measuredFigures, packageCount, statedFigures, withFigures } from "../scripts/readme-figures";

/**
 * The README a newcomer reads: its figures are the measured ones, not typed; its contents list
 * leads to every user's section; every file it links or shows is there; and Start here keeps the
 * sh block CI runs in a lone clone.
 */

const ROOT = path.resolve(__dirname, "..");
const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");

/** GitHub's anchor for a heading: lower case, punctuation dropped, each space a hyphen. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s/g, "-");

test("states the figures the suites measure: packages npm ci installs, the ribbon's buttons, the pane's first download", () => {
  const stated = statedFigures(readme);
  expect(Object.keys(stated).sort()).toEqual(["buttons", "initial-js-kb", "packages"]);
  expect(differences(stated, measuredFigures())).toEqual([]);
});

test("a figure that drifts is caught and rewritten", () => {
  const drifted = readme.replace(/<!-- fig:buttons -->\d+/, "<!-- fig:buttons -->4");
  expect(differences(statedFigures(drifted), { buttons: "5" })).toEqual(["buttons: README.md says 4, measured 5"]);
  expect(statedFigures(withFigures(drifted, { buttons: "5" })).buttons).toBe("5");
  // A size is a rounding: 3 % either way.
  expect(differences({ "initial-js-kb": "205" }, { "initial-js-kb": "210" })).toEqual([]);
  expect(differences({ "initial-js-kb": "190" }, { "initial-js-kb": "205" })).toEqual(["initial-js-kb: README.md says 190, measured 205"]);
  expect(() => statedFigures("<!-- fig:a -->1<!-- /fig --> <!-- fig:a -->2<!-- /fig -->")).toThrow(/twice/);
});

test("the package count leaves out other platforms' binaries, as npm ci does", () => {
  const lock = {
    packages: {
      "": {},
      "node_modules/a": {},
      "node_modules/w-linux-x64-glibc": { os: ["linux"], cpu: ["x64"], libc: ["glibc"] },
      "node_modules/w-linux-x64-musl": { os: ["linux"], cpu: ["x64"], libc: ["musl"] },
      "node_modules/w-darwin-arm64": { os: ["darwin"], cpu: ["arm64"] },
      "node_modules/not-windows": { os: ["!win32"] },
    },
  };
  expect(packageCount(lock, "linux", "x64", "glibc")).toBe(3);
  expect(packageCount(lock, "darwin", "arm64", undefined)).toBe(3);
  expect(installedHere({ os: ["!win32"] }, "win32", "x64")).toBe(false);
});

test("opens with one sentence of what it is, then the pictures, the contents and Start here", () => {
  const [title, intro] = readme.split(/\n\n/);
  expect(title).toBe("# Kvalitāte");
  expect(intro.split(/(?<=\.)\s/).length).toBe(1);
  const order = ["<img", "**Contents**", "## Start here", "## Who does what"].map((s) => readme.indexOf(s));
  expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
});

test("the contents lead to each user's section, and every link of it reaches a heading", () => {
  const headings = new Set([...readme.matchAll(/^#{2,4} (.+)$/gm)].map((m) => slug(m[1])));
  const contents = readme.slice(readme.indexOf("**Contents**"), readme.indexOf("## Start here"));
  const anchors = [...contents.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
  expect(anchors.filter((a) => !headings.has(a))).toEqual([]);
  for (const who of ["municipal social-service staff", "ministry analysts", "trainers", "it admins"]) {
    expect(anchors.some((a) => a.startsWith(slug(who)))).toBe(true);
  }
  const inText = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
  expect(inText.filter((a) => !headings.has(a))).toEqual([]);
});

test("every file it links or shows exists: the docs, the conventions, the pictures", () => {
  const targets = [...readme.matchAll(/\]\(((?!https?:|#)[^)#]+)(?:#[^)]*)?\)/g), ...readme.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
  expect(targets).toEqual(expect.arrayContaining(["docs/deploy.md", "docs/architecture.md", "docs/testing.md", "CONTRIBUTING.md", "LICENSE", "SECURITY.md"]));
  expect(targets.filter((t) => !fs.existsSync(path.join(ROOT, t)))).toEqual([]);
  for (const image of targets.filter((t) => t.endsWith(".png"))) {
    expect(fs.readFileSync(path.join(ROOT, image)).subarray(1, 4).toString()).toBe("PNG");
  }
});

test("Start here keeps the sh block CI runs in a lone clone", () => {
  const start = readme.slice(readme.indexOf("## Start here"));
  expect(/```sh\n[^`]*npm ci[^`]*\n```/.test(start.slice(0, start.indexOf("\n## ", 3)))).toBe(true);
});

test("the pages it leads to link only to files that exist", () => {
  const pages = [
    "CONTRIBUTING.md",
    "SECURITY.md",
    ...fs
      .readdirSync(path.join(ROOT, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  const broken = pages.flatMap((page) =>
    [...fs.readFileSync(path.join(ROOT, page), "utf8").matchAll(/\]\(((?!https?:|#|mailto:)[^)#\s]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1])
      .filter((target) => !fs.existsSync(path.join(ROOT, path.dirname(page), target)))
      .map((target) => `${page} → ${target}`),
  );
  expect(broken).toEqual([]);
});
