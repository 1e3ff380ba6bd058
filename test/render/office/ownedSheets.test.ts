import { demoFill, findTemplate, mergeForms, type FilledForm } from "../../../src/core";
import { MERGE_LABELS, MERGE_SHEETS, mergeSheets, summarySheetName, type WorkbookSheet } from "../../../src/plan";
import { createOfficeHost, writeOwnedSheets } from "../../../src/render/office";
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from "../../doubles/excel";
import { formFromFill } from "../../helpers/forms";

/** The owned-sheet writer: replaces only its own sheets, all at once, never half-way. */

const template = findTemplate("pasnovertejums-2023")!;
const SUMMARY = summarySheetName(MERGE_LABELS.lv, template);
const bases = [0, 1, 2, 3, 4].map((variant) => formFromFill(template, demoFill(template, { variant })));

/** `n` returns of distinct services (five demo variants, each under many names: cheap to make). */
function returns(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const f = bases[i % bases.length];
    const form: FilledForm = { ...f, meta: { ...f.meta, iestade: { ...f.meta.iestade, value: `Dienests Nr. ${i + 1}` } } };
    return { file: `atgriezts-${i + 1}.xlsx`, forms: [form] };
  });
}

const merged = (n: number) => mergeSheets(mergeForms(returns(n)));
/** Everything of a sheet a user could see, for "unchanged" comparisons. */
const snapshot = (excel: ExcelDouble, name: string) => {
  const s = excel.sheet(name);
  return JSON.stringify({ cells: [...s.cells], tables: excel.book.tables.filter((t) => t.sheet === s).map((t) => [t.name, t.area]) });
};
const sheetNames = (excel: ExcelDouble) => excel.book.sheets.map((s) => s.name);

function workbookWithOldMerge() {
  const excel = new ExcelDouble();
  const host = createOfficeHost({ run: excel.run });
  excel.addSheet("Lapa1");
  excel.type("Lapa1", "A1", "mans saturs");
  excel.addSheet("Kopsavilkums (mans)");
  excel.type("Kopsavilkums (mans)", "A1", "mana kopsavilkuma piezīme");
  return { excel, host };
}

test("a re-merge replaces exactly the owned sheets, in place, with their own table names; a user's sheets stay", async () => {
  const { excel, host } = workbookWithOldMerge();
  const first = await host.writeOwnedSheets(merged(3));
  expect(first.sheets).toEqual(merged(3).map((s) => s.name));
  expect(sheetNames(excel)).toEqual(["Lapa1", "Kopsavilkums (mans)", ...merged(3).map((s) => s.name)]);
  // The user moves the summary to the front; the re-merge keeps it there.
  const summary = excel.sheet(SUMMARY);
  excel.book.sheets.splice(excel.book.sheets.indexOf(summary), 1);
  excel.book.sheets.unshift(summary);
  const before = sheetNames(excel);
  const mine = [snapshot(excel, "Lapa1"), snapshot(excel, "Kopsavilkums (mans)")];

  excel.meter.reset();
  const second = await host.writeOwnedSheets(merged(5));
  expect(sheetNames(excel)).toEqual(before);
  expect([snapshot(excel, "Lapa1"), snapshot(excel, "Kopsavilkums (mans)")]).toEqual(mine);
  // Five services now, each in the summary table; tables carry the plan's names, unsuffixed.
  const table = excel.book.tables.find((t) => t.name === "KV_Kopsavilkums")!;
  expect(table.sheet.name).toBe(SUMMARY);
  expect(table.area.r2 - table.area.r1).toBe(5);
  expect(excel.book.tables.map((t) => t.name).sort()).toEqual(
    merged(5)
      .flatMap((s) => s.tables ?? [])
      .map((t) => t.name)
      .sort(),
  );
  // One read, one write; the charts sheet has its charts once.
  expect([second.syncs, excel.meter.syncs]).toEqual([2, 2]);
  expect(excel.sheet(MERGE_SHEETS.charts).charts.length).toBe(merged(5).find((s) => s.name === MERGE_SHEETS.charts)!.charts!.length);
  expect(excel.meter.records.every((r) => !r.failed)).toBe(true);
});

test("a merge replaces the sheets an older version wrote under their former names (before „apkopot”), in place", async () => {
  const { excel, host } = workbookWithOldMerge();
  await host.writeOwnedSheets(merged(3).map((s) => ({ ...s, name: s.formerNames?.[0] ?? s.name, formerNames: undefined })));
  const old = sheetNames(excel);
  expect(old).toEqual(expect.arrayContaining(["Apvienotie dati", "Apvienotās diagrammas"]));
  await host.writeOwnedSheets(merged(5));
  expect(sheetNames(excel)).toEqual(
    old.map((n) =>
      n === "Apvienotie dati" ? MERGE_SHEETS.long : n === "Apvienotās diagrammas" ? MERGE_SHEETS.charts : n === MERGE_SHEETS.summary ? SUMMARY : n,
    ),
  );
  expect(excel.book.tables.map((t) => t.name).sort()).toEqual(
    merged(5)
      .flatMap((s) => s.tables ?? [])
      .map((t) => t.name)
      .sort(),
  );
});

test.each(["=1+1", "+1", "-1", "@x", '=HYPERLINK("http://example.invalid")'])("text %s from a returned file is written as text", async (text) => {
  const excel = new ExcelDouble();
  const sheet: WorkbookSheet = {
    name: MERGE_SHEETS.rejected,
    blocks: [
      {
        ref: "A1",
        rows: [
          [{ text: "Fails" }, { text: "Iemesls" }],
          [{ text }, { text }],
        ],
      },
    ],
    styles: [],
    columns: [],
  };
  await writeOwnedSheets(excel.context(), [sheet]);
  expect(excel.cell(MERGE_SHEETS.rejected, "A2")).toMatchObject({ value: text, numberFormat: "@" });
  expect(excel.cell(MERGE_SHEETS.rejected, "B2")?.formula).toBeUndefined();
});

describe("a write that fails or is cancelled leaves the previous owned sheets as they were", () => {
  /** A sheet whose styles point outside the grid: Excel refuses the request that carries it. */
  const broken = (name: string): WorkbookSheet => ({
    name,
    blocks: [{ ref: "A1", rows: [[{ text: "x" }]] }],
    styles: [{ ref: "XFE1", style: "header" }],
    columns: [],
  });

  async function prepared() {
    const { excel, host } = workbookWithOldMerge();
    await host.writeOwnedSheets(merged(3));
    const before = { names: sheetNames(excel), owned: merged(3).map((p) => snapshot(excel, p.name)), tables: excel.book.tables.map((t) => t.name) };
    return { excel, before };
  }
  const unchanged = (excel: ExcelDouble, before: Awaited<ReturnType<typeof prepared>>["before"]) => {
    expect(sheetNames(excel)).toEqual(before.names);
    expect(merged(3).map((p) => snapshot(excel, p.name))).toEqual(before.owned);
    expect(excel.book.tables.map((t) => t.name)).toEqual(before.tables);
  };

  test("an error in a later request: the temporaries written so far are deleted", async () => {
    const { excel, before } = await prepared();
    const sheets = merged(5);
    sheets.push(broken("Starplapa"));
    // A small budget, so the failure comes after whole sheets were already written.
    excel.meter.reset();
    await expect(writeOwnedSheets(excel.context(), sheets, { limit: 20_000 })).rejects.toMatchObject({ code: "InvalidArgument" });
    const failed = excel.meter.records.findIndex((r) => r.failed);
    expect(failed).toBeGreaterThan(3);
    unchanged(excel, before);
  });

  test("an error in the very request that would swap: nothing is swapped", async () => {
    const { excel, before } = await prepared();
    await expect(writeOwnedSheets(excel.context(), [...merged(5), broken("Starplapa")])).rejects.toMatchObject({ code: "InvalidArgument" });
    unchanged(excel, before);
  });

  test("a cancel between requests stops before the swap and cleans up", async () => {
    const { excel, before } = await prepared();
    const controller = new AbortController();
    const context = excel.context();
    const sync = context.sync.bind(context);
    let n = 0;
    context.sync = (async () => {
      await sync();
      // After the read and the first request of writes.
      if (++n === 2) controller.abort(new Error("atcelts"));
    }) as typeof context.sync;
    excel.meter.reset();
    await expect(writeOwnedSheets(context, merged(5), { limit: 20_000, signal: controller.signal })).rejects.toThrow("atcelts");
    // The read, one request of writes, then the clean-up's look and delete.
    expect(excel.meter.syncs).toBe(4);
    unchanged(excel, before);
  });
});

describe.each([
  [50, 1],
  [1000, 4],
])("merge-write of %i returned forms", (n, minBatches) => {
  test("every request under 5 MB; syncs = one read + the requests the 4 MB budget needs", async () => {
    const sheets = merged(n);
    const long = sheets.find((s) => s.name === MERGE_SHEETS.long)!;
    expect(long.blocks[0].rows.length).toBe(n * 58 + 1);
    const excel = new ExcelDouble();
    const report = await writeOwnedSheets(excel.context(), sheets);
    expect(excel.meter.records.every((r) => !r.failed)).toBe(true);
    expect(excel.meter.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(report.maxPayloadBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(report.syncs).toBe(1 + report.batches);
    expect(excel.meter.syncs).toBe(report.syncs);
    // No more requests than the bytes need: each but the last is filled past half the budget.
    const total = excel.meter.requestBytes;
    expect(report.batches).toBeGreaterThanOrEqual(minBatches);
    expect(report.batches).toBeLessThanOrEqual(Math.ceil(total / (2 * 1024 * 1024)) + 1);
    expect(excel.cell(MERGE_SHEETS.long, `J${n * 58 + 1}`)?.value).toBe(`atgriezts-${n}.xlsx`);
  }, 120_000);
});

test("validating after a merge never reads the merge's sheets (their tables have a Kods column too)", async () => {
  const excel = new ExcelDouble();
  const host = createOfficeHost({ run: excel.run });
  const { sheet } = await host.insertTemplate({ templateId: "kuldiga-kvalitate-2011", demo: true });
  await host.writeOwnedSheets(merged(50));
  excel.meter.reset();
  const report = await host.validate();
  expect(report.sheets).toEqual([sheet]);
  // The form alone is a few kilobytes; the long table of 50 × 58 rows would be hundreds.
  expect(excel.meter.maxResponseBytes).toBeLessThan(20_000);
});
