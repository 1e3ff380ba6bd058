import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoFill, findTemplate, mergeForms, type FormFill, type MergeResult, type ReturnedFile } from "../../src/core";
import { itemOrder } from "../../src/core/merge/record";
import { buildSheetPlan, longTableRowCount, longTableRows, MERGE_SHEETS, mergeSheets, mergeSheetsStreamed } from "../../src/plan";
import { readReturned, readWorkbook, writeWorkbook, type WorkbookData } from "../../src/render/xlsx";
import { writeWorkbookStreamed } from "../../src/render/xlsx/streamWrite";
import { mergeFilesTo } from "../../src/cli/pipeline";
import { readOne } from "../../src/cli/merge";
import { both } from "../../src/wording";

/**
 * The command line streams the long table into the output; the pane writes the whole plan. Both
 * must say the same: every sheet, every cell, every table, read back through the reader.
 */

const self = findTemplate("pasnovertejums-2023")!;
const other = findTemplate("uzraudziba-2016")!;
const mk = (file: string, fill: FormFill, template = self) => readReturned(file, writeWorkbook([buildSheetPlan(template, { fill })]).bytes);
const [first, second] = itemOrder(self).codes;
const withComments = (fill: FormFill, comments: Record<string, string>): FormFill => ({ ...fill, comments: { ...fill.comments, ...comments } });

function inputs(): ReturnedFile[] {
  return [
    mk("a.xlsx", withComments(demoFill(self, { variant: 1 }), { [first]: '=HYPERLINK("http://example.invalid")', [second]: "rinda\nrinda _x0041_ <&>\u0001" })),
    mk("b.xlsx", { ...demoFill(self, { variant: 2 }), values: { ...demoFill(self, { variant: 2 }).values, [first]: "4,0", [second]: "N/A" } }),
    mk("c.xlsx", demoFill(self, { variant: 3, iestade: "Parauga sociālais dienests (izdomāts, demonstrācijai) Nr. 2", vertetajs: "Otrs" })),
    mk("d.xlsx", demoFill(other, { variant: 1 }), other),
    mk("e.xlsx", withComments(demoFill(self, { variant: 4 }), { [second]: "x".repeat(40000) })),
    { file: "bojats.xlsx", error: { kind: "corrupt", fault: "cutOff", part: "xl/workbook.xml" } },
  ];
}

/** Each sheet's cells by address, leaving out empty texts (the streamed rows do not write them). */
function cellsOf(wb: WorkbookData) {
  return wb.sheets.map((s) => ({
    name: s.name,
    tables: s.tables,
    cells: Object.fromEntries([...s.cells].filter(([, c]) => c.value !== "").map(([ref, c]) => [ref, c.formula ? { formula: c.formula } : c.value])),
  }));
}

function streamed(result: MergeResult): Uint8Array {
  const chunks: Uint8Array[] = [];
  const { sheets, long } = mergeSheetsStreamed(result);
  if (long === undefined) return writeWorkbook(sheets).bytes;
  const { rows } = writeWorkbookStreamed(sheets, { sheet: long, firstRow: 2, rows: longTableRows(result), inlineColumns: new Set([8]) }, (c) =>
    chunks.push(c.slice()),
  );
  expect(rows).toBe(longTableRowCount(result));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (out.set(c, at), at + c.length), 0);
  return out;
}

test("the streamed summary equals the whole-plan summary, cell by cell", () => {
  const result = mergeForms(inputs());
  expect(result.accepted).toHaveLength(5);
  const whole = cellsOf(readWorkbook(writeWorkbook(mergeSheets(result)).bytes));
  const stream = cellsOf(readWorkbook(streamed(result)));
  expect(stream.map((s) => s.name)).toEqual(whole.map((s) => s.name));
  stream.forEach((s, i) => expect(s).toEqual(whole[i]));
  const long = stream[stream.length - 1];
  expect(long.name).toBe(MERGE_SHEETS.long);
  expect(Object.keys(long.cells).length).toBeGreaterThan(5 * 40 * 8);
  expect(Object.values(long.cells)).toEqual(expect.arrayContaining(['=HYPERLINK("http://example.invalid")', "rinda\nrinda _x0041_ <&>\u0001", "4,0"]));
});

test("a merge with nothing accepted writes its rejected list alone, as the whole plan does", () => {
  const result = mergeForms([{ file: "x.xlsx", error: { kind: "notZip" } }]);
  const stream = cellsOf(readWorkbook(streamed(result)));
  expect(stream.map((s) => s.name)).toEqual([MERGE_SHEETS.rejected]);
  expect(stream).toEqual(cellsOf(readWorkbook(writeWorkbook(mergeSheets(result)).bytes)));
});

test("the command line's pipeline writes that file, and gives each file its modification time", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-stream-"));
  try {
    const fill = (variant: number, datums: number): FormFill => ({
      ...demoFill(self, { variant }),
      meta: { ...demoFill(self, { variant }).meta, iestade: "Dienests", datums },
    });
    const write = (name: string, f: FormFill, mtime: number) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, writeWorkbook([buildSheetPlan(self, { fill: f })]).bytes);
      fs.utimesSync(file, mtime / 1000, mtime / 1000);
      return file;
    };
    // Same Datums: the file saved later wins, though its name sorts first.
    const files = [write("a-labots.xlsx", fill(1, 45000), Date.UTC(2024, 1, 2)), write("b-pirmais.xlsx", fill(2, 45000), Date.UTC(2024, 1, 1))];
    const out = path.join(dir, "kopsavilkums.xlsx");
    const result = await mergeFilesTo(files, out, { read: readOne });
    expect(result.accepted.map((a) => a.file)).toEqual([files[0]]);
    expect(result.rejected.map((r) => both(r.reason).en)).toEqual([expect.stringContaining(`superseded by “${files[0]}”`)]);
    expect(cellsOf(readWorkbook(fs.readFileSync(out)))).toEqual(cellsOf(readWorkbook(writeWorkbook(mergeSheets(result)).bytes)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
