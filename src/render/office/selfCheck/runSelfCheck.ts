import {
  SELF_CHECK_STEPS,
  type SelfCheckProblem,
  type SelfCheckReport,
  type SelfCheckRequest,
  type SelfCheckStep,
  type SelfCheckStepId,
} from "../../../host/selfCheck";
import type { ReturnedFile } from "../../../core/merge/merge";
import type { BatchRun } from "../batch";
import { environment } from "./environment";
import { calculationStep, checkPlans, insertStep, mergeStep, resultsStep, validationStep, type Bench, type StepOutcome } from "./steps";
import { restore, takeSnapshot, throwawayNames, type WorkbookSnapshot } from "./workbookState";

/**
 * Runs the self-check: each step in its own batch, its syncs counted and its time taken; a step
 * that throws fails with Excel's words, and the steps that needed it are skipped. Whatever happens,
 * the last step removes what the check added and puts back the active sheet and the selection.
 */

export interface RunOptions {
  /** Milliseconds, for the steps' times (tests pass a fake clock). */
  readonly now?: () => number;
}

/** Throwaway names reserved: more than the inserts, the results' two and the merge's sheets need. */
const SHEETS_NEEDED = 40;

export async function runSelfCheck(run: BatchRun, request: SelfCheckRequest, options: RunOptions = {}): Promise<SelfCheckReport> {
  const now = options.now ?? (() => performance.now());
  const startedAt = new Date().toISOString();
  const steps: SelfCheckStep[] = [];
  const bench: Bench = { names: [], placed: [], forms: [], locations: [], manualCalculation: false };
  let before: WorkbookSnapshot | undefined;

  const measure = async (id: SelfCheckStepId, body: (context: Excel.RequestContext) => Promise<StepOutcome>, ready = true) => {
    request.onProgress?.(id, SELF_CHECK_STEPS.indexOf(id));
    if (!ready) return void steps.push({ id, status: "skipped", syncs: 0, ms: 0, counts: {}, problems: [] });
    let syncs = 0;
    const start = now();
    let outcome: StepOutcome;
    try {
      outcome = await run((context) => {
        // Counting at the context: every round trip of the step, whichever module makes it.
        const sync = context.sync.bind(context);
        context.sync = <T>(value?: T) => {
          syncs++;
          return sync(value) as Promise<T>;
        };
        return body(context);
      });
    } catch (e) {
      outcome = { counts: {}, problems: [errorProblem(e)] };
    }
    const failed = outcome.problems.length > 0;
    steps.push({ id, status: failed ? "failed" : "passed", syncs, ms: Math.round(now() - start), counts: outcome.counts, problems: outcome.problems });
    return !failed;
  };

  try {
    const inserted = await measure("insert", async (context) => {
      before = await takeSnapshot(context);
      bench.manualCalculation = before.calculationMode !== "Automatic";
      bench.names.push(...throwawayNames(SHEETS_NEEDED, before.sheets));
      return insertStep(context, bench);
    });
    const placed = inserted && bench.placed.length > 0;
    await measure("calculation", (context) => calculationStep(context, bench), placed);
    await measure("validation", (context) => validationStep(context, bench), placed);
    await measure("results", (context) => resultsStep(context, bench), placed);
    // The returns are read before the batch opens: the workbook is not held while files are parsed.
    let files: readonly ReturnedFile[] = [];
    let readError: unknown;
    if (placed)
      await request.returns().then(
        (f) => (files = f),
        (e) => (readError = e),
      );
    await measure("merge", async (context) => (readError ? Promise.reject(readError) : mergeStep(context, bench, files)), placed);
  } finally {
    const snapshot = before;
    // Without a snapshot the workbook could not even be read, so nothing was added.
    await measure(
      "cleanup",
      async (context) => {
        if (!snapshot) throw new Error("no snapshot");
        // Every throwaway name the check may have used, taken or not.
        const ours = throwawayNames(SHEETS_NEEDED, snapshot.sheets);
        const restored = await restore(context, snapshot, { sheets: ours, names: namesOfPlans(bench) });
        return { counts: { sheets: restored.removed.sheets, names: restored.removed.names }, problems: restored.problems };
      },
      snapshot !== undefined,
    );
  }
  return {
    passed: steps.every((s) => s.status === "passed"),
    startedAt,
    environment: environment(before?.calculationMode),
    steps,
  };
}

/** Workbook-level names an insert makes (Iestade, Periods…): the plans' own. */
function namesOfPlans(bench: Bench): string[] {
  const plans = bench.placed.length ? bench.placed.map((p) => p.plan) : checkPlans();
  return [...new Set(plans.flatMap((p) => p.names.filter((n) => n.scope === "workbook").map((n) => n.name)))];
}

/** An exception as a report line: Office's error code and message when it has them. */
function errorProblem(e: unknown): SelfCheckProblem {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : undefined;
  const message = e instanceof Error ? e.message : String(e);
  return code ? { kind: "error", message, code } : { kind: "error", message };
}
