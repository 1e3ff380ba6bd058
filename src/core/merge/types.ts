import type { Template } from "../catalog/types";
import type { Catalog, ChangedItem } from "../catalog";
import type { FilledForm } from "../form";
import type { Reason } from "../reasons";
import type { CompactRows } from "./record";

/** What a merge takes and gives, apart from its rules (merge.ts) and figures (services.ts), which both use them. */

/**
 * A returned file as read: its forms, or why it could not be read at all. Between two returns of one
 * assessor with the same Datums, `saved` decides (ms since the epoch: the save time the program
 * wrote into the workbook, docProps/core.xml), then `modified` (the file's mtime, a browser File's
 * lastModified), which copying and mailing change.
 */
export type ReturnedFile =
  | {
      readonly file: string;
      readonly forms: readonly FilledForm[];
      readonly problems?: readonly { readonly sheet: string; readonly reason: Reason }[];
      readonly saved?: number;
      readonly modified?: number;
    }
  | { readonly file: string; readonly error: Reason; readonly modified?: number };

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
  /** The save time written in the workbook (docProps/core.xml), and the file's own time. */
  readonly saved?: number;
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
  /** Why, with the sheet and cell where there is one; in words through `src/wording`. */
  readonly reason: Reason;
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
