import { demoFill, templates } from "../../src/core";
import { mergeForms } from "../../src/core/merge/merge";
import { buildSheetPlan } from "../../src/plan";
import { parseRange } from "../../src/plan/a1";
import { mergeSheets, MERGE_SHEETS } from "../../src/plan/mergeSheets";
import { MAX_SHEET_CELLS, MAX_TABLE_ROWS } from "../../src/contract/limits";
import { cutToCell, EXCEL_MAX_CELL_CHARS } from "../../src/core/limits";
import { formsOf, readWorkbook, writeWorkbook } from "../../src/render/xlsx";

/** The caps on what a form can be stay far above every template the catalog has. */
test("a form's table may grow to four times the largest plan's, and its sheet far past a filled form", () => {
  const plans = templates.map((t) => buildSheetPlan(t));
  const rows = Math.max(...plans.map((p) => parseRange(p.table.ref).r2 - parseRange(p.table.ref).r1));
  expect(MAX_TABLE_ROWS).toBeGreaterThanOrEqual(rows * 4);
  const cells = Math.max(...plans.map((p) => p.blocks.reduce((a, b) => a + b.rows.reduce((n, r) => n + r.length, 0), 0)));
  expect(MAX_SHEET_CELLS).toBeGreaterThanOrEqual(cells * 20);
});

/** No lone half of a surrogate pair (String.prototype.isWellFormed is past the project's ES2020 lib). */
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe("Excel's 32,767-character cell", () => {
  test("text is cut to the limit between characters, never inside an emoji's surrogate pair", () => {
    const emojiAtCut = "a".repeat(EXCEL_MAX_CELL_CHARS - 1) + "🏠" + "b".repeat(10);
    const cut = cutToCell(emojiAtCut);
    expect(cut.length).toBe(EXCEL_MAX_CELL_CHARS - 1);
    expect(wellFormed(cut)).toBe(true);
    const marked = cutToCell("x".repeat(EXCEL_MAX_CELL_CHARS - 5) + "🏠".repeat(10), " …");
    expect(marked.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
    expect([wellFormed(marked), marked.endsWith(" …")]).toEqual([true, true]);
    expect(cutToCell("short")).toBe("short");
  });
  test("the merge's summary cuts a returned comment there, and every .xlsx text cell holds at most the limit", () => {
    const self = templates.find((t) => t.id === "pasnovertejums-2023")!;
    const comment = "a".repeat(EXCEL_MAX_CELL_CHARS - 15) + "🏠".repeat(100);
    const fill = demoFill(self, { variant: 1, iestade: "Dienests" });
    // As the Office.js reader may hand it over: a comment past the limit (an .xlsx file cannot hold one).
    const read = formsOf(readWorkbook(writeWorkbook([buildSheetPlan(self, { fill })]).bytes)).forms[0];
    const form = { ...read, rows: read.rows.map((r) => (r.code === "1.1.1" ? { ...r, comment: { ref: "F13", value: comment } } : r)) };
    const result = mergeForms([{ file: "f.xlsx", forms: [form] }]);
    const long = readWorkbook(writeWorkbook(mergeSheets(result)).bytes).sheets.find((s) => s.name === MERGE_SHEETS.long)!;
    const texts = [...long.cells.values()].map((c) => c.value).filter((v): v is string => typeof v === "string");
    const cut = texts.find((v) => v.startsWith("aaaa"))!;
    expect([cut.length <= EXCEL_MAX_CELL_CHARS, wellFormed(cut), cut.endsWith("[saīsināts]")]).toEqual([true, true, true]);
    const plain = readWorkbook(writeWorkbook([{ name: "L", blocks: [{ ref: "A1", rows: [[{ text: "🏠".repeat(20000) }]] }], styles: [], columns: [] }]).bytes);
    const one = plain.sheets[0].cells.get("A1")!.value as string;
    expect([one.length, wellFormed(one)]).toEqual([EXCEL_MAX_CELL_CHARS - 1, true]);
  });
});
