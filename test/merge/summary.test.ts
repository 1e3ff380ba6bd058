import { demoFill, findTemplate, mergeForms, scoreForm, type FilledForm, type ReturnedFile, type Template } from "../../src/core";
import { buildSheetPlan, isMergeSheetName, MERGE_LABELS, MERGE_SHEETS, mergeSheets, summarySheetName, type PlanCell, type WorkbookSheet } from "../../src/plan";
import { readReturned, readWorkbook, writeWorkbook } from "../../src/render/xlsx";
import { say } from "../../src/wording";

/**
 * The analyst's summary (issue 15): one numeric cell per figure with its unit in the header, shares
 * 0–1 under a percentage format, services in natural order, charts first and the long table last,
 * no empty sheet, headers printed on every page, and its own labels in English with --lang en.
 */
const selfAssessment = findTemplate("pasnovertejums-2023")!;
const supervision = findTemplate("uzraudziba-2016")!;

function returned(template: Template, file: string, iestade: string, variant: number, vertetajs?: string): ReturnedFile & { forms: readonly FilledForm[] } {
  const fill = demoFill(template, { variant, iestade, ...(vertetajs ? { vertetajs } : {}) });
  const read = readReturned(file, writeWorkbook([buildSheetPlan(template, { fill })]).bytes);
  if ("error" in read) throw new Error(say(read.error, "en"));
  return read;
}

// Read in file-name order, as a folder lists them: pasnov_1, pasnov_10, pasnov_11, pasnov_2…
const names = Array.from({ length: 12 }, (_, i) => `pasnov_${i + 1}`).sort();
const inputs = [
  ...names.map((n, i) => returned(selfAssessment, `${n}.xlsx`, n, i % 5)),
  ...names.slice(0, 6).map((n, i) => returned(supervision, `u_${n}.xlsx`, `Dienests ${n}`, i % 5)),
];
const result = mergeForms(inputs);
const sheets = mergeSheets(result);
const byName = (list: readonly WorkbookSheet[], name: string) => list.find((s) => s.name === name)!;
const rowsOf = (s: WorkbookSheet) => s.blocks[0].rows;
const textOf = (c: PlanCell | undefined) => (c && "text" in c ? c.text : undefined);

test("sheets in a report's order, none empty: charts, a summary per template, figures, rejected none, the long table last", () => {
  expect(sheets.map((s) => s.name)).toEqual([
    MERGE_SHEETS.charts,
    summarySheetName(MERGE_LABELS.lv, supervision),
    summarySheetName(MERGE_LABELS.lv, selfAssessment),
    MERGE_SHEETS.aggregates,
    MERGE_SHEETS.long,
  ]);
  for (const s of sheets.filter((x) => x.tables?.length)) expect([s.name, s.printTitleRows, s.rowHeights?.[1]]).toEqual([s.name, 1, expect.any(Number)]);
});

test("services in natural order, one numeric cell per group figure, each equal to the service's own score", () => {
  const sheet = byName(sheets, summarySheetName(MERGE_LABELS.lv, selfAssessment));
  const [header, ...rows] = rowsOf(sheet);
  expect(rows.map((r) => textOf(r[0]))).toEqual(Array.from({ length: 12 }, (_, i) => `pasnov_${i + 1}`));
  const groupCols = selfAssessment.groups.map((g) => header.findIndex((h) => textOf(h) === `${g.code} ${g.title} — vidējais vērtējums (1–5)`));
  expect(groupCols.every((c) => c > 0)).toBe(true);
  for (const row of rows) {
    const input = inputs.find((f) => f.forms[0].meta.iestade.value === textOf(row[0]))!;
    const own = scoreForm(input.forms[0]);
    groupCols.forEach((c, i) => expect(row[c]).toEqual({ number: own.groups.find((g) => g.code === selfAssessment.groups[i].code)!.average }));
  }
  // No cell packs several figures into text.
  for (const s of sheets) for (const b of s.blocks) for (const r of b.rows) for (const c of r) expect(textOf(c) ?? "").not.toMatch(/\d: \d.*; \d/);
});

test("a checklist's shares are 0–1 under a percentage format, with a yes/no column of its own per group", () => {
  const sheet = byName(sheets, summarySheetName(MERGE_LABELS.lv, supervision));
  const [header, first] = rowsOf(sheet);
  const pct = header.findIndex((h) => textOf(h)?.endsWith("— neatbilstības %"));
  const flag = header.findIndex((h) => textOf(h) === "1 — ir neatbilstība");
  expect([pct, flag]).toEqual([4, 5]);
  const form = inputs.find((f) => f.file === "u_pasnov_1.xlsx")!;
  const own = scoreForm(form.forms[0]).groups.find((g) => g.code === "1")!.nonCompliancePct!;
  expect(first[pct]).toEqual({ number: own / 100 });
  expect(textOf(first[flag])).toBe(own > 0 ? "jā" : "nē");
  expect(sheet.styles).toContainEqual({ ref: expect.stringMatching(/^E2:E\d+$/), style: "figurePercent" });
});

test("the written file holds the figures as numbers with their formats, for any reader", () => {
  const wb = readWorkbook(writeWorkbook(sheets).bytes);
  const summary = wb.sheets.find((s) => s.name === summarySheetName(MERGE_LABELS.lv, selfAssessment))!;
  expect(typeof summary.cells.get("E2")?.value).toBe("number");
  expect(typeof summary.cells.get("B2")?.value).toBe("number");
  expect(summary.cells.get("D2")?.value).toBe(demoFill(selfAssessment).meta.datums);
});

test("several assessors: a column per assessor with the practice's code and text", () => {
  const two = mergeForms([returned(selfAssessment, "a.xlsx", "Dienests", 1, "Anna"), returned(selfAssessment, "b.xlsx", "Dienests", 3, "Jānis")]);
  const sheet = byName(mergeSheets(two), MERGE_SHEETS.consensus);
  const [header, first] = rowsOf(sheet);
  expect(header.map(textOf).slice(3, 7)).toEqual(["Kods", "Teksts", "Vērtētājs 1", "Vērtētājs 2"]);
  expect(textOf(first[3])).toBe("1.1.1");
  expect(textOf(first[4])).toMatch(/^Vadītājs/);
  expect(first[5]).toEqual({ number: expect.any(Number) });
  expect(first[6]).toEqual({ number: expect.any(Number) });
});

test("--lang en: the workbook's own labels in English, the ministry's texts in Latvian", () => {
  const en = mergeSheets(result, "en");
  expect(en.map((s) => s.name)).toEqual(["Merged charts", "Summary Uzraudzība", "Summary Pašnovērtējums", "Figures", "Merged data"]);
  const header = rowsOf(byName(en, "Summary Pašnovērtējums"))[0].map(textOf);
  expect(header.slice(0, 4)).toEqual(["Service", "Period", "Assessor", "Date"]);
  expect(header).toContain("1 Līderība — average (1–5)");
});

test("an older merge's sheets are the merge's own: replaced by a new one, never read as forms", () => {
  const [first, second] = sheets.filter((s) => s.name.startsWith(`${MERGE_SHEETS.summary} `));
  // The one "Kopsavilkums" of every template goes with the first summary; the names before "apkopot" with theirs.
  expect([first.formerNames, second.formerNames]).toEqual([[MERGE_SHEETS.summary], undefined]);
  expect(byName(sheets, MERGE_SHEETS.long).formerNames).toEqual(["Apvienotie dati"]);
  expect(byName(sheets, MERGE_SHEETS.charts).formerNames).toEqual(["Apvienotās diagrammas"]);
  for (const name of ["Kopsavilkums", "Apvienotie dati", "Apvienotās diagrammas", first.name, "Summary Uzraudzība", "Merged data"])
    expect([name, isMergeSheetName(name)]).toEqual([name, true]);
  for (const name of ["Kopsavilkums (mans)", "Uzraudzība", "Lapa1"]) expect([name, isMergeSheetName(name)]).toEqual([name, false]);
});
