import { findTemplate, mergeForms, demoFill } from "../../../src/core";
import { HostProblem } from "../../../src/host/types";
import { CHART_PREFIX, IMPROVEMENT_HEADERS, mergeSheets, RESULT_SHEETS } from "../../../src/plan";
import { DATE_FORMAT } from "../../../src/plan/looks";
import { createOfficeHost, readForms, type ExcelRun } from "../../../src/render/office";
import { PROTECTION } from "../../../src/render/office/sheetSteps";
import { MARK_FILL } from "../../../src/render/office/looks";
import { DoubleError, ExcelDouble, type DoubleContext, type Regression } from "../../doubles/excel";
import { formFromFill } from "../../helpers/forms";

/**
 * The add-in under the rules real Excel enforces and the double plays (see
 * test/doubles/excel/realExcel.test.ts for the rules themselves).
 */

const KULDIGA = "kuldiga-kvalitate-2011";
const SELF = "pasnovertejums-2023";

async function forms(options: { flavour?: "web"; regressions?: readonly Regression[] } = {}) {
  const excel = new ExcelDouble(options);
  const restore = excel.installOffice();
  const host = createOfficeHost({ run: excel.run });
  const a = (await host.insertTemplate({ templateId: KULDIGA, demo: true, periods: 2023, iestade: "Pirmais dienests" })).sheet;
  const b = (await host.insertTemplate({ templateId: KULDIGA, demo: true, periods: 2024, iestade: "Otrais dienests" })).sheet;
  const c = (await host.insertTemplate({ templateId: SELF, demo: true })).sheet;
  return { excel, host, restore, a, b, c };
}

const formSheets = (excel: ExcelDouble, names: string[]) => names.map((n) => excel.sheet(n));

describe("cell-edit mode", () => {
  test("every batch asks Excel to wait while the user types in a cell, and runs when the user leaves it", async () => {
    const { excel, host, restore, a } = await forms();
    try {
      excel.startCellEdit();
      let done = false;
      const validating = host.validate(a).then(() => (done = true));
      await new Promise((r) => setTimeout(r, 10));
      expect(done).toBe(false);
      excel.endCellEdit();
      await validating;
      expect(excel.meter.records.some((r) => r.failed)).toBe(false);
    } finally {
      restore();
    }
  });

  test("an Excel that refuses all the same is explained as cell-edit mode, not as an unknown error", async () => {
    const excel = new ExcelDouble();
    // An older Excel that ignores RunOptions.
    const ignoring: ExcelRun = (_options, batch) => excel.run(batch);
    const host = createOfficeHost({ run: ignoring });
    excel.startCellEdit();
    const failure = await host.insertTemplate({ templateId: KULDIGA, demo: true }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostProblem);
    expect(failure).toMatchObject({ kind: "cellEdit", cause: { code: "InvalidOperationInCellEditMode" } });
    expect(excel.book.sheets).toEqual([]);
  });
});

describe("a form sheet protected with a password", () => {
  test("a results rebuild leaves it untouched and reported, rebuilds the others, and leaves no sheet unprotected", async () => {
    const { excel, host, restore, a, b, c } = await forms();
    try {
      // The user protected b with a password of their own, and b carries a stale chart of ours.
      excel.sheet(b).protection.password = "slepeni";
      excel.sheet(b).charts[0].name = `${CHART_PREFIX}veca`;
      excel.sheet(a).charts[0].name = `${CHART_PREFIX}veca`;
      const untouched = JSON.stringify({ cells: [...excel.sheet(b).cells], charts: excel.sheet(b).charts.map((ch) => ch.name) });

      const report = await host.buildResults({});
      // Desktop cannot say whether a password guards it: Excel's refusal is told with its code.
      expect(report.skipped).toEqual([{ sheet: b, reason: "refused", code: "AccessDenied" }]);
      expect(JSON.stringify({ cells: [...excel.sheet(b).cells], charts: excel.sheet(b).charts.map((ch) => ch.name) })).toBe(untouched);
      expect(excel.sheet(b).protection).toEqual({ protected: true, options: PROTECTION, password: "slepeni" });
      // The others are rebuilt (the stale chart is gone), and protected again as they were.
      expect(excel.sheet(a).charts.map((ch) => ch.name)).not.toContain(`${CHART_PREFIX}veca`);
      for (const s of formSheets(excel, [a, c])) expect(s.protection).toEqual({ protected: true, options: PROTECTION });
      expect(report.sheets).toEqual([RESULT_SHEETS.improvement]);
      expect(excel.book.sheets.filter((s) => !s.protection.protected).map((s) => s.name)).toEqual([RESULT_SHEETS.improvement]);
    } finally {
      restore();
    }
  });

  test("a write that fails after the unprotects leaves every form sheet protected again", async () => {
    const { excel, restore, a, b, c } = await forms();
    try {
      // Excel refuses the first protect() of the rebuild: everything queued before it is applied.
      const failing: ExcelRun = (options, batch) =>
        excel.run(options, (context) => {
          const double = context as unknown as DoubleContext;
          const enqueue = double.enqueue.bind(double);
          let failed = false;
          double.enqueue = (op) =>
            enqueue(
              op.action === "protect" && !failed
                ? {
                    ...op,
                    apply: () => {
                      failed = true;
                      throw new DoubleError("InvalidOperation", "injected");
                    },
                  }
                : op,
            );
          return batch(context);
        });
      await expect(createOfficeHost({ run: failing }).buildResults({})).rejects.toMatchObject({ message: expect.stringMatching(/injected/) });
      for (const s of formSheets(excel, [a, b, c])) expect([s.name, s.protection]).toEqual([s.name, { protected: true, options: PROTECTION }]);
      expect(excel.book.sheets.map((s) => s.name).filter((n) => n.startsWith("KV_"))).toEqual([]);
    } finally {
      restore();
    }
  });
});

describe("a protected workbook structure", () => {
  test("insert, results and a merge's write each stop at their first read, say why, and change nothing", async () => {
    const { excel, host, restore } = await forms();
    try {
      excel.book.protection = { protected: true };
      const before = JSON.stringify(excel.book.sheets.map((s) => [s.name, [...s.cells], s.charts.length, s.protection]));
      const self = findTemplate(SELF)!;
      const merged = mergeSheets(mergeForms([{ file: "a.xlsx", forms: [formFromFill(self, demoFill(self))] }]));
      for (const attempt of [() => host.insertTemplate({ templateId: SELF, demo: true }), () => host.buildResults({}), () => host.writeOwnedSheets(merged)]) {
        excel.meter.reset();
        await expect(attempt()).rejects.toMatchObject({ kind: "workbookProtected" });
        // Only reads were sent: the first read, and for results the forms' contents.
        expect(excel.meter.records.every((r) => !r.failed)).toBe(true);
        expect(excel.meter.syncs).toBeLessThanOrEqual(2);
      }
      expect(JSON.stringify(excel.book.sheets.map((s) => [s.name, [...s.cells], s.charts.length, s.protection]))).toBe(before);
    } finally {
      restore();
    }
  });
});

test("a deadline typed as a date in Pilnveides plāns stays a date through a rebuild", async () => {
  const { excel, host, restore } = await forms();
  try {
    await host.buildResults({});
    const plan = excel.book.tables.find((t) => t.sheet.name === RESULT_SHEETS.improvement)!;
    const col = plan.area.c1 + IMPROVEMENT_HEADERS.indexOf("Termiņš");
    const ref = `${String.fromCharCode(64 + col)}${plan.area.r1 + 1}`;
    excel.type(RESULT_SHEETS.improvement, ref, "12/31/2026");
    const typed = excel.cell(RESULT_SHEETS.improvement, ref)!;
    expect(typed.value).toBe(46387);
    await host.buildResults({});
    expect(excel.cell(RESULT_SHEETS.improvement, ref)).toMatchObject({ value: 46387, numberFormat: DATE_FORMAT });
  } finally {
    restore();
  }
});

test("on Excel on the web a form's own sheet-level name wins over a workbook-level one of the same name listed among the sheet's", async () => {
  for (const flavour of ["desktop", "web"] as const) {
    const excel = new ExcelDouble({ flavour });
    const host = createOfficeHost({ run: excel.run });
    const { sheet } = await host.insertTemplate({ templateId: KULDIGA, demo: true, iestade: "Īstais dienests" });
    // The workbook-level Iestade now points at a note of the user's lower on the same sheet, and
    // the sheet has its own Iestade at B5 (as a second template's sheet would).
    const state = excel.sheet(sheet);
    excel.type(sheet, "D40", "Cits teksts");
    const i = excel.book.names.findIndex((n) => n.name === "Iestade");
    excel.book.names[i] = { ...excel.book.names[i], area: { r1: 40, c1: 4, r2: 40, c2: 4 } };
    excel.book.names.push({ name: "Iestade", sheet: state, area: { r1: 5, c1: 2, r2: 5, c2: 2 }, scopeSheet: state });
    const read = await readForms(excel.context());
    expect([flavour, read.forms[0].meta.iestade?.value]).toEqual([flavour, "Īstais dienests"]);
  }
});

test("an inserted sheet is the one the user sees (activated before its panes are frozen, office-js #3148)", async () => {
  const excel = new ExcelDouble();
  excel.addSheet("Mana lapa");
  const host = createOfficeHost({ run: excel.run });
  const { sheet } = await host.insertTemplate({ templateId: KULDIGA, demo: true });
  expect(excel.book.shownSheet?.name).toBe(sheet);
});

describe("issue 17: protection, passwords and cell edit as Excel reports them", () => {
  test("Pārbaudīt on a form sheet protected again without “Format cells” lists its findings, marks nothing there, and says why", async () => {
    const { excel, host, restore, a, b } = await forms();
    try {
      excel.type(a, "D13", 7);
      excel.type(b, "D13", 7);
      // The user lifted the protection to sort, and put it back with Excel's defaults.
      excel.sheet(a).protection = { protected: true, options: {} };
      excel.meter.reset();
      const report = await host.validate();
      expect(report.findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${a}!D13`, `${b}!D13`]);
      expect(report.unmarked).toEqual([a]);
      expect(excel.meter.records.filter((r) => r.failed)).toEqual([]);
      expect(excel.cell(a, "D13")?.fill).not.toBe(MARK_FILL);
      expect(excel.cell(b, "D13")?.fill).toBe(MARK_FILL);
    } finally {
      restore();
    }
  });

  test("a rebuild on the office-js #1931 build protects the form sheets again with the add-in's own options, not the loaded ones", async () => {
    const excel = new ExcelDouble({ regressions: ["office-js#1931"] });
    const restore = excel.installOffice();
    try {
      const host = createOfficeHost({ run: excel.run });
      const { sheet } = await host.insertTemplate({ templateId: SELF, demo: true });
      const report = await host.buildResults({});
      expect(report.skipped).toEqual([]);
      expect(excel.sheet(sheet).protection).toEqual({ protected: true, options: PROTECTION });
    } finally {
      restore();
    }
  });

  test("when Excel refuses to protect the sheets again after a failed write, the error names the sheets left unprotected", async () => {
    const { excel, restore, a, b, c } = await forms();
    try {
      const refusing: ExcelRun = (options, batch) =>
        excel.run(options, (context) => {
          const double = context as unknown as DoubleContext;
          const enqueue = double.enqueue.bind(double);
          double.enqueue = (op) =>
            enqueue(
              op.action === "protect"
                ? {
                    ...op,
                    apply: () => {
                      throw new DoubleError("AccessDenied", "injected");
                    },
                  }
                : op,
            );
          return batch(context);
        });
      const failure = await createOfficeHost({ run: refusing })
        .buildResults({})
        .catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(HostProblem);
      expect(failure).toMatchObject({ kind: "protectionNotRestored", cause: { sheets: [a, b, c] } });
      expect((failure as Error).message).toContain(b);
    } finally {
      restore();
    }
  });

  test("on the office-js #6784 build a sheet without a password is not called password-protected; on the web a password is known before trying", async () => {
    const { excel, host, restore, a, b, c } = await forms({ flavour: "web", regressions: ["office-js#6784"] });
    try {
      excel.sheet(b).protection.password = "slepeni";
      excel.meter.reset();
      const report = await host.buildResults({});
      expect(report.skipped).toEqual([
        { sheet: b, reason: "sheetPassword" },
        { sheet: a, reason: "refused", code: "AccessDenied" },
        { sheet: c, reason: "refused", code: "AccessDenied" },
      ]);
      // The password sheet was never asked: a and c in one request (a refuses, so c is untried), then c.
      expect(excel.meter.records.map((r) => r.actions.filter((x) => x === "unprotect").length).filter((n) => n > 0)).toEqual([2, 1]);
      for (const s of [a, b, c]) expect(excel.sheet(s).protection.protected).toBe(true);
    } finally {
      restore();
    }
  });

  test("a cell-edit refusal that comes as InvalidOperation is explained as cell edit; another InvalidOperation is not", async () => {
    const excel = new ExcelDouble();
    const refusing =
      (message: string): ExcelRun =>
      () =>
        Promise.reject(new DoubleError("InvalidOperation", message));
    const editing = await createOfficeHost({ run: refusing("The operation isn't available while Excel is in Edit cell mode.") })
      .validate()
      .catch((e: unknown) => e);
    expect(editing).toMatchObject({ kind: "cellEdit", cause: { code: "InvalidOperation" } });
    const other = await createOfficeHost({ run: refusing("The operation is not valid for this chart.") })
      .validate()
      .catch((e: unknown) => e);
    expect(other).not.toBeInstanceOf(HostProblem);
    expect(excel.meter.syncs).toBe(0);
  });
});
