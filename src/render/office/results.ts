import { dynamicsOf, weakPoints } from "../../core";
import { buildSheetPlan } from "../../plan/buildSheet";
import { dynamicsSheet, improvementSheet } from "../../plan/resultSheets";
import { CHART_PREFIX, type ChartPlan, type WorkbookSheet } from "../../plan/types";
import type { ResultsReport, ResultsRequest, SkippedSheet } from "../../host/types";
import { addChart, chartOps } from "./chartSteps";
import { refuseProtectedStructure } from "./insertSheet";
import { writeOwnedSheets } from "./ownedSheets";
import { protectAgain, restoreOrReport, unprotectSheets } from "./protectedSheets";
import { entriesFor, previousEntries, withNotes } from "./planEntries";
import { readForms, type FormLocation, type SheetDetails } from "./readForms";
import { jsonBytes, OP_OVERHEAD_BYTES, type WriteStep } from "./writeSteps";

/**
 * Results from the open workbook: the dynamics (Dinamika, when a service has two or more periods),
 * the improvement plan (Pilnveides plāns) and each form's charts, rebuilt.
 *
 * Syncs, whatever the number of sheets: one read (two when the forms' places are not known yet),
 * one more when a previous Pilnveides plāns exists (to keep what the user typed into it), one to
 * unprotect the protected form sheets whose charts are rebuilt, then the write — one request unless
 * the sheets exceed 4 MB. The read brings the chart names and the protection of every sheet along,
 * so replacing charts needs no read of its own.
 *
 * Protection: Excel does not roll back the calls of a request before a failing one, so a sheet that
 * refuses to be unprotected (a password) must be found before anything changes. The unprotects go
 * in a request of their own (protectedSheets.ts); a sheet that refuses is left as it was and
 * reported; the others are protected again, with the add-in's own options, at the end of the write,
 * or — if the write fails — afterwards; if Excel refuses that too, the error names the sheets left
 * unprotected.
 */
export async function buildResults(
  context: Excel.RequestContext,
  request: ResultsRequest,
  known: readonly FormLocation[] = [],
): Promise<ResultsReport & { locations: FormLocation[] }> {
  const { scope } = request;
  const read = await readForms(context, { known, details: true, ...(scope ? { sheets: scope.sheets } : {}) });
  refuseProtectedStructure(read.taken.structureProtected);
  const dynamics = dynamicsOf(read.forms);
  const points = read.forms.flatMap((f) => weakPoints(f, request.threshold));
  const previous = scope ? { entries: new Map(), syncs: 0 } : await previousEntries(context, read.taken);
  const entries = entriesFor(points, previous.entries);
  const plan = withNotes(improvementSheet(points, entries), entries);
  const sheets: WorkbookSheet[] = [
    ...(dynamics.length ? [scope ? { ...dynamicsSheet(dynamics), name: scope.dynamics } : dynamicsSheet(dynamics)] : []),
    scope ? { ...plan, name: scope.improvement } : plan,
  ];

  const details = new Map((read.details ?? []).map((d) => [d.name, d]));
  const targets = read.forms.flatMap((f) => {
    const d = details.get(f.sheet);
    const charts = buildSheetPlan(f.template).charts;
    return d && charts.length ? [{ details: d, charts }] : [];
  });
  const opened = await unprotectSheets(
    context,
    targets.filter((t) => t.details.protected).map((t) => t.details),
  );
  const refused = new Set(opened.refused.map((d) => d.sheet));
  const rebuilt = targets.filter((t) => !refused.has(t.details.name));
  const after = [...rebuilt.map((t) => rebuildStep(t.details, t.charts)), protectAgain(opened.unprotected)];
  let written;
  try {
    written = await writeOwnedSheets(context, sheets, { taken: read.taken, after });
  } catch (e) {
    // The write failed: whatever it got to, no sheet stays unprotected — or the user is told which do.
    await restoreOrReport(context, opened.unprotected, e);
    throw e;
  }
  const charts = rebuilt.reduce((n, t) => n + t.charts.length, 0) + sheets.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
  const skipped: readonly SkippedSheet[] = opened.refused;
  return {
    sheets: written.sheets,
    charts,
    weakPoints: points.length,
    skipped,
    syncs: read.syncs + previous.syncs + opened.syncs + written.syncs,
    locations: read.locations,
  };
}

/**
 * One form sheet's charts: the add-in's (named with CHART_PREFIX) are deleted and added afresh; any
 * other chart is the user's and stays. A protected sheet has been unprotected before (and is
 * protected again after) by buildResults.
 */
export function rebuildStep(d: SheetDetails, charts: readonly ChartPlan[]): WriteStep {
  const ours = d.sheet.charts.items.filter((c) => c.name.startsWith(CHART_PREFIX));
  const ops = ours.length + charts.reduce((n, c) => n + chartOps(c), 0);
  return {
    bytes: ops * OP_OVERHEAD_BYTES + jsonBytes(charts),
    queue: () => {
      // The loaded items are bound to their charts (not to an index), so the order does not matter.
      for (const c of ours) c.delete();
      for (const c of charts) addChart(d.sheet, c);
    },
  };
}
