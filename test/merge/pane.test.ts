import { demoFill, findTemplate, type FormFill } from "../../src/core";
import { buildSheetPlan, MERGE_LABELS, summarySheetName, type WorkbookSheet } from "../../src/plan";
import { writeWorkbook } from "../../src/render/xlsx";
import { runMerge, type MergeInput } from "../../src/taskpane/merge/runMerge";
import { say } from "../../src/wording";

/** The pane gives the merge each chosen file's lastModified: of two returns with one Datums, the later saved wins. */
test("the pane's merge keeps the return saved later and names the other superseded", async () => {
  const t = findTemplate("pasnovertejums-2023")!;
  const fill = (variant: number): FormFill => ({ ...demoFill(t, { variant }), meta: { ...demoFill(t, { variant }).meta, iestade: "Dienests" } });
  const file = (name: string, variant: number, lastModified: number): MergeInput => {
    const bytes = writeWorkbook([buildSheetPlan(t, { fill: fill(variant) })]).bytes;
    return { name, lastModified, arrayBuffer: async () => bytes.slice().buffer };
  };
  const writes: (readonly WorkbookSheet[])[] = [];
  const host = { writeOwnedSheets: async (sheets: readonly WorkbookSheet[]) => (writes.push(sheets), { sheets: sheets.map((s) => s.name), syncs: 1 }) };
  const run = await runMerge([file("pirmais.xlsx", 2, Date.UTC(2024, 2, 1)), file("labots.xlsx", 1, Date.UTC(2024, 2, 2))], host, {
    yieldToUi: async () => undefined,
  });
  expect(run.files.map((f) => [f.file, f.accepted, f.reasons.map((r) => say(r, "en"))])).toEqual([
    [
      "pirmais.xlsx",
      0,
      [
        "superseded by “labots.xlsx” — a newer template of the same service, period and assessor (the same date, the file's time is later: 02.03.2024 00:00 UTC)",
      ],
    ],
    ["labots.xlsx", 1, []],
  ]);
  const summary = writes[0].find((s) => s.name === summarySheetName(MERGE_LABELS.lv, t))!;
  const files = summary.blocks.flatMap((b) => b.rows.map((r) => r[r.length - 1])).map((c) => (c && "text" in c ? c.text : null));
  expect(files).toEqual(["Fails", "labots.xlsx"]);
});
