import type { Template } from "../catalog/types";
import { catalog as defaultCatalog, type Catalog, type ChangedItem } from "../catalog";
import type { FilledForm } from "../form";
import { scoreForm } from "../scoring/formResult";
import { validateFormAsOf } from "../validation/validate";
import { messages, type Message } from "../validation/messages";
import { compactRows, contentKey, dateOf, dateText, displayName, identityOf, TextPool, yearOf, type CompactRows } from "./record";
import { aggregatesOf, servicesOf } from "./services";
import { optional } from "../optional";
import { figureOf, overallFigureOf } from "../kinds";

/**
 * The merge rules, pure: which returned forms are used, which are rejected and why, how several
 * assessors of one service become one consensus, and the figures across services.
 */

/**
 * A returned file as read: its forms, or why it could not be read at all. `modified` (ms since the
 * epoch: the file's mtime, a browser File's lastModified) decides between two returns of one
 * assessor that carry the same Datums.
 */
export type ReturnedFile =
  | { readonly file: string; readonly forms: readonly FilledForm[]; readonly problems?: readonly { readonly sheet: string; readonly reason: Message }[]; readonly modified?: number }
  | { readonly file: string; readonly error: Message; readonly modified?: number };

/**
 * One accepted form as the merge keeps it: its identity, its figures and its rows compactly (values
 * aligned to the template's item order, see itemOrder), never the reader's cells.
 */
export interface AcceptedForm extends CompactRows {
  readonly file: string;
  readonly sheet: string;
  readonly template: Template;
  /** The service as shown: spaces tidied, Unicode composed (its identity ignores case too). */
  readonly iestade: string;
  readonly periods: number;
  readonly vertetajs: string;
  /** `Datums` as an Excel date serial, where it reads as a date. */
  readonly datums?: number;
  readonly modified?: number;
  /** How many findings validation made, and how many of those are errors. */
  readonly findings: number;
  readonly errors: number;
  /** Per top-level group (template.groups order): its average, non-compliance % or progress %. */
  readonly groupFigures: readonly (number | undefined)[];
  /** The form's overall figure (mean of criteria, non-compliance % or progress %). */
  readonly overall?: number;
}

export interface Rejected {
  readonly file: string;
  /** The sheet of the form concerned, where the rejection is of one form rather than the file. */
  readonly sheet?: string;
  /** In Latvian and English, naming the sheet and cell where there is one. */
  readonly reason: Message;
}

export interface ConsensusItem {
  readonly code: string;
  /** Each assessor's rating (undefined where not scored). */
  readonly ratings: readonly (number | undefined)[];
  readonly mean?: number;
  /** Highest minus lowest rating. */
  readonly spread?: number;
  /** Assessors disagree by two or more scale points: for the consensus meeting. */
  readonly disagree: boolean;
}

export interface ConsensusGroup {
  readonly template: string;
  readonly iestade: string;
  readonly periods: number;
  readonly assessors: readonly string[];
  readonly files: readonly string[];
  readonly items: readonly ConsensusItem[];
}

/** One service in one period, counted once (at its consensus where several assessors rated it). */
export interface Service {
  readonly template: Template;
  readonly iestade: string;
  readonly periods: number;
  readonly forms: readonly AcceptedForm[];
  /** Per item (aligned to itemOrder), the value counted: the single form's, or the assessors' consensus. */
  readonly values: readonly (number | string | undefined)[];
}

export interface GroupAggregate {
  readonly code: string;
  readonly title: string;
  readonly depth: number;
  /** Mean of the services' group averages (numeric scales). */
  readonly average?: number;
  /** Pooled over every assessed item of every service: Neatbilst ÷ (Atbilst + Neatbilst) × 100. */
  readonly nonCompliancePct?: number;
  /** Share of services (with the group assessed) that have at least one Neatbilst in it. */
  readonly servicesWithNonCompliancePct?: number;
  /** Services with at least one scored item in the group. */
  readonly services: number;
}

export interface TemplateAggregate {
  readonly template: Template;
  /** null = all periods together. */
  readonly periods: number | null;
  readonly services: number;
  readonly groups: readonly GroupAggregate[];
  /** Mean of the services' overall scores (numeric scales). */
  readonly overall?: number;
  /**
   * Where the returns are of several versions of the template: the versions, and the items the
   * versions do not share, left out of every figure so that services and periods compare the same
   * practices (each form's own figures in the summary are still by its own version).
   */
  readonly versions?: readonly number[];
  readonly changedItems?: readonly ChangedItem[];
}

export interface MergeResult {
  readonly accepted: readonly AcceptedForm[];
  readonly rejected: readonly Rejected[];
  readonly services: readonly Service[];
  readonly consensus: readonly ConsensusGroup[];
  /** Per template: all periods, then one per period when periods differ. */
  readonly aggregates: readonly TemplateAggregate[];
}

export interface MergeOptions {
  /** The day a period or Datums after which is in the future (a finding); defaults to now. */
  readonly today?: Date;
  /** The catalog whose change maps say which items two versions share; defaults to the add-in's. */
  readonly catalog?: Catalog;
}

const textOf = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/** Same template, service, period and assessor: the key of one assessor's return. */
const returnKey = (a: AcceptedForm) => [a.template.id, identityOf(a.iestade), a.periods, identityOf(a.vertetajs)].join("\u0000");

/** Which of two returns of one assessor is the later: by Datums, then by the file's modification time. */
function later(a: AcceptedForm, b: AcceptedForm): { sign: number; why: Message } {
  if (a.datums !== undefined && b.datums !== undefined && Math.floor(a.datums) !== Math.floor(b.datums)) {
    const [w, l] = a.datums > b.datums ? [a, b] : [b, a];
    const dates = `${dateText(w.datums!)} > ${dateText(l.datums!)}`;
    return { sign: Math.sign(a.datums - b.datums), why: { lv: `vēlāks datums: ${dates}`, en: `later Datums: ${dates}` } };
  }
  if (a.modified !== undefined && b.modified !== undefined && a.modified !== b.modified) {
    const w = Math.max(a.modified, b.modified);
    const at = new Date(w).toISOString().slice(0, 16).replace("T", " ") + " UTC";
    return { sign: Math.sign(a.modified - b.modified), why: { lv: `tas pats datums, saglabāts vēlāk (${at})`, en: `same Datums, saved later (${at})` } };
  }
  return { sign: 0, why: { lv: "", en: "" } };
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
  private readonly byContent = new Map<string, string>();

  constructor(options: MergeOptions = {}) {
    this.today = options.today ?? new Date();
    this.catalog = options.catalog ?? defaultCatalog;
  }

  add(f: ReturnedFile): void {
    if ("error" in f) return this.reject({ file: f.file, reason: f.error });
    // Each template sheet that cannot be used is a rejection of its own; the workbook's other sheets still count.
    for (const p of f.problems ?? []) this.reject({ file: f.file, sheet: p.sheet, reason: p.reason });
    if (f.forms.length === 0 && !f.problems?.length) return this.reject({ file: f.file, reason: messages.noStamp() });
    for (const form of f.forms) this.addForm(f, form);
  }

  private reject(r: Rejected, seq = this.seq++): void {
    this.rejected.push({ seq, r });
  }

  private addForm(f: ReturnedFile, form: FilledForm): void {
    const seq = this.seq++;
    const { file } = f;
    const { sheet } = form;
    const at = `${sheet}!`;
    const iestade = displayName(textOf(form.meta.iestade.value));
    const p = form.meta.periods.value;
    const periods = yearOf(p);
    if (!iestade)
      return this.reject({ file, sheet, reason: { lv: `${at}${form.meta.iestade.ref}: nav norādīta iestāde`, en: `${at}${form.meta.iestade.ref}: the service (Iestade) is missing` } }, seq);
    if (periods === undefined)
      return this.reject({ file, sheet, reason: { lv: `${at}${form.meta.periods.ref}: periods nav gads (${textOf(p) || "tukšs"})`, en: `${at}${form.meta.periods.ref}: Periods is not a year (${textOf(p) || "empty"})` } }, seq);
    const key = contentKey(form);
    const sameContent = this.byContent.get(key);
    if (sameContent) return this.reject({ file, sheet, reason: { lv: `dublikāts: saturs identisks failam ${sameContent}`, en: `duplicate: identical content to ${sameContent}` } }, seq);
    this.byContent.set(key, `${file} [${sheet}]`);

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
    if (sign > 0) {
      this.reject(superseded(earlier.a, entry, why), earlier.seq);
      this.byReturn.set(rk, { seq, a: entry });
    } else if (sign < 0) this.reject(superseded(entry, earlier.a, why), seq);
    else
      this.reject(
        {
          file,
          sheet,
          reason: {
            lv: `dublikāts: tā pati veidne, iestāde, periods un vērtētājs kā ${earlier.a.file}, un ne datums, ne saglabāšanas laiks nerāda, kurš ir vēlāks`,
            en: `duplicate: same template, service, period and assessor as ${earlier.a.file}, and neither Datums nor the time saved shows which is later`,
          },
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

function superseded(loser: AcceptedForm, winner: AcceptedForm, why: Message): Rejected {
  return {
    file: loser.file,
    sheet: loser.sheet,
    reason: {
      lv: `aizstāts ar ${winner.file}: tās pašas iestādes, perioda un vērtētāja vēlāka atgriezne (${why.lv})`,
      en: `superseded by ${winner.file}: a later return for the same service, period and assessor (${why.en})`,
    },
  };
}

/** The whole merge of files already read (the pane, tests); the CLI adds files to a Merger one by one. */
export function mergeForms(files: readonly ReturnedFile[], options: MergeOptions = {}): MergeResult {
  const merger = new Merger(options);
  for (const f of files) merger.add(f);
  return merger.finish();
}
