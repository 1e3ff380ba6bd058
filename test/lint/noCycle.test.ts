import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

/** `npm run lint` refuses an import circle in src (import-x/no-cycle, eslint.config.mjs). */

const root = path.join(__dirname, "../..");
const eslint = path.join(root, "node_modules/.bin/eslint");

function lintAs(file: string, text: string) {
  return spawnSync(eslint, ["--stdin", "--stdin-filename", file, "--format", "json"], { cwd: root, input: text, encoding: "utf8" });
}

test("a planted circle (random.ts importing demo.ts, which imports random.ts) fails the lint", () => {
  const file = "src/core/random.ts";
  const text = fs.readFileSync(path.join(root, file), "utf8");
  const clean = lintAs(file, text);
  expect(clean.status).toBe(0);
  const planted = lintAs(file, `${text}\nimport { DEMO_ASSESSOR } from "./demo";\nexport const planted = DEMO_ASSESSOR;\n`);
  expect(planted.status).toBe(1);
  const [report] = JSON.parse(planted.stdout) as { messages: { ruleId: string }[] }[];
  expect(report.messages.map((m) => m.ruleId)).toContain("import-x/no-cycle");
}, 120_000);
