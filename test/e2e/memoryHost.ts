import { demoFill, findTemplate, validateForm, type Finding, type RawValue } from "../../src/core";
import { buildSheetPlan, cellRef, parseRange, uniqueSheetName, type SheetPlan } from "../../src/plan";
import { formsOf, readWorkbook, writeWorkbook, type CellData, type SheetData } from "../../src/render/xlsx";
import type { HostAdapter, InsertRequest, InsertResult, ValidationReport } from "../../src/host/types";

/**
 * Interim host for the browser suite until the Office host runs over the Excel API double: a
 * workbook kept in memory as the real plans, written to .xlsx and read back through the contract on
 * every check, so the pane is driven by the real core (buildSheetPlan, formsOf, validateForm).
 * Cell edits stand for what a user types into the sheet after inserting.
 */
export class MemoryHost implements HostAdapter {
  private readonly sheets: { name: string; plan: SheetPlan }[] = [];
  private readonly edits = new Map<string, Map<string, RawValue>>();

  constructor(private readonly language: string) {}

  displayLanguage(): string {
    return this.language;
  }

  async insertTemplate(request: InsertRequest): Promise<InsertResult> {
    const template = findTemplate(request.templateId);
    if (!template) throw new Error(`Unknown template id ${request.templateId}`);
    const fill = request.demo
      ? demoFill(template, { periods: request.periods, iestade: request.iestade, vertetajs: request.vertetajs })
      : undefined;
    const plan = buildSheetPlan(template, { fill });
    const name = uniqueSheetName(plan.name, this.sheets.map((s) => s.name));
    this.sheets.push({ name, plan: { ...plan, name } });
    // A blank form still gets the metadata the user typed into the pane.
    const meta: [string, RawValue | undefined][] = [
      [plan.metaRefs.Iestade, request.iestade],
      [plan.metaRefs.Periods, request.periods],
      [plan.metaRefs.Vertetajs, request.vertetajs],
    ];
    for (const [ref, value] of meta) if (value !== undefined) this.setCell(name, ref, value);
    return { sheet: name, syncs: 1 };
  }

  async validate(sheet?: string): Promise<ValidationReport> {
    const written = writeWorkbook(this.sheets.map((s) => s.plan));
    const read = readWorkbook(written.bytes);
    const edited = { ...read, sheets: read.sheets.map((s) => this.withEdits(s)) };
    const forms = formsOf(edited).forms.filter((f) => sheet === undefined || f.sheet === sheet);
    const findings: Finding[] = forms.flatMap(validateForm);
    return { sheets: forms.map((f) => f.sheet), findings, syncs: 1 };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (!this.sheets.some((s) => s.name === sheet)) throw new Error(`ItemNotFound: sheet ${sheet}`);
    void cell;
  }

  /** What a user types into a cell. */
  setCell(sheet: string, ref: string, value: RawValue): void {
    const cells = this.edits.get(sheet) ?? new Map<string, RawValue>();
    cells.set(ref, value);
    this.edits.set(sheet, cells);
  }

  /** The first rating cell of a template sheet: where the suite types its mistake. */
  firstRatingCell(sheet: string): string {
    const found = this.sheets.find((s) => s.name === sheet);
    if (!found) throw new Error(`No sheet ${sheet}`);
    const { table, inputHeaders } = found.plan;
    const { r1, c1 } = parseRange(table.ref);
    return cellRef(r1 + 1, c1 + table.headers.indexOf(inputHeaders.value));
  }

  private withEdits(sheet: SheetData): SheetData {
    const edits = this.edits.get(sheet.name);
    if (!edits) return sheet;
    const cells = new Map<string, CellData>(sheet.cells);
    for (const [ref, value] of edits) cells.set(ref, { value });
    return { ...sheet, cells };
  }
}
