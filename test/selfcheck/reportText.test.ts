import { readReturned } from "../../src/render/xlsx";
import { createOfficeHost } from "../../src/render/office";
import { checkPlans } from "../../src/render/office/selfCheck";
import { makeI18n } from "../../src/taskpane/i18n";
import { reportLines, versionRuns } from "../../src/taskpane/selfcheck/reportText";
import { demoReturnBytes } from "../../src/taskpane/trainer/demoReturns";
import { ExcelDouble } from "../doubles/excel";

/** The report a tester copies: plain lines a person reads in any mail program, in both languages. */

const returns = async () => (await demoReturnBytes()).map((f) => readReturned(f.name, f.bytes));

async function reportWithOneWrongFigure() {
  const excel = new ExcelDouble({ calculate: true });
  const restore = excel.installOffice();
  try {
    excel.addSheet("Lapa1");
    const cell = checkPlans()[0].results[0].ref;
    excel.miscalculate = (sheet, ref, value) => (sheet === "KV_pārbaude_1" && ref === cell ? 99.5 : value);
    return { report: await createOfficeHost({ run: excel.run }).selfCheck({ returns }), cell };
  } finally {
    restore();
  }
}

test("the Latvian report: a heading, where it ran, then a line per step and one per difference", async () => {
  const { report, cell } = await reportWithOneWrongFigure();
  const lines = reportLines(report, makeI18n("lv"));
  expect(lines.slice(0, 3)).toEqual(["Kvalitāte — pašpārbaudes pārskats", `Sākta: ${report.startedAt}`, "Rezultāts: NEIZDEVĀS (izdevušies soļi: 5 no 6)"]);
  expect(lines[3]).toBe("Excel: Excel; platforma: ExcelApiTestDouble; versija: test double, ExcelApi 1.17; valoda: lv-LV");
  expect(lines[4]).toBe("Aprēķina režīms: Automatic");
  expect(lines[5]).toBe("ExcelApi atbalstīts: 1.1–1.17; nav: 1.18–1.20");
  expect(lines.slice(6, 8)).toEqual(["", "Soļi:"]);
  const steps = lines.filter((l) => /^\d\. /.test(l));
  expect(steps).toHaveLength(6);
  for (const s of steps) expect(s).toMatch(/^\d\. [✓✗] .+ — (izdevās|neizdevās); (.+; )?sinhronizācijas: \d+; \d+ ms$/);
  expect(steps[0]).toMatch(/^1\. ✓ Veidņu ievietošana — izdevās; lapas: 8; sinhronizācijas: 19; \d+ ms$/);
  expect(steps[1]).toMatch(/^2\. ✗ Excel aprēķins pret pievienojumprogrammas aprēķinu — neizdevās; lapas: 8, šūnas: \d+; sinhronizācijas: 5; \d+ ms$/);
  const difference = lines[lines.indexOf(steps[1]) + 1];
  expect(difference).toMatch(new RegExp(`^   • KV_pārbaude_1!${cell} \\(uzraudziba-2016 nonCompliancePct \\S+\\): ir 99,5, jābūt [\\d,]+$`));
  // Plain text: no markup, no tabs, nothing a mail program would mangle.
  for (const l of lines) expect(l).not.toMatch(/[<>\t]|\*\*/);
});

test("the English report says the same in English", async () => {
  const { report } = await reportWithOneWrongFigure();
  const lines = reportLines(report, makeI18n("en"));
  expect(lines[0]).toBe("Kvalitāte — self-check report");
  expect(lines[2]).toBe("Result: FAILED (5 of 6 steps passed)");
  expect(lines).toContainEqual(
    expect.stringMatching(/^6\. ✓ Deleting the temporary sheets, restoring the workbook — passed; sheets: \d+, names: 4; syncs: 4, \d+ ms$/),
  );
  expect(lines).toContainEqual(expect.stringMatching(/: is 99\.5, should be [\d.]+$/));
});

test("requirement sets read as runs", () => {
  expect(versionRuns(["1.1", "1.2", "1.3", "1.5", "1.7", "1.8"])).toBe("1.1–1.3, 1.5, 1.7–1.8");
  expect(versionRuns([])).toBe("");
});
