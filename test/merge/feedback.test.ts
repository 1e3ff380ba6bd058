import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoFill, findTemplate, mergeForms, scoreForm, type FilledForm, type Template } from "../../src/core";
import { distribution } from "../../src/core/results/distribution";
import { feedbackWorkbooks, type PlanCell } from "../../src/plan";
import { buildSheetPlan } from "../../src/plan";
import { readReturned, readWorkbook, writeWorkbook } from "../../src/render/xlsx";
import { say } from "../../src/wording";
import { main } from "../../src/cli/main";

/**
 * The feedback workbooks (issue 15): per service, its figures per group beside every service's
 * spread; the figures equal the service's own score and the merge's, the spread is of the merge's.
 */
const selfAssessment = findTemplate("pasnovertejums-2023")!;
const checklist = findTemplate("uzraudziba-2016")!;

function returned(template: Template, file: string, iestade: string, variant: number) {
  const read = readReturned(file, writeWorkbook([buildSheetPlan(template, { fill: demoFill(template, { variant, iestade }) })]).bytes);
  if ("error" in read) throw new Error(say(read.error, "en"));
  return read;
}
const inputs = [
  ...[0, 1, 2, 3, 4].map((v) => returned(selfAssessment, `p${v}.xlsx`, `Dienests ${v}`, v)),
  ...[0, 1, 2].map((v) => returned(checklist, `u${v}.xlsx`, `Dienests ${v}`, v)),
];
const result = mergeForms(inputs);
const formOf = (file: string): FilledForm => inputs.find((f) => f.file === file)!.forms[0];
const value = (c: PlanCell | undefined) => (c && "number" in c ? c.number : c && "text" in c ? c.text : undefined);

test("one workbook per service, a sheet per return, its figures the service's own score", () => {
  const books = feedbackWorkbooks(result);
  expect(books.map((b) => [b.file, b.sheets.map((s) => s.name)])).toEqual(
    [0, 1, 2, 3, 4].map((v) => [`Dienests ${v}.xlsx`, v < 3 ? [checklist.sheetName, selfAssessment.sheetName] : [selfAssessment.sheetName]]),
  );
  for (const [v, book] of books.entries()) {
    const sheet = book.sheets.find((s) => s.name === selfAssessment.sheetName)!;
    const table = sheet.blocks[1].rows;
    const own = scoreForm(formOf(`p${v}.xlsx`));
    selfAssessment.groups.forEach((g, i) => {
      expect(value(table[i + 1][0])).toBe(g.code);
      expect(value(table[i + 1][2])).toBe(own.groups.find((x) => x.code === g.code)!.average);
    });
    expect(value(table[selfAssessment.groups.length + 1][2])).toBe(own.overall);
  }
});

test("beside it, the spread over all services and its rank; the mean is the merge's own", () => {
  const sheet = feedbackWorkbooks(result)[2].sheets.find((s) => s.name === selfAssessment.sheetName)!;
  const row = sheet.blocks[1].rows[1];
  const all = [0, 1, 2, 3, 4].map((v) => scoreForm(formOf(`p${v}.xlsx`)).groups.find((g) => g.code === "1")!.average);
  const d = distribution(all)!;
  expect(row.slice(3, 11).map(value)).toEqual([d.mean, d.min, d.q1, d.median, d.q3, d.max, 1 + all.filter((a) => a! > all[2]!).length, 5]);
  const merged = result.aggregates.find((a) => a.template.id === selfAssessment.id && a.periods === null)!.groups.find((g) => g.code === "1")!;
  expect(d.mean).toBeCloseTo(merged.average!, 12);
});

test("a checklist's figures are shares under a percentage format, lower ranked better", () => {
  const sheet = feedbackWorkbooks(result)[0].sheets.find((s) => s.name === checklist.sheetName)!;
  const row = sheet.blocks[1].rows[1];
  const own = scoreForm(formOf("u0.xlsx")).groups.find((g) => g.code === "1")!.nonCompliancePct!;
  expect(value(row[2])).toBe(own / 100);
  expect(sheet.styles).toContainEqual({ ref: "C5:I8", style: "figurePercent" });
  const all = [0, 1, 2].map((v) => scoreForm(formOf(`u${v}.xlsx`)).groups.find((g) => g.code === "1")!.nonCompliancePct!);
  expect(value(row[9])).toBe(1 + all.filter((a) => a < own).length);
});

test("kvalitate merge --atgriezeniska-saite writes them, and refuses a folder that holds an input", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-feedback-"));
  try {
    const inDir = path.join(dir, "in");
    fs.mkdirSync(inDir);
    for (const f of inputs)
      fs.writeFileSync(
        path.join(inDir, f.file),
        writeWorkbook([
          buildSheetPlan(f.forms[0].template, {
            fill: demoFill(f.forms[0].template, { variant: Number(f.file[1]), iestade: String(f.forms[0].meta.iestade.value) }),
          }),
        ]).bytes,
      );
    let out = "";
    let err = "";
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), env: { LANG: "C.UTF-8" } };
    expect(await main(["merge", inDir, "-o", path.join(dir, "kopsavilkums.xlsx"), "--atgriezeniska-saite", path.join(dir, "saite")], io)).toBe(0);
    expect(fs.readdirSync(path.join(dir, "saite")).sort()).toEqual([0, 1, 2, 3, 4].map((v) => `Dienests ${v}.xlsx`));
    const book = readWorkbook(fs.readFileSync(path.join(dir, "saite", "Dienests 1.xlsx")));
    expect(book.sheets.map((s) => s.name)).toEqual([checklist.sheetName, selfAssessment.sheetName]);
    expect(book.sheets[1].cells.get("C5")?.value).toBe(scoreForm(formOf("p1.xlsx")).groups[0].average);
    expect(out).toContain("atgriezeniskās saites darbgrāmatas: 5");
    expect(await main(["merge", inDir, "-o", path.join(dir, "k2.xlsx"), "--feedback", dir], io)).toBe(2);
    expect(err).toContain("mapē ir ievades fails");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
