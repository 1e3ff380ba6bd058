import type { Template } from "../core/catalog/types";
import { stampOf, templates } from "../core/catalog";
import { interpret } from "../core/interpret";
import type { AcceptedForm, MergeResult } from "../core/merge/types";
import { identityOf, itemOrder } from "../core/merge/record";
import { distribution, rank } from "../core/results/distribution";
import { cellRef, rangeRef } from "./a1";
import { num, text } from "./cells";
import { chartAt, valueAxis } from "./charts";
import { MERGE_LABELS, type MergeLabels, type SummaryLang } from "./labels";
import { say } from "../wording";
import { byService, naturalCollator } from "./summaryOrder";
import { CHART_PREFIX, type CellBlock, type ChartPlan, type PlanCell, type StyledRange, type WorkbookSheet } from "./types";

/**
 * The feedback workbook a merge writes for each service (`kvalitate merge --atgriezeniska-saite`):
 * per return of the service, its figure per group beside the spread of the same figure over every
 * service of the merge on the same template and period (mean, lowest, quartiles, highest, its rank),
 * a chart of its profile against the mean, and the items that were not counted; then the files of
 * the service that were refused. Its figures are the merge's own (AcceptedForm.groupFigures, from the
 * scoring core): nothing is recomputed here but their spread.
 */

export interface FeedbackWorkbook {
  /** The service as the summary shows it. */
  readonly iestade: string;
  /** A file name for it, unique among the merge's (without the folder). */
  readonly file: string;
  readonly sheets: readonly WorkbookSheet[];
}

const catalogOrder = templates.map((t) => t.id);

export function feedbackWorkbooks(result: MergeResult, lang: SummaryLang = "lv"): FeedbackWorkbook[] {
  const l = MERGE_LABELS[lang];
  const byIdentity = new Map<string, AcceptedForm[]>();
  for (const a of result.accepted) {
    const key = identityOf(a.iestade);
    const list = byIdentity.get(key);
    if (list) list.push(a);
    else byIdentity.set(key, [a]);
  }
  const peers = new Map<string, AcceptedForm[]>();
  const peerKey = (a: AcceptedForm) => `${a.template.id}\u0000${a.periods}`;
  for (const a of result.accepted) {
    const list = peers.get(peerKey(a));
    if (list) list.push(a);
    else peers.set(peerKey(a), [a]);
  }
  const peersOf = (a: AcceptedForm) => peers.get(peerKey(a))!;
  const taken = new Set<string>();
  return [...byIdentity.values()]
    .sort((a, b) => naturalCollator.compare(a[0].iestade, b[0].iestade))
    .map((forms) => {
      forms.sort((a, b) => catalogOrder.indexOf(a.template.id) - catalogOrder.indexOf(b.template.id) || byService(a, b));
      const files = new Set(forms.map((f) => f.file));
      const rejected = result.rejected.filter((r) => files.has(r.file));
      const sheets = forms.map((f, k) => formSheet(f, peersOf(f), l, k));
      if (rejected.length) sheets.push(rejectedSheet(rejected, l, lang));
      return { iestade: forms[0].iestade, file: uniqueFile(forms[0].iestade, taken), sheets };
    });
}

/** A service's name as a file name: the characters no file system takes replaced, unique in any case. */
function uniqueFile(iestade: string, taken: Set<string>): string {
  const base =
    [...iestade]
      .map((ch) => (ch < " " || '\\/:*?"<>|'.includes(ch) ? "_" : ch))
      .join("")
      .replace(/^[.\s]+|[.\s]+$/g, "")
      .slice(0, 100) || "iestade";
  for (let i = 1; ; i++) {
    const name = `${base}${i > 1 ? ` (${i})` : ""}.xlsx`;
    if (!taken.has(name.toLocaleLowerCase("lv"))) {
      taken.add(name.toLocaleLowerCase("lv"));
      return name;
    }
  }
}

function scaleRange(template: Template): [number, number] {
  const points = template.scale.values.map((v) => v.value).filter((v): v is number => typeof v === "number");
  return [Math.min(...points), Math.max(...points)];
}

function formSheet(form: AcceptedForm, peers: readonly AcceptedForm[], l: MergeLabels, k: number): WorkbookSheet {
  const f = l.feedback;
  const template = form.template;
  const kind = template.scale.kind;
  const rated = kind === "numeric" || kind === "compliance" || kind === "status";
  const [min, max] = kind === "numeric" ? scaleRange(template) : [0, 1];
  const unit = kind === "numeric" ? f.units.average(min, max) : kind === "compliance" ? f.units.nonCompliancePct : f.units.progressPct;
  const better = kind === "compliance" ? "lower" : "higher";
  // Shares are stored 0–1 under a percentage format, averages as they are.
  const shown = (v: number | undefined) => (v === undefined ? undefined : kind === "numeric" ? v : v / 100);
  const blocks: CellBlock[] = [];
  const styles: StyledRange[] = [];
  const charts: ChartPlan[] = [];
  blocks.push({
    ref: "A1",
    rows: [[text(f.title(form.iestade, `${template.title} (${stampOf(template)})`))], [text(f.about(form.periods, form.vertetajs, form.file, peers.length))]],
  });
  styles.push({ ref: "A1", style: "title" }, { ref: "A2", style: "subtitle" });
  let row = 4;
  if (rated) {
    const header = [l.code, `${f.figure}: ${unit}`, f.own, f.mean, f.min, f.q1, f.median, f.q3, f.max, f.rank, f.of];
    const line = (code: string, label: string, own: number | undefined, all: (number | undefined)[]): PlanCell[] => {
      const d = distribution(all.map(shown));
      return [
        text(code),
        text(label),
        num(shown(own)),
        num(d?.mean),
        num(d?.min),
        num(d?.q1),
        num(d?.median),
        num(d?.q3),
        num(d?.max),
        num(rank(own, all, better)),
        num(d?.count),
      ];
    };
    const rows = template.groups.map((g, i) =>
      line(
        g.code,
        g.title,
        form.groupFigures[i],
        peers.map((p) => p.groupFigures[i]),
      ),
    );
    rows.push(
      line(
        l.overallRow,
        kind === "numeric" ? l.overallAverage(min, max) : kind === "compliance" ? l.overallNonCompliancePct : l.overallProgressPct,
        form.overall,
        peers.map((p) => p.overall),
      ),
    );
    blocks.push({ ref: cellRef(row, 1), rows: [header.map(text), ...rows] });
    const first = row + 1;
    const lastGroup = row + template.groups.length;
    const last = lastGroup + 1;
    styles.push(
      { ref: rangeRef(row, 1, row, header.length), style: "header" },
      { ref: rangeRef(first, 2, last, 2), style: "wrap" },
      { ref: rangeRef(first, 3, last, 9), style: kind === "numeric" ? "figureAverage" : "figurePercent" },
    );
    const percentAxis = { min: 0, max: 1, majorUnit: 0.2 };
    charts.push({
      name: `${CHART_PREFIX}profils_${k + 1}`,
      kind: kind === "numeric" ? "columnClustered" : "barClustered",
      title: f.chartTitle,
      categories: rangeRef(first, 2, lastGroup, 2),
      series: [
        { name: form.iestade, values: rangeRef(first, 3, lastGroup, 3) },
        { name: f.allMean, values: rangeRef(first, 4, lastGroup, 4) },
      ],
      axis: kind === "numeric" ? valueAxis(template.scale) : percentAxis,
      legend: "bottom",
      labels: { numberFormat: kind === "numeric" ? "0.00" : "0%" },
      anchor: chartAt(last + 2, 2),
    });
    row = last + 2 + 20;
  }
  // The items not counted: blank, invalid or missing, as the long table's statuses name them.
  const { codes } = itemOrder(template);
  const findings: PlanCell[][] = [];
  codes.forEach((code, i) => {
    const value = form.values[i];
    if (value === undefined) return void findings.push([text(code), null, text(l.statuses.blank)]);
    const r = interpret(template.scale, value);
    if (r.kind === "invalid" || r.kind === "blank")
      findings.push([text(code), typeof value === "number" ? num(value) : text(String(value ?? "")), text(l.statuses[r.kind])]);
  });
  blocks.push({
    ref: cellRef(row, 1),
    rows: [
      [text(f.findingsTitle), null, null],
      ...(findings.length ? [[text(l.code), text(l.rating), text(l.status)], ...findings] : [[text(f.noFindings), null, null]]),
    ],
  });
  styles.push({ ref: cellRef(row, 1), style: "subtitle" });
  if (findings.length) styles.push({ ref: rangeRef(row + 1, 1, row + 1, 3), style: "header" });
  return {
    name: `${template.sheetName}`,
    blocks,
    styles,
    columns: [{ index: 0, chars: 10 }, { index: 1, chars: 44 }, ...Array.from({ length: 9 }, (_, i) => ({ index: i + 2, chars: 11 }))],
    rowHeights: { 4: 45 },
    charts,
  };
}

function rejectedSheet(rejected: MergeResult["rejected"], l: MergeLabels, lang: SummaryLang): WorkbookSheet {
  const rows = rejected.map((r) => [text(r.file), text(r.sheet ?? ""), text(say(r.reason, lang))]);
  return {
    name: l.sheets.rejected,
    blocks: [{ ref: "A1", rows: [[text(l.feedback.rejectedTitle), null, null], [text(l.file), text(l.sheet), text(l.reason)], ...rows] }],
    styles: [
      { ref: "A1", style: "title" },
      { ref: "A2:C2", style: "header" },
      { ref: rangeRef(3, 3, 2 + rows.length, 3), style: "wrap" },
    ],
    columns: [
      { index: 0, chars: 36 },
      { index: 1, chars: 20 },
      { index: 2, chars: 70 },
    ],
  };
}
