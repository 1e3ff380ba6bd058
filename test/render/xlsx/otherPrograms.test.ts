import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as XLSX from "xlsx";
import { demoFill, findTemplate, mergeForms, scoreForm, validateForm, type FilledForm } from "../../../src/core";
import { buildSheetPlan } from "../../../src/plan";
import { readReturned, writeWorkbook } from "../../../src/render/xlsx";
import { both, bothFinding } from "../../../src/wording";

/**
 * Returns saved by other programs, made for real from a filled form: SheetJS (the npm `xlsx`, as web
 * tools use it) and Gnumeric (`ssconvert`). Both keep the stamp, the names and every row, and drop
 * the table object; each must score to the same figures as the original, with the finding that says
 * the table was gone. Gnumeric comes from Debian (`gnumeric`): without it the test fails on CI and
 * is skipped elsewhere.
 */

const ssconvert = ["/usr/bin/ssconvert", "/usr/local/bin/ssconvert"].find((p) => fs.existsSync(p));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-programs-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ids = ["pasnovertejums-2023", "uzraudziba-2016", "kuldiga-ricibas-plans-2012"];
const original = (id: string) => {
  const t = findTemplate(id)!;
  return writeWorkbook([buildSheetPlan(t, { fill: demoFill(t, { variant: 3, iestade: "Dienests Nr. 3" }) })]).bytes;
};

const savedBy: Record<string, (bytes: Uint8Array, id: string) => Uint8Array> = {
  SheetJS: (bytes) => new Uint8Array(XLSX.write(XLSX.read(bytes, { type: "array" }), { type: "array", bookType: "xlsx" }) as ArrayBuffer),
  Gnumeric: (bytes, id) => {
    const from = path.join(dir, `${id}.xlsx`);
    const to = path.join(dir, `${id}-gnumeric.xlsx`);
    fs.writeFileSync(from, bytes);
    execFileSync(ssconvert!, ["--export-type=Gnumeric_Excel:xlsx2", from, to], { stdio: "pipe" });
    return fs.readFileSync(to);
  },
};

function formOf(file: string, bytes: Uint8Array): FilledForm {
  const read = readReturned(file, bytes);
  if ("error" in read) throw new Error(both(read.error).en);
  expect(read.problems).toEqual([]);
  expect(read.forms).toHaveLength(1);
  return read.forms[0];
}
const figures = (f: FilledForm) => {
  const r = scoreForm(f);
  return {
    groups: r.groups.map((g) => [g.code, g.average, g.nonCompliancePct, g.progressPct]),
    overall: [r.overall, r.overallNonCompliancePct, r.overallProgressPct],
  };
};

const programs = Object.keys(savedBy).filter((p) => p !== "Gnumeric" || ssconvert || process.env.CI === "true");
const cases = programs.flatMap((program) => ids.map((id) => [program, id] as const));

test.each(cases)("a form saved by %s (%s) scores to the original's figures, with the finding that its table was gone", (program, id) => {
  const before = original(id);
  const after = savedBy[program](before, id);
  const first = formOf("original.xlsx", before);
  const second = formOf(`${program}.xlsx`, after);
  expect(figures(second)).toEqual(figures(first));
  expect(second.meta).toEqual(first.meta);
  expect(second.rows.map((r) => [r.code, r.value.value])).toEqual(first.rows.map((r) => [r.code, r.value.value]));
  const findings = validateForm(second).map((f) => [f.rule, bothFinding(f.reason).lv]);
  expect(findings).toContainEqual(["sheet.tableLost", expect.stringContaining("Tabula zudusi; nolasīta pēc virsrakstu rindas")]);
  expect(mergeForms([{ file: `${program}.xlsx`, forms: [second] }]).accepted).toHaveLength(1);
});

test("Gnumeric is there to be tested on CI", () => {
  if (process.env.CI === "true") expect(ssconvert).toBeDefined();
});
