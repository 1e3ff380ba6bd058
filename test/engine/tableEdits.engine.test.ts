import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { allGroups, itemCodes, demoFill, findTemplate, scoreForm, type FilledForm, type Template } from "../../src/core";
import { buildSheetPlan, cellRef, parseRange, rangeRef, type SheetPlan } from "../../src/plan";
import * as F from "../../src/plan/formulas";
import { formsOf, readWorkbook, writeWorkbook, type SheetData } from "../../src/render/xlsx";
import { formulaErrors, resultMismatches } from "../helpers/figures";
import { requireSoffice } from "./libreoffice";
import { editTable, macroProfile, type TableEdit } from "./tableEdits";

/**
 * What Excel lets a person do to a template's table, done for real by LibreOffice on a filled form:
 * sort the rows by `Vērtējums`, insert a row inside the table, delete one, move the table down.
 * After each, every recalculated result cell equals the core's figure for the edited file (what
 * `kvalitate score` prints for it), which — but for the deleted item — is the original form's. A control cell holding the old kind of
 * formula — a group's figure over its rows by position — proves that the sort really moved rows
 * under the figures: it must no longer agree.
 */
const soffice = requireSoffice();
const maybe = soffice ? describe : describe.skip;

const TEMPLATES = ["pasnovertejums-2023", "uzraudziba-2016", "kuldiga-ricibas-plans-2012", "gimenes-parbaudes-2015"];
const MOVE_BY = 5;

/** The first group's figure over the sheet rows its items were written to (the old, positional formula). */
function positionalControl(template: Template, plan: SheetPlan): { ref: string; formula: string; group: string } | undefined {
  if (template.scale.kind === "count") return undefined;
  const { r1, c1, c2 } = parseRange(plan.table.ref);
  const first = allGroups(template)[0].group;
  const codes = itemCodes(first);
  const valueCol = c1 + plan.table.headers.indexOf(plan.inputHeaders.value);
  const rows = { values: rangeRef(r1 + 1, valueCol, r1 + codes.length, valueCol, true) };
  const scale = template.scale;
  const formula =
    scale.kind === "numeric" ? F.average(rows, scale) : scale.kind === "compliance" ? F.nonCompliancePct(rows, scale) : F.progressPct(rows, scale);
  // Below everything the plan writes, right of the table.
  // (The print area reaches the last row the charts are given.)
  const lastRow = Math.max(...plan.results.map((r) => parseRange(r.ref).r2), parseRange(plan.printArea).r2);
  return { ref: cellRef(lastRow + 3, c2 + 2), formula, group: first.code };
}

function coreFigure(form: FilledForm, group: string): number | undefined {
  const g = scoreForm(form).groups.find((x) => x.code === group)!;
  return g.average ?? g.nonCompliancePct ?? g.progressPct;
}

const codesOf = (sheet: SheetData, ref: string) => {
  const { r1, r2, c1 } = parseRange(ref);
  return Array.from({ length: r2 - r1 }, (_, i) => sheet.cells.get(cellRef(r1 + 1 + i, c1))?.value ?? null);
};

maybe("the sheet's figures survive what a person does to the table (LibreOffice)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-table-edits-"));
  let profile: ReturnType<typeof macroProfile>;
  beforeAll(() => {
    profile = macroProfile(soffice!);
  });
  afterAll(() => {
    profile?.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe.each(TEMPLATES)("%s", (id) => {
    const template = findTemplate(id)!;
    const base = buildSheetPlan(template, { fill: demoFill(template) });
    const control = positionalControl(template, base);
    const plan: SheetPlan = control ? { ...base, blocks: [...base.blocks, { ref: control.ref, rows: [[{ formula: control.formula }]] }] } : base;
    const original = path.join(dir, `${id}.xlsx`);
    fs.writeFileSync(original, writeWorkbook([plan]).bytes);
    const form = formsOf(readWorkbook(fs.readFileSync(original))).forms[0];
    const { r1, r2, c1 } = parseRange(plan.table.ref);
    const valueIndex = plan.table.headers.indexOf(plan.inputHeaders.value);
    const insertAt = r1 + Math.floor((r2 - r1) / 2); // a sheet row in the middle of the table's body

    const edits: [string, TableEdit][] = [
      ["sorted by Vērtējums", { op: "sort", column: valueIndex }],
      ["with a row inserted inside the table", { op: "insert", row: insertAt - 1 }],
      ["with a row of the table deleted", { op: "delete", row: insertAt - 1 }],
      [`with the table moved ${MOVE_BY} rows down`, { op: "move", rows: MOVE_BY }],
    ];
    test.each(edits)("%s: every result cell equals the core's figure", (_name, edit) => {
      const out = path.join(dir, `${id}-${edit.op}.xlsx`);
      editTable(soffice!, profile.dir, original, out, plan.table.ref, edit);
      const edited = readWorkbook(fs.readFileSync(out));
      const sheet = edited.sheets[0];

      // The edit happened as meant.
      const table = sheet.tables[0];
      const before = codesOf(readWorkbook(fs.readFileSync(original)).sheets[0], plan.table.ref);
      const after = codesOf(sheet, table.ref);
      if (edit.op === "sort") {
        expect(table.ref).toBe(plan.table.ref);
        expect(after).not.toEqual(before);
        expect([...after].sort()).toEqual([...before].sort());
      } else if (edit.op === "insert") {
        expect(parseRange(table.ref)).toMatchObject({ r1, c1, r2: r2 + 1 });
        expect(after).toEqual([...before.slice(0, insertAt - r1 - 1), null, ...before.slice(insertAt - r1 - 1)]);
      } else if (edit.op === "delete") {
        expect(parseRange(table.ref)).toMatchObject({ r1, c1, r2: r2 - 1 });
        expect(after).toEqual([...before.slice(0, insertAt - r1 - 1), ...before.slice(insertAt - r1)]);
      } else {
        expect(parseRange(table.ref)).toMatchObject({ r1: r1 + MOVE_BY, r2: r2 + MOVE_BY });
        expect(after).toEqual(before);
      }

      expect(formulaErrors(sheet.cells)).toEqual([]);
      const reread = formsOf(edited).forms[0];
      expect(reread.template.id).toBe(id);
      expect(resultMismatches(plan.results, sheet.cells, reread)).toEqual([]);
      // Only a deleted row changes what the form says; the other edits leave its figures as they were.
      if (edit.op === "delete") expect(reread.rows.length).toBe(form.rows.length - 1);
      else expect(scoreForm(reread)).toEqual(scoreForm(form));

      if (control && edit.op === "sort") {
        const v = sheet.cells.get(control.ref)?.value;
        expect(typeof v).toBe("number");
        expect(Math.abs((v as number) - coreFigure(form, control.group)!)).toBeGreaterThan(1e-6);
      }
    });
  });
});
