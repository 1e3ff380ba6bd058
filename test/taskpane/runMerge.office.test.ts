import { createOfficeHost } from "../../src/render/office";
import { MERGE_SHEETS } from "../../src/plan/mergeSheets";
import { MergeCancelled, runMerge } from "../../src/taskpane/merge/runMerge";
import { DEMO_FILE_NAMES, demoReturns } from "../../src/taskpane/trainer/demoReturns";
import { ExcelDouble } from "../doubles/excel";

/**
 * The pane's merge over the real Office host on the Excel API double: what the analyst sees in the
 * workbook after a merge, a re-merge and a cancel.
 */
const sheetNames = (excel: ExcelDouble) => excel.book.sheets.map((s) => s.name);
const noYield = async () => undefined;

describe("runMerge over the Office host", () => {
  it("writes the merge's own sheets, with the damaged file on the rejected sheet", async () => {
    const excel = new ExcelDouble();
    const host = createOfficeHost({ run: excel.run });
    const run = await runMerge(await demoReturns(), host, { yieldToUi: noYield });
    expect(sheetNames(excel)).toEqual(
      expect.arrayContaining([MERGE_SHEETS.charts, MERGE_SHEETS.aggregates, MERGE_SHEETS.rejected, MERGE_SHEETS.long, expect.stringMatching(/^Kopsavilkums /)]),
    );
    expect(run.written.sheets).toEqual(expect.arrayContaining([expect.stringMatching(/^Kopsavilkums /), MERGE_SHEETS.rejected]));
    const rejected = excel.book.sheets.find((s) => s.name === MERGE_SHEETS.rejected)!;
    const texts = [...rejected.cells.values()].map((c) => String(c.value ?? ""));
    expect(texts).toContain(DEMO_FILE_NAMES[2]);
  });

  it("a second merge replaces the first one's sheets instead of adding more", async () => {
    const excel = new ExcelDouble();
    const host = createOfficeHost({ run: excel.run });
    await runMerge(await demoReturns(), host, { yieldToUi: noYield });
    const first = sheetNames(excel);
    await runMerge(await demoReturns(), host, { yieldToUi: noYield });
    expect(sheetNames(excel)).toEqual(first);
  });

  it("a cancel leaves the workbook as it was", async () => {
    const excel = new ExcelDouble();
    const host = createOfficeHost({ run: excel.run });
    await host.insertTemplate({ templateId: "kuldiga-kvalitate-2011", demo: true });
    const before = sheetNames(excel);
    const controller = new AbortController();
    const run = runMerge(await demoReturns(), host, { signal: controller.signal, yieldToUi: noYield, onProgress: (p) => p.done === 2 && controller.abort() });
    await expect(run).rejects.toThrow(MergeCancelled);
    expect(sheetNames(excel)).toEqual(before);
  });
});
