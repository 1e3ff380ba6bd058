import type { WorkbookSheet } from "../../plan/types";
import { HostProblem } from "../../host/types";
import { uniqueName, uniqueSheetName } from "../../plan/sheetNames";
import { excelApiSupported } from "./requirements";
import { sheetSteps } from "./sheetSteps";
import { runInBatches, step } from "./writeSteps";

export interface InsertedSheet {
  /** The sheet's name: the plan's, or with " (2)", " (3)"… when the workbook had it already. */
  readonly sheet: string;
  /** The tables' names, made workbook-unique. */
  readonly tables: readonly string[];
  /** `context.sync()` calls made: one read, then one per ≤ 4 MB of writes (one for any template). */
  readonly syncs: number;
}

/**
 * Adds a worksheet and renders the plan onto it. One sync reads the names already taken (sheets,
 * tables, defined names) and whether the workbook's structure is protected; every write is then queued and sent in as few requests as the 5 MB
 * request limit allows — a single one for every template of the catalog.
 */
export async function insertSheet(context: Excel.RequestContext, plan: WorkbookSheet): Promise<InsertedSheet> {
  const { workbook } = context;
  const sheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name");
  const names = workbook.names.load("items/name");
  const structure = workbook.protection.load("protected");
  await context.sync();
  refuseProtectedStructure(structure.protected);

  const sheetName = uniqueSheetName(
    plan.name,
    sheets.items.map((s) => s.name),
  );
  // Table names share one namespace with defined names.
  const taken = [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)];
  const tableNames = (plan.tables ?? []).map((t) => {
    const name = uniqueName(t.name, taken);
    taken.push(name);
    return name;
  });

  let sheet: Excel.Worksheet | undefined;
  const added = () => {
    if (!sheet) throw new Error("the worksheet is used before it is added");
    return sheet;
  };
  const steps = [
    step(() => void (sheet = workbook.worksheets.add(sheetName)), sheetName),
    ...sheetSteps(plan, { workbook, sheet: added, tableNames, workbookNames: new Set(names.items.map((n) => n.name.toLowerCase())) }),
  ];
  const writes = await runInBatches(context, steps, () => suspendCalculation(context));
  return { sheet: sheetName, tables: tableNames, syncs: 1 + writes };
}

/**
 * A workbook whose structure is protected ("Protect Workbook") refuses new, deleted and renamed
 * sheets; found in the first read, so the user is told before anything is changed.
 */
export function refuseProtectedStructure(structureProtected: boolean | undefined): void {
  if (structureProtected) throw new HostProblem("workbookProtected", "The workbook's structure is protected: sheets cannot be added, replaced or renamed");
}

/** Excel would recalculate after every queued write; once, at the end of the request, is enough. */
export function suspendCalculation(context: Excel.RequestContext): void {
  if (excelApiSupported("1.6")) context.application.suspendApiCalculationUntilNextSync();
}
