import { ExcelDouble } from ".";
import { TYPED_DATE_FORMAT } from "./cells";

/**
 * The rules real Excel enforces and the double plays (docs/testing.md, "What the Excel double models"),
 * each held to its source: the Excel JavaScript API reference or an OfficeDev/office-js issue.
 */

function book(...names: string[]) {
  const excel = new ExcelDouble();
  for (const n of names) excel.addSheet(n);
  return excel;
}

describe("cell-edit mode (Excel.RunOptions.delayForCellEdit)", () => {
  test("while the user types in a cell a batch fails with InvalidOperationInCellEditMode, and changes nothing", async () => {
    const excel = book("Lapa1");
    excel.startCellEdit();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Lapa1").getRange("A1").values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(excel.cell("Lapa1", "A1")).toBeUndefined();
    expect(excel.meter.records[0].failed).toBe("InvalidOperationInCellEditMode");
  });

  test("a batch run with { delayForCellEdit: true } waits until the user leaves the cell, then runs", async () => {
    const excel = book("Lapa1");
    excel.startCellEdit();
    let done = false;
    const running = excel
      .run({ delayForCellEdit: true }, async (context) => {
        context.workbook.worksheets.getItem("Lapa1").getRange("A1").values = [[1]];
        await context.sync();
      })
      .then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect([done, excel.cell("Lapa1", "A1")]).toEqual([false, undefined]);
    excel.endCellEdit();
    await running;
    expect(excel.cell("Lapa1", "A1")?.value).toBe(1);
  });
});

describe("sheet passwords and no rollback", () => {
  test("unprotect() without the sheet's password fails; the calls before it in the request stay applied, those after it are not", async () => {
    const excel = book("Vaļēja", "Ar paroli");
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.getItem("Vaļēja").protection.protect({ allowFormatCells: true });
      sheets.getItem("Ar paroli").protection.protect({}, "slepeni");
      await context.sync();
    });
    const context = excel.context();
    const sheets = context.workbook.worksheets;
    sheets.getItem("Vaļēja").protection.unprotect();
    sheets.getItem("Ar paroli").protection.unprotect();
    sheets.getItem("Vaļēja").getRange("A1").values = [["pēc"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.sheet("Vaļēja").protection.protected).toBe(false);
    expect(excel.sheet("Vaļēja").cells.size).toBe(0);
    expect(excel.sheet("Ar paroli").protection.protected).toBe(true);
    sheets.getItem("Ar paroli").protection.unprotect("slepeni");
    await context.sync();
    expect(excel.sheet("Ar paroli").protection.protected).toBe(false);
  });

  test("protect() on a protected sheet is refused (documented; the code AccessDenied assumed); unprotect() on an unprotected one does nothing (assumed)", async () => {
    const excel = book("Lapa1");
    const context = excel.context();
    const protection = context.workbook.worksheets.getItem("Lapa1").protection;
    protection.unprotect();
    await context.sync();
    protection.protect();
    protection.protect();
    await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    expect(excel.sheet("Lapa1").protection.protected).toBe(true);
  });

  test("the office-js #6784 host build refuses unprotect() on a sheet without a password, protected or not", async () => {
    for (const regressions of [[], ["office-js#6784" as const]]) {
      const excel = new ExcelDouble({ regressions });
      excel.addSheet("Bez paroles").protection = { protected: true, options: {} };
      excel.addSheet("Vaļēja");
      const outcomes: string[] = [];
      for (const name of ["Bez paroles", "Vaļēja"]) {
        const context = excel.context();
        context.workbook.worksheets.getItem(name).protection.unprotect();
        outcomes.push(
          await context.sync().then(
            () => "ok",
            (e: { code: string }) => e.code,
          ),
        );
      }
      expect(outcomes).toEqual(regressions.length ? ["AccessDenied", "AccessDenied"] : ["ok", "ok"]);
    }
  });

  test("isPasswordProtected is loaded where ExcelApiOnline 1.1 is (the web), and refused elsewhere", async () => {
    for (const flavour of ["web", "desktop"] as const) {
      const excel = new ExcelDouble({ flavour });
      excel.addSheet("Ar paroli").protection = { protected: true, options: {}, password: "x" };
      expect(excel.isSetSupported("ExcelApiOnline", "1.1")).toBe(flavour === "web");
      const context = excel.context();
      const p = context.workbook.worksheets.getItem("Ar paroli").protection.load("isPasswordProtected");
      if (flavour === "web") {
        await context.sync();
        expect(p.isPasswordProtected).toBe(true);
      } else await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    }
  });

  test("the office-js #1931 host build loads options with null members, which protect() refuses", async () => {
    const excel = new ExcelDouble({ regressions: ["office-js#1931"] });
    excel.addSheet("Lapa1").protection = { protected: true, options: { allowFormatCells: true } };
    const context = excel.context();
    const protection = context.workbook.worksheets.getItem("Lapa1").protection.load("options");
    await context.sync();
    expect(protection.options).toMatchObject({ allowFormatCells: true, allowSort: null });
    protection.unprotect();
    protection.protect(protection.options);
    await expect(context.sync()).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.sheet("Lapa1").protection.protected).toBe(false);
  });
});

describe("a protected workbook structure (WorkbookProtection, ExcelApi 1.7)", () => {
  test("refuses adding, deleting, renaming and moving sheets; its state is loaded only where ExcelApi 1.7 is", async () => {
    const excel = book("A", "B");
    const context = excel.context();
    const protection = context.workbook.protection;
    protection.protect("parole");
    protection.load("protected");
    await context.sync();
    expect(protection.protected).toBe(true);
    const attempts: ((sheets: Excel.WorksheetCollection) => void)[] = [
      (s) => void s.add("C"),
      (s) => s.getItem("B").delete(),
      (s) => void (s.getItem("B").name = "Bē"),
      (s) => void (s.getItem("B").position = 0),
    ];
    for (const attempt of attempts) {
      attempt(context.workbook.worksheets);
      await expect(context.sync()).rejects.toMatchObject({ code: "AccessDenied" });
    }
    expect(excel.book.sheets.map((s) => s.name)).toEqual(["A", "B"]);
    const old = new ExcelDouble({ apiVersion: "1.6" }).context();
    old.workbook.protection.load("protected");
    await expect(old.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("dates typed or written through values", () => {
  test("become serial numbers with a date format in a General cell; a text cell keeps the text, a formatted cell its format", async () => {
    const excel = book("Lapa1");
    const context = excel.context();
    const ws = context.workbook.worksheets.getItem("Lapa1");
    ws.getRange("B1").numberFormat = [["@"]];
    ws.getRange("C1").numberFormat = [["dd.mm.yyyy"]];
    ws.getRange("A1:C1").values = [["12/31/2025", "12/31/2025", "2025-12-31"]];
    const back = ws.getRange("A1:C1").load("values,numberFormat");
    await context.sync();
    expect(back.values).toEqual([[46022, "12/31/2025", 46022]]);
    expect(back.numberFormat).toEqual([[TYPED_DATE_FORMAT, "@", "dd.mm.yyyy"]]);
    excel.type("Lapa1", "D1", "1/2/2026");
    expect(excel.cell("Lapa1", "D1")).toMatchObject({ value: 46024, numberFormat: TYPED_DATE_FORMAT });
  });
});

describe("Excel on the web (the double's `web` flavour)", () => {
  test("a worksheet's names also list the workbook-level names (documented, office-js #1011), and their scope cannot be trusted (assumed)", async () => {
    for (const flavour of ["desktop", "web"] as const) {
      const excel = new ExcelDouble({ flavour });
      excel.addSheet("A");
      const context = excel.context();
      const ws = context.workbook.worksheets.getItem("A");
      context.workbook.names.add("Kopīgs", ws.getRange("A1"));
      ws.names.add("Savs", ws.getRange("B1"));
      const names = ws.names.load("name,scope");
      await context.sync();
      const listed = names.items.map((n) => [n.name, n.scope]);
      expect(listed).toEqual(
        flavour === "web"
          ? [
              ["Kopīgs", "Worksheet"],
              ["Savs", "Worksheet"],
            ]
          : [["Savs", "Worksheet"]],
      );
    }
  });
});

describe("the active sheet", () => {
  test("panes frozen on an inactive sheet make it active for the API while the user still sees the other; a later activate() is lost (office-js #3148)", async () => {
    const excel = book("Redzamā", "Jaunā");
    const context = excel.context();
    const ws = context.workbook.worksheets.getItem("Jaunā");
    ws.freezePanes.freezeRows(2);
    ws.activate();
    await context.sync();
    expect([excel.book.activeSheet?.name, excel.book.shownSheet?.name]).toEqual(["Jaunā", "Redzamā"]);

    const right = book("Redzamā", "Jaunā");
    const c2 = right.context();
    const ws2 = c2.workbook.worksheets.getItem("Jaunā");
    ws2.activate();
    ws2.freezePanes.freezeRows(2);
    await c2.sync();
    expect([right.book.activeSheet?.name, right.book.shownSheet?.name]).toEqual(["Jaunā", "Jaunā"]);
  });

  test("a table added by an address without a sheet lands on the active sheet, even through another sheet's collection (TableCollection.add)", async () => {
    const excel = book("Aktīvā", "Cita");
    const context = excel.context();
    const other = context.workbook.worksheets.getItem("Cita");
    other.getRange("A1:B2").values = [
      ["Kods", "X"],
      ["1", 2],
    ];
    other.tables.add("A1:B2", true).name = "PaAdresi";
    other.tables.add(other.getRange("D1:E2"), true).name = "PaDiapazonu";
    await context.sync();
    expect(excel.book.tables.map((t) => [t.name, t.sheet.name])).toEqual([
      ["PaAdresi", "Aktīvā"],
      ["PaDiapazonu", "Cita"],
    ]);
  });
});
