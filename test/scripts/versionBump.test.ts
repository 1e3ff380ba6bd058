import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bump, nextVersion, withManifestVersion } from "../../scripts/version-bump";

const ROOT = path.resolve(__dirname, "..", "..");

test("patch, minor, major and an explicit higher version", () => {
  expect(nextVersion("0.1.0")).toBe("0.1.1");
  expect(nextVersion("0.1.9", "patch")).toBe("0.1.10");
  expect(nextVersion("0.1.3", "minor")).toBe("0.2.0");
  expect(nextVersion("0.9.3", "major")).toBe("1.0.0");
  expect(nextVersion("0.1.3", "0.10.0")).toBe("0.10.0");
});

test("a version that does not grow is refused: Office would not offer it", () => {
  expect(() => nextVersion("0.2.0", "0.1.9")).toThrow(/not higher than 0\.2\.0/);
  expect(() => nextVersion("0.2.0", "0.2.0")).toThrow(/not higher/);
  expect(() => nextVersion("0.2", "patch")).toThrow(/not a version/);
});

test("the manifest's one <Version> gets four numbers", () => {
  expect(withManifestVersion('<a><Version>0.1.0.0</Version><Sets DefaultMinVersion="1.1"/></a>', "0.2.0")).toBe(
    '<a><Version>0.2.0.0</Version><Sets DefaultMinVersion="1.1"/></a>',
  );
  expect(() => withManifestVersion("<a/>", "0.2.0")).toThrow(/one <Version>/);
});

test("bump writes package.json, package-lock.json and manifest.xml together", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-bump-"));
  for (const f of ["package.json", "manifest.xml"]) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version as string;
  fs.writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify({ name: "kvalitate", version, packages: { "": { version } } }));
  const next = bump(dir, "minor");
  expect(next).toBe(nextVersion(version, "minor"));
  const read = (f: string) => fs.readFileSync(path.join(dir, f), "utf8");
  expect(JSON.parse(read("package.json")).version).toBe(next);
  const lock = JSON.parse(read("package-lock.json"));
  expect([lock.version, lock.packages[""].version]).toEqual([next, next]);
  expect(read("manifest.xml")).toContain(`<Version>${next}.0</Version>`);
  // Nothing else of the manifest changed.
  expect(read("manifest.xml").replace(`<Version>${next}.0</Version>`, "")).toBe(
    fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8").replace(/<Version>[^<]+<\/Version>/, ""),
  );
});
