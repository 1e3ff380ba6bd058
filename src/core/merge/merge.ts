import { catalog as defaultCatalog, type Catalog } from "../catalog";
import type { FilledForm } from "../form";
import { scoreForm } from "../scoring/formResult";
import { validateFormAsOf } from "../validation/validate";
import type { LaterBy } from "../reasons";
import { compactRows, contentKey, dateOf, displayName, identityOf, TextPool, yearOf } from "./record";
import { aggregatesOf, servicesOf } from "./services";
import { optional } from "../optional";
import { figureOf, overallFigureOf } from "../kinds";

/**
 * The merge rules, pure: which returned forms are used, which are rejected and why, how several
 * assessors of one service become one consensus, and the figures across services.
 */

import type { AcceptedForm, MergeOptions, MergeResult, Rejected, ReturnedFile } from "./types";

export type {
  AcceptedForm,
  ConsensusGroup,
  ConsensusItem,
  GroupAggregate,
  MergeOptions,
  MergeResult,
  Rejected,
  ReturnedFile,
  Service,
  TemplateAggregate,
} from "./types";

const textOf = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** Same template, service, period and assessor: the key of one assessor's return. */
const returnKey = (a: AcceptedForm) => [a.template.id, identityOf(a.iestade), a.periods, identityOf(a.vertetajs)].join("\u0000");

/**
 * Which of two returns of one assessor is the later, by Excel's own facts first: Datums; then the
 * save time the program wrote into the workbook; then the file's time, which a copy or a download
 * sets anew. A return with a Datums wins over one without, and says so. The reason names which
 * fact decided.
 */
function later(a: AcceptedForm, b: AcceptedForm): { sign: number; why?: LaterBy } {
  const dayA = a.datums === undefined ? undefined : Math.floor(a.datums);
  const dayB = b.datums === undefined ? undefined : Math.floor(b.datums);
  if (dayA !== undefined && dayB !== undefined && dayA !== dayB) {
    const [w, l] = dayA > dayB ? [a, b] : [b, a];
    return { sign: Math.sign(dayA - dayB), why: { by: "datums", later: w.datums!, earlier: l.datums! } };
  }
  if ((dayA === undefined) !== (dayB === undefined)) {
    const dated = dayA !== undefined ? a : b;
    return { sign: dayA !== undefined ? 1 : -1, why: { by: "dated", date: dated.datums! } };
  }
  const datums = dayA === undefined ? "none" : "same";
  if (a.saved !== undefined && b.saved !== undefined && a.saved !== b.saved) {
    return { sign: Math.sign(a.saved - b.saved), why: { by: "saved", at: Math.max(a.saved, b.saved), datums } };
  }
  if (a.modified !== undefined && b.modified !== undefined && a.modified !== b.modified) {
    return { sign: Math.sign(a.modified - b.modified), why: { by: "fileTime", at: Math.max(a.modified, b.modified), datums } };
  }
  return { sign: 0 };
}

/**
 * The merge rules, one returned file at a time: the CLI and the pane add files as they read them
 * and drop each file's cells once added, so memory holds only the compact records.
 */
export class Merger {
  private seq = 0;
  private readonly today: Date;
  private readonly catalog: Catalog;
  private readonly pool = new TextPool();
  private readonly rejected: { seq: number; r: Rejected }[] = [];
  private readonly byReturn = new Map<string, { seq: number; a: AcceptedForm }>();
  private readonly byContent = new Map<string, { readonly file: string; readonly sheet: string }>();

  constructor(options: MergeOptions = {}) {
    this.today = options.today ?? new Date();
    this.catalog = options.catalog ?? defaultCatalog;
  }

  add(f: ReturnedFile): void {
    if ("error" in f) return this.reject({ file: f.file, reason: f.error });
    // Each template sheet that cannot be used is a rejection of its own; the workbook's other sheets still count.
    for (const p of f.problems ?? []) this.reject({ file: f.file, sheet: p.sheet, reason: p.reason });
    if (f.forms.length === 0 && !f.problems?.length) return this.reject({ file: f.file, reason: { kind: "noStampedSheet" } });
    for (const form of f.forms) this.addForm(f, form);
  }

  private reject(r: Rejected, seq = this.seq++): void {
    this.rejected.push({ seq, r });
  }

  private addForm(f: ReturnedFile, form: FilledForm): void {
    const seq = this.seq++;
    const { file } = f;
    const { sheet } = form;
    const iestade = displayName(textOf(form.meta.iestade.value));
    const p = form.meta.periods.value;
    const periods = yearOf(p);
    if (!iestade) return this.reject({ file, sheet, reason: { kind: "noIestade", sheet, cell: form.meta.iestade.ref } }, seq);
    if (periods === undefined) return this.reject({ file, sheet, reason: { kind: "badPeriod", sheet, cell: form.meta.periods.ref, value: textOf(p) } }, seq);
    const key = contentKey(form);
    const sameContent = this.byContent.get(key);
    if (sameContent) return this.reject({ file, sheet, reason: { kind: "sameContent", ...sameContent } }, seq);
    this.byContent.set(key, { file, sheet });

    const findings = validateFormAsOf(form, this.today);
    const result = scoreForm(form);
    const top = new Map(result.groups.filter((g) => g.depth === 0).map((g) => [g.code, figureOf(form.template, g)]));
    const datums = dateOf(form.meta.datums.value);
    const overall = overallFigureOf(form.template, result);
    const entry: AcceptedForm = {
      file,
      sheet,
      template: form.template,
      iestade,
      periods,
      vertetajs: displayName(textOf(form.meta.vertetajs.value)),
      ...optional("datums", datums),
      ...optional("saved", "saved" in f ? f.saved : undefined),
      ...optional("modified", f.modified),
      findings: findings.length,
      errors: findings.filter((x) => x.severity === "error").length,
      groupFigures: form.template.groups.map((g) => top.get(g.code)),
      ...optional("overall", overall),
      ...compactRows(form, this.pool),
    };

    const rk = returnKey(entry);
    const earlier = this.byReturn.get(rk);
    if (!earlier) {
      this.byReturn.set(rk, { seq, a: entry });
      return;
    }
    const { sign, why } = later(entry, earlier.a);
    if (sign > 0 && why) {
      this.reject(superseded(earlier.a, entry, why), earlier.seq);
      this.byReturn.set(rk, { seq, a: entry });
    } else if (sign < 0 && why) this.reject(superseded(entry, earlier.a, why), seq);
    else
      this.reject(
        {
          file,
          sheet,
          reason: { kind: "undecidedDuplicate", as: earlier.a.file },
        },
        seq,
      );
  }

  finish(): MergeResult {
    const accepted = [...this.byReturn.values()].sort((a, b) => a.seq - b.seq).map((e) => e.a);
    const rejected = [...this.rejected].sort((a, b) => a.seq - b.seq).map((e) => e.r);
    const { services, consensus } = servicesOf(accepted, this.catalog);
    return { accepted, rejected, services, consensus, aggregates: aggregatesOf(services, this.catalog) };
  }
}

function superseded(loser: AcceptedForm, winner: AcceptedForm, why: LaterBy): Rejected {
  return { file: loser.file, sheet: loser.sheet, reason: { kind: "superseded", by: winner.file, why } };
}

/** The whole merge of files already read (the pane, tests); the CLI adds files to a Merger one by one. */
export function mergeForms(files: readonly ReturnedFile[], options: MergeOptions = {}): MergeResult {
  const merger = new Merger(options);
  for (const f of files) merger.add(f);
  return merger.finish();
}
