import { dynamicsOf, weakPoints } from "../../core";
import { buildSheetPlan } from "../../plan/buildSheet";
import { dynamicsSheet, improvementSheet } from "../../plan/resultSheets";
import { CHART_PREFIX, type ChartPlan, type WorkbookSheet } from "../../plan/types";
import type { ResultsReport, ResultsRequest } from "../../host/types";
import { addChart, chartOps } from "./chartSteps";
import { writeOwnedSheets } from "./ownedSheets";
import { entriesFor, previousEntries, withNotes } from "./planEntries";
import { readForms, type FormLocation, type SheetDetails } from "./readForms";
import { jsonBytes, OP_OVERHEAD_BYTES, type WriteStep } from "./writeSteps";

/**
 * Results from the open workbook: the dynamics (Dinamika, when a service has two or more periods),
 * the improvement plan (Pilnveides plāns) and each form's charts, rebuilt.
 *
 * Syncs, whatever the number of sheets: one read (two when the forms' places are not known yet),
 * one more when a previous Pilnveides plāns exists (to keep what the user typed into it), then the
 * write — one request unless the sheets exceed 4 MB. The read brings the chart names and the
 * protection of every sheet along, so replacing charts needs no read of its own.
 */
export async function buildResults(context: Excel.RequestContext, request: ResultsRequest, known: readonly FormLocation[] = []): Promise<ResultsReport & { locations: FormLocation[] }> {
  const { scope } = request;
  const read = await readForms(context, { known, details: true, ...(scope ? { sheets: scope.sheets } : {}) });
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
  const rebuilt = read.forms.map((f) => ({ details: details.get(f.sheet), charts: buildSheetPlan(f.template).charts }));
  const after = rebuilt.flatMap(({ details: d, charts }) => (d && charts.length ? [rebuildStep(d, charts)] : []));
  const written = await writeOwnedSheets(context, sheets, { taken: read.taken, after });
  const charts = rebuilt.reduce((n, r) => n + (r.details ? r.charts.length : 0), 0) + sheets.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
  return { sheets: written.sheets, charts, weakPoints: points.length, syncs: read.syncs + previous.syncs + written.syncs, locations: read.locations };
}

/**
 * One form sheet's charts: the add-in's (named with CHART_PREFIX) are deleted and added afresh; any
 * other chart is the user's and stays. A protected sheet is unprotected for the change and then
 * protected again with the options it had (a sheet protected with a password refuses this).
 */
export function rebuildStep(d: SheetDetails, charts: readonly ChartPlan[]): WriteStep {
  const ours = d.sheet.charts.items.filter((c) => c.name.startsWith(CHART_PREFIX));
  const ops = ours.length + charts.reduce((n, c) => n + chartOps(c), 0) + (d.protected ? 2 : 0);
  return {
    bytes: ops * OP_OVERHEAD_BYTES + jsonBytes(charts),
    queue: () => {
      if (d.protected) d.sheet.protection.unprotect();
      // The loaded items are bound to their charts (not to an index), so the order does not matter.
      for (const c of ours) c.delete();
      for (const c of charts) addChart(d.sheet, c);
      if (d.protected) d.sheet.protection.protect(d.protection);
    },
  };
}
