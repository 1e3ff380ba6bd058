import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoFill, dynamicsOf, findTemplate, progressPct, weakPoints, type FilledForm } from "../../src/core";
import { buildSheetPlan, dynamicsSheet, improvementSheet, parseRange, cellRef, RESULT_SHEETS } from "../../src/plan";
import { formsOf, readWorkbook, writeWorkbook } from "../../src/render/xlsx";
import { recalculate, requireSoffice } from "./libreoffice";

/**
 * The results sheets — dynamics between periods and the improvement plan — recalculated by
 * LibreOffice: no formula in error, changes and progress equal to the core's and a hand count.
 */
const soffice = requireSoffice();
const maybe = soffice ? describe : describe.skip;

maybe("dynamics and the improvement plan in a real spreadsheet engine", () => {
  const kuldiga = findTemplate("kuldiga-kvalitate-2011")!;
  const check = findTemplate("gimenes-2015")!;
  const sheets = [
    buildSheetPlan(kuldiga, { fill: demoFill(kuldiga, { periods: 2011 }) }),
    buildSheetPlan(kuldiga, { fill: demoFill(kuldiga, { periods: 2012, variant: 0 }) }),
    buildSheetPlan(check, { fill: demoFill(check, { periods: 2014 }) }),
    buildSheetPlan(check, { fill: demoFill(check, { periods: 2015, variant: 3, iestade: demoFill(check).meta.iestade }) }),
  ].map((s, i) => ({ ...s, name: `${s.name} ${i}` }));
  const forms: FilledForm[] = formsOf(readWorkbook(writeWorkbook(sheets).bytes)).forms;
  const dynamics = dynamicsOf(forms);
  const points = weakPoints(forms[0]).concat(weakPoints(forms[2]));
  const statuses = ["Izpildīts", "Procesā", "Nav attiecināms", "Izpildīts", "Nav uzsākts", "Izpildīts"];
  const entries = Object.fromEntries(points.map((_, i) => [i, { Statuss: statuses[i % statuses.length], Rīcība: `Rīcība ${i + 1}` }]));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kv-results-")), "results.xlsx");
  fs.writeFileSync(file, writeWorkbook([...sheets, dynamicsSheet(dynamics), improvementSheet(points, entries)]).bytes);
  let wb: ReturnType<typeof readWorkbook>;
  beforeAll(() => {
    wb = recalculate(soffice!, [file]).get(file)!;
  });

  test("the workbook holds two services with two periods each, and weak points to plan", () => {
    expect(dynamics.map((d) => [d.template.id, d.periods])).toEqual([
      ["kuldiga-kvalitate-2011", [2011, 2012]],
      ["gimenes-2015", [2014, 2015]],
    ]);
    expect(points.length).toBeGreaterThan(3);
  });

  test("no formula cell of any sheet is in error", () => {
    const errors = wb.sheets.flatMap((s) => [...s.cells].filter(([, c]) => c.formula && c.error).map(([r, c]) => `${s.name}!${r} ${c.error} ${c.formula}`));
    expect(errors).toEqual([]);
  });

  test("each change equals the core's", () => {
    const sheet = wb.sheets.find((s) => s.name === RESULT_SHEETS.dynamics)!;
    // Each service's block is a table (header row on top), in the order of `dynamics`.
    dynamics.forEach((d, n) => {
      const top = parseRange(sheet.tables[n].ref).r1;
      const changeCol = 2 + d.periods.length + 1;
      d.rows.forEach((r, i) => {
        const v = sheet.cells.get(cellRef(top + 1 + i, changeCol))?.value;
        if (r.change === undefined) expect(v ?? "").toBe("");
        else expect(v).toBeCloseTo(r.change, 9);
      });
    });
  });

  test("the improvement plan's progress equals a hand count", () => {
    const sheet = wb.sheets.find((s) => s.name === RESULT_SHEETS.improvement)!;
    const table = sheet.tables[0];
    const { r2 } = parseRange(table.ref);
    const given = points.map((_, i) => statuses[i % statuses.length]);
    const done = given.filter((s) => s === "Izpildīts").length;
    const na = given.filter((s) => s === "Nav attiecināms").length;
    const areas = [...new Set(points.map((p) => p.criterion))];
    const totalRow = 4 + areas.length;
    expect(sheet.cells.get(cellRef(totalRow, 14))?.value).toBeCloseTo(progressPct(done, given.length, na)!, 9);
    areas.forEach((a, i) => {
      const mine = points.map((p, j) => (p.criterion === a ? given[j] : undefined)).filter((s): s is string => !!s);
      const expected = progressPct(mine.filter((s) => s === "Izpildīts").length, mine.length, mine.filter((s) => s === "Nav attiecināms").length);
      const v = sheet.cells.get(cellRef(4 + i, 14))?.value;
      if (expected === undefined) expect(v ?? "").toBe("");
      else expect(v).toBeCloseTo(expected, 9);
    });
    expect(r2).toBe(3 + points.length);
  });
});
