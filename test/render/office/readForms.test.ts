import { createOfficeHost, readForms } from "../../../src/render/office";
import { ExcelDouble, PAYLOAD_LIMIT_BYTES } from "../../doubles/excel";

/**
 * What the Office renderer reads of a workbook: only the stamped sheets' blocks — a user's long table
 * with a "Kods" header stays unread but for its head.
 */

const KULDIGA = "kuldiga-kvalitate-2011";

/** A user's own table, 50,000 rows × 6, whose first header is "Kods" — no stamp, not a form. */
function longUserTable(excel: ExcelDouble, rows = 50_000): void {
  const sheet = excel.addSheet("Reģistrs");
  const headers = ["Kods", "Nosaukums", "Adrese", "Tālrunis", "Piezīmes", "Vērtējums"];
  headers.forEach((h, c) => sheet.cells.set(`1,${c + 1}`, { value: h }));
  for (let r = 2; r <= rows + 1; r++)
    for (let c = 1; c <= 6; c++) sheet.cells.set(`${r},${c}`, { value: c === 1 ? `K-${r}` : `ieraksts ${r} kolonnā ${c}, ar garāku tekstu` });
  excel.book.tables.push({ id: `{table-${excel.book.nextId++}}`, name: "Registrs", sheet, area: { r1: 1, c1: 1, r2: rows + 1, c2: 6 } });
}

test("a user's 50,000-row table with a Kods header is not read: Pārbaudīt and Rezultāti stay under the 5 MB response limit", async () => {
  const excel = new ExcelDouble();
  const restore = excel.installOffice();
  try {
    const host = createOfficeHost({ run: excel.run });
    const { sheet } = await host.insertTemplate({ templateId: KULDIGA, demo: true });
    longUserTable(excel);
    excel.meter.reset();
    // A host that has not seen the workbook: it must find the forms among the candidates.
    const fresh = createOfficeHost({ run: excel.run });
    const report = await fresh.validate();
    expect(report.sheets).toEqual([sheet]);
    const results = await createOfficeHost({ run: excel.run }).buildResults({});
    expect(results.sheets.length).toBeGreaterThan(0);
    expect(excel.meter.records.filter((r) => r.failed)).toEqual([]);
    expect(excel.meter.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES / 10);
  } finally {
    restore();
  }
});

test("a candidate's head is read before its block: a stamp-less table costs the head only", async () => {
  const excel = new ExcelDouble();
  longUserTable(excel, 2_000);
  const read = await excel.run((context) => readForms(context));
  expect([read.forms.length, read.locations, read.syncs]).toEqual([0, [], 2]);
  // The head: A1 to the table's last column, its first 20 rows — not the 2,000 rows below.
  expect(excel.meter.records[1].responseBytes).toBeLessThan(20 * 6 * 60);
});
