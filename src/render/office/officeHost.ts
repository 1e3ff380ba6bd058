import type { BatchRun, ExcelRun } from "./batch";
import { findTemplate, validateForm } from "../../core";
import { planFor } from "../../plan/newSheet";
import {
  HostProblem,
  type HostAdapter,
  type InsertRequest,
  type InsertResult,
  type ResultsHost,
  type ResultsReport,
  type ResultsRequest,
  type ValidationReport,
  type WriteOwnedReport,
} from "../../host/types";
import type { WorkbookSheet } from "../../plan/types";
import { insertSheet } from "./insertSheet";
import { writeOwnedSheets } from "./ownedSheets";
import { buildResults } from "./results";
import { markSteps, unformattable } from "./marks";
import { readForms, type FormLocation } from "./readForms";
import { runInBatches } from "./writeSteps";
import type { SelfCheckHost } from "../../host/selfCheck";
import { selfCheckMethods } from "./selfCheck";

// Kept apart (batch.ts) so the self-check, which officeHost builds on, does not import officeHost back.
export type { BatchRun, ExcelRun } from "./batch";

/**
 * Every batch waits while the user is typing in a cell instead of failing with
 * InvalidOperationInCellEditMode (Excel.RunOptions.delayForCellEdit). The reference names no
 * requirement set for it; office.js comes from Microsoft's CDN, so `Excel.run(options, batch)`
 * exists in every Excel, and one that does not know the option ignores it and fails as before —
 * which `asProblem` then explains.
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/**
 * Office's refusals the pane can explain; anything else is passed on as it is. A cell-edit refusal
 * comes as InvalidOperationInCellEditMode (Excel.ErrorCodes), or as plain InvalidOperation with
 * the same words (the how-to page on cell edit mode): InvalidOperation alone is too broad to call
 * cell edit, so its message must say "edit mode" — where a localized Excel says it in other words,
 * the pane falls back to its general failure text with Excel's message in the details.
 */
export function asProblem(e: unknown): unknown {
  const { code, message } = (e ?? {}) as { code?: unknown; message?: unknown };
  const editing =
    code === "InvalidOperationInCellEditMode" || (code === "InvalidOperation" && /edit(ing)?\s+(cell\s+)?mode|cell\s+edit/i.test(String(message ?? "")));
  if (editing) return new HostProblem("cellEdit", "Excel is in cell edit mode", e);
  return e;
}

export interface OfficeHostOptions {
  readonly run?: ExcelRun;
  /** Office's display language ("lv-LV"); defaults to `Office.context.displayLanguage`. */
  readonly displayLanguage?: () => string;
}

/**
 * The HostAdapter the task pane and the ribbon commands use in Excel. It remembers where the forms
 * are (from its inserts and reads), so that validating takes two syncs: one to read, checking on
 * the way that no form was added or moved, and one to mark. Results and owned sheets are written
 * through src/render/office/results.ts and ownedSheets.ts.
 */
export function createOfficeHost(options: OfficeHostOptions = {}): HostAdapter & ResultsHost & SelfCheckHost {
  const excelRun: ExcelRun = options.run ?? ((runOptions, batch) => Excel.run(runOptions, batch));
  const run: BatchRun = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    try {
      return await excelRun(RUN_OPTIONS, batch);
    } catch (e) {
      throw asProblem(e);
    }
  };
  let known: FormLocation[] = [];
  const remember = (found: readonly FormLocation[], sheet?: string) => {
    known = sheet === undefined ? [...found] : [...known.filter((l) => l.sheet !== sheet), ...found];
  };

  return {
    ...selfCheckMethods(run),

    displayLanguage() {
      const tag = options.displayLanguage?.() ?? (typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined) ?? "lv-LV";
      return tag.split("-")[0].toLowerCase();
    },

    async insertTemplate(request: InsertRequest): Promise<InsertResult> {
      const template = findTemplate(request.templateId);
      if (!template) throw new Error(`Unknown template: ${request.templateId}`);
      const plan = planFor(template, request);
      const inserted = await run((context) => insertSheet(context, plan));
      remember([...known, { sheet: inserted.sheet, table: inserted.tables[0] }]);
      return { sheet: inserted.sheet, syncs: inserted.syncs };
    },

    async validate(sheet?: string): Promise<ValidationReport> {
      return run(async (context) => {
        const read = await readForms(context, { sheet, known, details: "protection" });
        remember(read.locations, sheet);
        const findings = read.forms.flatMap(validateForm);
        const refused = unformattable(read.details);
        const marks = await runInBatches(context, markSteps(context.workbook, read.forms, findings, refused));
        const unmarked = read.forms.map((f) => f.sheet).filter((s) => refused.has(s));
        return { sheets: read.forms.map((f) => f.sheet), findings, syncs: read.syncs + marks, ...(unmarked.length ? { unmarked } : {}) };
      });
    },

    async buildResults(request: ResultsRequest): Promise<ResultsReport> {
      const { locations, ...report } = await run((context) => buildResults(context, request, known));
      remember(locations);
      return report;
    },

    async writeOwnedSheets(sheets: readonly WorkbookSheet[]): Promise<WriteOwnedReport> {
      const written = await run((context) => writeOwnedSheets(context, sheets));
      return { sheets: written.sheets, syncs: written.syncs, maxPayloadBytes: written.maxPayloadBytes };
    },

    async selectCell(sheet: string, cell: string): Promise<void> {
      await run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },
  };
}
