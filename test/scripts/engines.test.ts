import * as fs from "fs";
import * as path from "path";
import { enginesProblems, floors } from "../../scripts/engines";

const ROOT = path.resolve(__dirname, "..", "..");
const json = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, name), "utf8"));

test("package.json's engines promise no Node that an installed package refuses (npm ci's EBADENGINE)", () => {
  expect(enginesProblems(json("package.json"), json("package-lock.json"))).toEqual([]);
});

test("each alternative of the range is checked at its floor", () => {
  expect(floors("^20.19.0 || ^22.13.0 || >=24")).toEqual(["20.19.0", "22.13.0", "24.0.0"]);
  const lock = { packages: { "": { engines: { node: ">=1" } }, "node_modules/rechoir": { version: "1.0.0", engines: { node: ">= 22.15.0" } } } };
  // webpack-cli 7's rechoir against the old promise, ">=20": the warning the issue saw.
  expect(enginesProblems({ engines: { node: ">=20" } }, lock)).toEqual(["rechoir@1.0.0 needs Node >= 22.15.0, not 20.0.0"]);
  expect(enginesProblems({ engines: { node: ">=22.15" } }, lock)).toEqual([]);
  expect(enginesProblems({}, lock)).toEqual(["package.json has no engines.node"]);
});
