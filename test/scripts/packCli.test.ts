import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { builtinModules } from "module";
import { CLI_DEPENDENCIES, cliManifest, requiredPackages } from "../../scripts/pack-cli";

const ROOT = path.resolve(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

test("the packed command line depends on fflate only, though the repository ships React for the pane", () => {
  const manifest = cliManifest(pkg);
  expect(manifest.dependencies).toEqual({ fflate: pkg.dependencies.fflate });
  expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(["react", "react-dom", "@fluentui/react-components"]));
  expect(manifest).toMatchObject({ name: "kvalitate", version: pkg.version, bin: { kvalitate: "bin/kvalitate.js" }, files: ["bin/", "dist-cli/"] });
  expect(manifest).not.toHaveProperty("devDependencies");
  expect(manifest).not.toHaveProperty("scripts");
});

test("what the CLI's sources import from packages is what the packed CLI depends on", () => {
  const imported = new Set<string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name))
        for (const m of fs.readFileSync(p, "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^".][^"]*)"/g)) {
          if (!m[1].startsWith("node:") && !builtinModules.includes(m[1])) imported.add(m[1]);
        }
    }
  };
  // tsconfig.cli.json's include: the folders the command line is compiled from.
  for (const dir of JSON.parse(fs.readFileSync(path.join(ROOT, "tsconfig.cli.json"), "utf8")).include as string[]) walk(path.join(ROOT, dir));
  expect([...imported].sort()).toEqual([...CLI_DEPENDENCIES].sort());
});

test("requiredPackages finds bare requires in compiled files, not Node's own or relative ones", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-pack-"));
  fs.mkdirSync(path.join(dir, "a"));
  fs.writeFileSync(path.join(dir, "a", "x.js"), 'require("fs"); require("node:path"); require("./y"); require("fflate"); require("@scope/p/sub");');
  expect(requiredPackages(dir)).toEqual(["@scope/p", "fflate"]);
});
