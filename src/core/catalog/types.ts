/**
 * The shape of the catalog: one definition that the workbook plan, the validation rules,
 * the scoring and the command line's JSON are all derived from.
 *
 * Texts shown to the user are the ministry's Latvian text, verbatim from the seeds (copied into test/fixtures/sources/seeds).
 */

/** One value of a scale, as it appears in the dropdown. */
export interface ScaleValue {
  /** What is stored in the cell: a number on numeric scales, the Latvian word otherwise. */
  readonly value: number | string;
  /** Latvian label (the seed's words where it has them). */
  readonly label: string;
  readonly labelEn: string;
}

/**
 * - `compliance`: Atbilst / Neatbilst, with "Nav attiecināms"; yields non-compliance %.
 * - `numeric`: integer points (e.g. 1–5); yields averages.
 * - `status`: action-plan status; yields progress (share done).
 * - `count`: a non-negative whole number (survey answer counts, register counts).
 */
export type ScaleKind = "compliance" | "numeric" | "status" | "count";

export interface Scale {
  readonly id: string;
  readonly kind: ScaleKind;
  /** The rated values, in dropdown order (for `count`, empty: any whole number ≥ 0). */
  readonly values: readonly ScaleValue[];
  /** The "not applicable" answer: offered in the dropdown, excluded from every figure. */
  readonly notApplicable?: ScaleValue;
  /** What the figures count, by name: which of `values` complies, does not comply, is done. */
  readonly roles?: ScaleRoles;
  /** Where the scale comes from: a seed file, or "kvalitate-default" for the add-in's own choice. */
  readonly source: string;
}

/**
 * The meaning of a scale's words, so no code reads a meaning off a value's position. Compliance
 * scales name `compliant` and `nonCompliant` (non-compliance % counts them), status scales `done`
 * (progress counts it). Each is one of the scale's `values`; the catalog tests hold it.
 */
export interface ScaleRoles {
  readonly compliant?: string;
  readonly nonCompliant?: string;
  readonly done?: string;
}

export interface Item {
  /** Stable code: the seed's own (e.g. "1.2.4") or one the template gives (e.g. "A.3"). */
  readonly code: string;
  /** The item's text, verbatim from the seed. */
  readonly text: string;
  /** Guidance shown beside the item (the seed's bracketed or explanatory text), verbatim. */
  readonly guidance?: string;
  /** Action plans only: the seed's deadline — a year such as "2013", or "pastāvīgi" (ongoing). */
  readonly deadline?: string;
}

/** A tree: criterion → sub-criterion → items. A group holds either sub-groups or items (or both). */
export interface Group {
  readonly code: string;
  readonly title: string;
  /** The seed's description of the group, verbatim, where it has one. */
  readonly description?: string;
  readonly groups?: readonly Group[];
  readonly items?: readonly Item[];
}

/**
 * - `checklist`: items rated on a compliance scale, grouped; non-compliance % per group.
 * - `assessment`: items rated on a numeric scale; averages per criterion, overall.
 * - `register`: the inspection register (periods × counts, with totals).
 * - `survey`: questions with answer options; the cells hold respondent counts.
 * - `actionPlan`: areas → tasks → actions with deadlines; the cells hold a status.
 */
export type TemplateKind = "checklist" | "assessment" | "register" | "survey" | "actionPlan";

export interface SeedSource {
  /** File names of the seeds (test/fixtures/sources/seeds). */
  readonly files: readonly string[];
  /** The document's title, verbatim. */
  readonly title: string;
  readonly year: number;
  readonly publisher: string;
}

/** Register columns: the count columns in order; the total is their sum. */
export interface RegisterDefinition {
  /** Rows of the register, oldest first; each row's `code` is what goes into the `Kods` column. */
  readonly periods: readonly { readonly code: string; readonly label: string }[];
  /** The count columns (e.g. planned, unplanned, document checks). The total column is derived. */
  readonly columns: readonly { readonly key: string; readonly header: string; readonly headerEn: string }[];
  readonly totalHeader: string;
}

/** The register's totals row carries this code, after its periods' rows. */
export const REGISTER_TOTAL_CODE = "Kopā";

/** Survey: each top-level group is a question; its items are the answer options. */
export interface SurveyDefinition {
  /** Question codes whose options may be chosen together (multi-choice). */
  readonly multiChoice: readonly string[];
}

export interface Template {
  /** Stable id, e.g. "pasnovertejums-2023". With the version it forms the stamp. */
  readonly id: string;
  /** Bumped when the items or the scale change; a merge reads older versions it knows. */
  readonly version: number;
  readonly kind: TemplateKind;
  /** Latvian title (the seed's words). */
  readonly title: string;
  readonly titleEn: string;
  /** Short sheet name (≤ 31 characters, no []:*?/\). */
  readonly sheetName: string;
  readonly family: string;
  readonly source: SeedSource;
  readonly scale: Scale;
  readonly groups: readonly Group[];
  readonly register?: RegisterDefinition;
  readonly survey?: SurveyDefinition;
  /** Against the version before (absent on a template's first version). */
  readonly changes?: VersionChanges;
}

/** A template family: the data module of one seed document, possibly several templates. */
export interface TemplateFamily {
  readonly id: string;
  readonly title: string;
  readonly titleEn: string;
  readonly templates: readonly Template[];
}

/**
 * What a template version changed against the version before it, by item code. The map is what
 * lets a merge compare two versions: a code is the same practice across versions only when no
 * version between them added, removed, split or reworded it.
 */
export interface VersionChanges {
  /** The version these changes are against (the one before). */
  readonly from: number;
  /** Codes new in this version. */
  readonly added: readonly string[];
  /** Codes of the version before that this one no longer has. */
  readonly removed: readonly string[];
  /** A practice of the version before split into several (the old code may be one of them). */
  readonly split: readonly { readonly code: string; readonly into: readonly string[] }[];
  /** Same code, other words: counted apart across the change. */
  readonly reworded: readonly string[];
}
