import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MIN_EXCEL_API } from "../../../src/render/office/requirements";
import { excelApiUses, programFor, violations, type ApiUse } from "./apiSets";

/**
 * Every Excel API member that src/render/office and src/commands use is within the manifest's
 * minimum requirement set, or guarded (see apiSets.ts for how a guard is recognised).
 */

const ROOT = path.resolve(__dirname, "..", "..", "..");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

const FIXTURE = (body: string) => `
declare function excelApiSupported(version: string): boolean;
export function f(sheet: Excel.Worksheet) {
${body}
}
`;
const fixtures = {
  unguarded: FIXTURE(`  sheet.pageLayout.setPrintArea("A1:B2");`),
  guardTooLow: FIXTURE(`  if (excelApiSupported("1.8")) sheet.pageLayout.setPrintArea("A1:B2");`),
  guarded: FIXTURE(`  if (excelApiSupported("1.9")) { sheet.pageLayout.setPrintArea("A1:B2"); }`),
  guardedByAnd: FIXTURE(`  Office.context.requirements.isSetSupported("ExcelApi", "1.9") && sheet.pageLayout.setPrintArea("A1:B2");`),
  literal: FIXTURE(`  sheet.getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };`),
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-apisets-"));
const fixtureFiles: Record<string, string> = {};
for (const [name, text] of Object.entries(fixtures)) fs.writeFileSync((fixtureFiles[name] = path.join(dir, `${name}.ts`)), text);
const ours = [...sources(path.join(ROOT, "src", "render", "office")), ...sources(path.join(ROOT, "src", "commands"))];
const program = programFor(ROOT, [...ours, ...Object.values(fixtureFiles)]);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const describeUse = (u: ApiUse) =>
  `${path.relative(ROOT, u.file)}:${u.line} ${u.member} needs ExcelApi ${u.set}${u.guard ? ` (guarded by ${u.guard})` : " (unguarded)"}`;

test(`src/render/office and src/commands call nothing above ExcelApi ${MIN_EXCEL_API} unguarded`, () => {
  const uses = excelApiUses(program, ours);
  expect(violations(uses, MIN_EXCEL_API).map(describeUse)).toEqual([]);
  // The check sees what it must: the print area (1.9, guarded), data validation (1.8), tables (1.1).
  const members = new Map(uses.map((u) => [u.member, u]));
  expect(members.get("Excel.PageLayout.setPrintArea")).toMatchObject({ set: "1.9", guard: "1.9" });
  expect(members.get("Excel.Range.dataValidation")?.set).toBe("1.8");
  expect(members.get("Excel.DataValidationRule.list")?.set).toBe("1.8");
  expect(members.get("Excel.WorksheetFreezePanes.freezeRows")?.set).toBe("1.7");
  expect(members.get("Excel.TableCollection.add")?.set).toBe("1.1");
  // Charts: series set from ranges (1.7), everything else 1.1 — all within the minimum, no guard.
  expect(members.get("Excel.ChartSeries.setValues")?.set).toBe("1.7");
  expect(members.get("Excel.ChartSeries.setXAxisValues")?.set).toBe("1.7");
  expect(members.get("Excel.ChartSeriesCollection.add")?.set).toBe("1.7");
  expect(members.get("Excel.ChartCollection.add")?.set).toBe("1.1");
  // The plan's page setup (1.9, guarded); the charts' label format and axis crossing (1.8).
  expect(members.get("Excel.PageLayout.zoom")).toMatchObject({ set: "1.9", guard: "1.9" });
  expect(members.get("Excel.PageLayout.orientation")).toMatchObject({ set: "1.9", guard: "1.9" });
  expect(members.get("Excel.ChartDataLabels.numberFormat")?.set).toBe("1.8");
  expect(members.get("Excel.ChartAxis.position")?.set).toBe("1.8");
  expect(members.get("Excel.RangeBorder.style")?.set).toBe("1.1");
  expect(members.get("Excel.Worksheet.delete")?.set).toBe("1.1");
  // Formulas and formats travel in en-US syntax: the locale-dependent twins are never used.
  expect([...members.keys()].filter((m) => /Local$/.test(m))).toEqual([]);
});

test.each([
  ["unguarded", ["Excel.PageLayout.setPrintArea", "Excel.Worksheet.pageLayout"]],
  ["guardTooLow", ["Excel.PageLayout.setPrintArea", "Excel.Worksheet.pageLayout"]],
  ["guarded", []],
  ["guardedByAnd", []],
  ["literal", []],
])("the check itself: %s", (name, expected) => {
  const uses = excelApiUses(program, [fixtureFiles[name]]);
  expect(violations(uses, MIN_EXCEL_API).map((u) => u.member)).toEqual(expected);
  expect(uses.length).toBeGreaterThan(0);
});

test("manifest.xml asks for the same minimum", () => {
  const manifest = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  expect(manifest).toMatch(new RegExp(`<Set Name="ExcelApi" MinVersion="${MIN_EXCEL_API.replace(".", "\\.")}"\\s*/>`));
});
