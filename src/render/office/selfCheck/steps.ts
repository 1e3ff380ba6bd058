import { demoFill, dynamicsOf, findTemplate, mergeForms, templates, validateForm, weakPoints, type FilledForm, type ReturnedFile } from "../../../core";
import { buildSheetPlan, cellRef, mergeSheets, parseRange, CHART_PREFIX, type SheetPlan } from "../../../plan";
import { PAGE_SETUP } from "../../../plan/looks";
import { figureMismatches, measureLabel } from "../../../plan/figures";
import { sayFinding } from "../../../wording";
import { firstRatingCell, planFor } from "../../../plan/newSheet";
import type { SelfCheckProblem, SelfCheckStep } from "../../../host/selfCheck";
import { insertSheet } from "../insertSheet";
import { MARK_FILL } from "../looks";
import { markSteps } from "../marks";
import { writeOwnedSheets } from "../ownedSheets";
import { readForms, localAddress, type FormLocation } from "../readForms";
import { excelApiSupported } from "../requirements";
import { buildResults } from "../results";
import { runInBatches } from "../writeSteps";

/**
 * The self-check's steps, each one batch against the workbook, over the check's own sheets only.
 * Each returns what it checked and what was not as it should be; an exception is the runner's to
 * report. What the steps share (the sheets placed, the forms read) is kept in `Bench`.
 */

export interface StepOutcome {
  readonly counts: SelfCheckStep["counts"];
  readonly problems: SelfCheckProblem[];
}

export interface Placed {
  readonly name: string;
  readonly plan: SheetPlan;
}

/** What the steps hand on to each other. */
export interface Bench {
  /** Throwaway names still free, taken in order by the steps that add sheets. */
  readonly names: string[];
  readonly placed: Placed[];
  forms: FilledForm[];
  locations: FormLocation[];
  /** Whether Excel calculates by itself; if not, the check asks it to, on its own sheets only. */
  manualCalculation: boolean;
}

/** The template whose first rating gets a value off its scale, and that value. */
export const PLANTED = { templateId: "pasnovertejums-2023", value: 7 } as const;
/** A second period of one service, so that the results have dynamics to show. */
const SECOND_PERIOD = { templateId: "kuldiga-kvalitate-2011", periods: 2012, variant: 1 } as const;

/** Every template with demonstration data, as the pane inserts it, plus one second period. */
export function checkPlans(): SheetPlan[] {
  const plans = templates.map((t) => planFor(t, { demo: true }));
  const twice = findTemplate(SECOND_PERIOD.templateId);
  if (twice) {
    const iestade = demoFill(twice).meta.iestade;
    plans.push(buildSheetPlan(twice, { fill: demoFill(twice, { variant: SECOND_PERIOD.variant, periods: SECOND_PERIOD.periods, iestade: String(iestade) }) }));
  }
  return plans;
}

const take = (bench: Bench, count: number) => {
  if (bench.names.length < count) throw new Error("the self-check ran out of throwaway sheet names");
  return bench.names.splice(0, count);
};

export async function insertStep(context: Excel.RequestContext, bench: Bench): Promise<StepOutcome> {
  const problems: SelfCheckProblem[] = [];
  for (const plan of checkPlans()) {
    const [name] = take(bench, 1);
    const inserted = await insertSheet(context, { ...plan, name });
    if (inserted.sheet !== name)
      problems.push({ kind: "differs", where: inserted.sheet, what: `${plan.templateId} sheet name`, got: inserted.sheet, expected: name });
    bench.placed.push({ name: inserted.sheet, plan });
  }
  problems.push(
    ...(await pageFitProblems(
      context,
      bench.placed.map((p) => p.name),
    )),
  );
  return { counts: { sheets: bench.placed.length }, problems };
}

/**
 * Fit to one page wide is set without an error and may still not be applied (office-js #1860): the
 * zoom is read back from every sheet, in one sync, and a sheet that does not fit is reported.
 */
async function pageFitProblems(context: Excel.RequestContext, sheets: readonly string[]): Promise<SelfCheckProblem[]> {
  const problems: SelfCheckProblem[] = [];
  const expected = { horizontalFitToPages: PAGE_SETUP.fitToWidth, ...(PAGE_SETUP.fitToHeight ? { verticalFitToPages: PAGE_SETUP.fitToHeight } : {}) };
  // Page layout came with ExcelApi 1.9; below it nothing was set, so there is nothing to read back.
  if (excelApiSupported("1.9") && sheets.length > 0) {
    const layouts = sheets.map((s) => context.workbook.worksheets.getItem(s).pageLayout.load("zoom"));
    await context.sync();
    sheets.forEach((s, i) => {
      const zoom = layouts[i].zoom;
      const fits = zoom.horizontalFitToPages === PAGE_SETUP.fitToWidth && (!PAGE_SETUP.fitToHeight || zoom.verticalFitToPages === PAGE_SETUP.fitToHeight);
      if (!fits) problems.push({ kind: "differs", where: s, what: "page setup: fit to page", got: JSON.stringify(zoom), expected: JSON.stringify(expected) });
    });
  }
  return problems;
}

/** How long the check waits for Excel to finish calculating before it compares figures. */
export const CALCULATION_TIMEOUT_MS = 10_000;
const CALCULATION_POLL_MS = 100;

/**
 * Excel on the web and on the Mac may still be calculating right after a write (office-js #2883,
 * #4760), and values read then are stale: the check waits until `calculationState` is Done, asking
 * every 100 ms, for at most `timeoutMs`. The syncs grow with Excel's time, not with the template.
 * Returns false when it timed out; below ExcelApi 1.9 there is no state to ask, and it returns true.
 */
export async function calculationDone(
  context: Excel.RequestContext,
  timeoutMs = CALCULATION_TIMEOUT_MS,
  now: () => number = () => Date.now(),
): Promise<boolean> {
  const until = now() + timeoutMs;
  for (;;) {
    let state = "Done";
    if (excelApiSupported("1.9")) {
      const application = context.application.load("calculationState");
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      state = application.calculationState;
    }
    if (state === "Done") return true;
    if (now() >= until) return false;
    await new Promise((resolve) => setTimeout(resolve, CALCULATION_POLL_MS));
  }
}

const ERROR_VALUE =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|GETTING_DATA|PYTHON!|TIMEOUT!|EXTERNAL!)/;

/** Values of a used range, by A1 reference. */
function valuesAt(range: Excel.Range): (ref: string) => unknown {
  const { r1, c1 } = parseRange(localAddress(range.address));
  const values = range.values as unknown[][];
  return (ref) => {
    const { r1: r, c1: c } = parseRange(ref);
    return values[r - r1]?.[c - c1];
  };
}

/** Every cell of a used range whose value is one of Excel's errors. */
function errorCells(sheet: string, range: Excel.Range): SelfCheckProblem[] {
  const { r1, c1 } = parseRange(localAddress(range.address));
  return (range.values as unknown[][]).flatMap((row, i) =>
    row.flatMap((v, j) =>
      typeof v === "string" && ERROR_VALUE.test(v)
        ? [{ kind: "differs" as const, where: `${sheet}!${cellRef(r1 + i, c1 + j)}`, what: "formula", got: v, expected: "a value" }]
        : [],
    ),
  );
}

function usedRanges(context: Excel.RequestContext, sheets: readonly string[]): Excel.Range[] {
  return sheets.map((s) => context.workbook.worksheets.getItem(s).getUsedRange().load("address,values"));
}

/** Excel's own calculation in every result cell, against the core's figure for the form as read back. */
export async function calculationStep(context: Excel.RequestContext, bench: Bench): Promise<StepOutcome> {
  const sheets = bench.placed.map((p) => p.name);
  const read = await readForms(context, { sheets });
  bench.forms = read.forms;
  bench.locations = read.locations;
  // Range.calculate came with ExcelApi 1.6; without it a manual-mode workbook is compared as it is.
  if (bench.manualCalculation && excelApiSupported("1.6")) for (const s of sheets) context.workbook.worksheets.getItem(s).getUsedRange().calculate();
  const problems: SelfCheckProblem[] = [];
  if (!(await calculationDone(context)))
    problems.push({
      kind: "differs",
      where: "workbook",
      what: "calculation state",
      got: `not Done after ${CALCULATION_TIMEOUT_MS / 1000} s`,
      expected: "Done",
    });
  const ranges = usedRanges(context, sheets);
  await context.sync();

  let cells = 0;
  bench.placed.forEach((p, i) => {
    const form = read.forms.find((f) => f.sheet === p.name);
    if (!form) return void problems.push({ kind: "differs", where: p.name, what: `${p.plan.templateId} form`, got: "not read", expected: "read" });
    cells += p.plan.results.length;
    for (const m of figureMismatches(p.plan.results, valuesAt(ranges[i]), form))
      problems.push({
        kind: "differs",
        where: `${p.name}!${m.ref}`,
        what: `${p.plan.templateId} ${measureLabel(m.what)}`,
        got: String(m.engine),
        expected: m.core === undefined ? "" : String(m.core),
      });
    problems.push(...errorCells(p.name, ranges[i]));
  });
  return { counts: { sheets: read.forms.length, cells }, problems };
}

/** A value off the scale, typed into one rating: validation must find it at its cell and mark it. */
export async function validationStep(context: Excel.RequestContext, bench: Bench): Promise<StepOutcome> {
  const target = bench.placed.find((p) => p.plan.templateId === PLANTED.templateId);
  if (!target) throw new Error(`the self-check has no ${PLANTED.templateId} sheet to plant an error in`);
  const cell = firstRatingCell(target.plan);
  const ws = context.workbook.worksheets.getItem(target.name);
  ws.getRange(cell).values = [[PLANTED.value]];
  await context.sync();

  const read = await readForms(context, { sheets: bench.placed.map((p) => p.name), known: bench.locations });
  bench.forms = read.forms;
  const findings = read.forms.flatMap(validateForm);
  await runInBatches(context, markSteps(context.workbook, read.forms, findings));
  const fill = ws.getRange(cell).format.fill.load("color");
  await context.sync();

  const where = `${target.name}!${cell}`;
  const problems: SelfCheckProblem[] = [];
  const planted = findings.find((f) => f.sheet === target.name && f.cell === cell && f.severity === "error");
  if (!planted) problems.push({ kind: "differs", where, what: `finding for ${PLANTED.value}`, got: "none", expected: "an error at this cell" });
  if (String(fill.color).toUpperCase() !== MARK_FILL.toUpperCase())
    problems.push({ kind: "differs", where, what: "mark fill", got: String(fill.color), expected: MARK_FILL });
  // The demonstration data is valid: any other mistake found is the check's to report.
  for (const f of findings.filter((f) => f.severity === "error" && f !== planted))
    problems.push({ kind: "differs", where: `${f.sheet}!${f.cell}`, what: `finding ${f.rule}`, got: sayFinding(f.reason, "en"), expected: "no error" });
  return { counts: { sheets: read.forms.length, findings: findings.length }, problems };
}

/** Results and charts over the check's sheets only, written under throwaway names. */
export async function resultsStep(context: Excel.RequestContext, bench: Bench): Promise<StepOutcome> {
  const [dynamics, improvement] = take(bench, 2);
  const sheets = bench.placed.map((p) => p.name);
  const report = await buildResults(context, { scope: { sheets, dynamics, improvement } }, bench.locations);

  const problems: SelfCheckProblem[] = [];
  const expectedSheets = dynamicsOf(bench.forms).length ? [dynamics, improvement] : [improvement];
  if (report.sheets.join("|") !== expectedSheets.join("|"))
    problems.push({ kind: "differs", where: "results", what: "sheets written", got: report.sheets.join(", "), expected: expectedSheets.join(", ") });
  const points = bench.forms.reduce((n, f) => n + weakPoints(f).length, 0);
  if (report.weakPoints !== points)
    problems.push({ kind: "differs", where: improvement, what: "weak points", got: String(report.weakPoints), expected: String(points) });

  const all = [...sheets, ...report.sheets];
  const charts = all.map((s) => context.workbook.worksheets.getItem(s).charts.load("items/name"));
  const ranges = usedRanges(context, report.sheets);
  await context.sync();
  const ours = (i: number) => charts[i].items.map((c) => c.name).filter((n) => n.startsWith(CHART_PREFIX));
  bench.placed.forEach((p, i) => {
    const got = ours(i).sort().join(", ");
    const expected = p.plan.charts
      .map((c) => c.name)
      .sort()
      .join(", ");
    if (got !== expected) problems.push({ kind: "differs", where: p.name, what: `${p.plan.templateId} charts`, got, expected });
  });
  const found = all.reduce((n, _, i) => n + ours(i).length, 0);
  if (found !== report.charts)
    problems.push({ kind: "differs", where: "results", what: "charts in the workbook", got: String(found), expected: String(report.charts) });
  report.sheets.forEach((s, i) => problems.push(...errorCells(s, ranges[i])));
  return { counts: { sheets: report.sheets.length, charts: found }, problems };
}

/** The trainer's demonstration returns merged and written as owned sheets, under throwaway names. */
export async function mergeStep(context: Excel.RequestContext, bench: Bench, files: readonly ReturnedFile[]): Promise<StepOutcome> {
  const result = mergeForms(files);
  const plans = mergeSheets(result);
  const names = take(bench, plans.length);
  const written = await writeOwnedSheets(
    context,
    plans.map((p, i) => ({ ...p, name: names[i] })),
  );
  const problems: SelfCheckProblem[] = [];
  if (written.sheets.join("|") !== names.join("|"))
    problems.push({ kind: "differs", where: "merge", what: "sheets written", got: written.sheets.join(", "), expected: names.join(", ") });
  if (result.accepted.length === 0) problems.push({ kind: "differs", where: "merge", what: "forms merged", got: "0", expected: "at least 1" });
  const ranges = usedRanges(context, written.sheets);
  await context.sync();
  written.sheets.forEach((s, i) => problems.push(...errorCells(s, ranges[i])));
  return { counts: { files: files.length, sheets: written.sheets.length }, problems };
}
