import type { ScaleKind, TemplateKind } from "../../core/catalog/types";
import type { Severity } from "../../core/validation/validate";
import type { SelfCheckStatus, SelfCheckStep, SelfCheckStepId } from "../../host/selfCheck";
import type { HostProblemKind } from "../../host/types";

/**
 * Finding codes that are not item codes: the contract's metadata names, the survey's respondent
 * count and the register's totals row. The pane names them in words instead of "code Vertetajs".
 */
export type FieldCode = "Iestade" | "Periods" | "Vertetajs" | "Datums" | "Respondenti" | "Kopā";

/** The pane's languages. Latvian is the default: the users are Latvian social services. */
export type Language = "lv" | "en";

/**
 * Every string the pane shows. Both catalogues are typed with this interface, so a key missing from
 * one of them is a compile error rather than a blank on screen. Texts that carry a value are
 * functions; the caller formats numbers first (Intl.NumberFormat), so the catalogue never has to.
 */
export interface Strings {
  readonly appTitle: string;
  /** A name or value in the language's quotation marks: „…” in Latvian, “…” in English. */
  readonly quote: (text: string) => string;
  readonly languageLabel: string;
  readonly languageNames: Readonly<Record<Language, string>>;
  readonly sectionsLabel: string;
  readonly tabs: {
    readonly insert: string;
    readonly validate: string;
    readonly results: string;
    readonly merge: string;
    readonly trainer: string;
    readonly help: string;
  };
  /** Buttons that open a sheet the add-in has just written. */
  readonly sheets: {
    readonly listLabel: string;
    readonly open: (sheet: string) => string;
    readonly openFailed: string;
  };

  readonly insert: {
    readonly heading: string;
    readonly intro: string;
    readonly templateLabel: string;
    readonly templateHint: string;
    readonly sourceLine: (title: string, year: string, publisher: string) => string;
    readonly iestadeLabel: string;
    readonly iestadeHint: string;
    readonly periodsLabel: string;
    readonly periodsHint: string;
    readonly periodsInvalid: (min: string, max: string) => string;
    readonly vertetajsLabel: string;
    readonly datumsLabel: string;
    readonly datumsHint: string;
    readonly datumsPlaceholder: string;
    readonly datumsInvalid: string;
    readonly dataLabel: string;
    readonly dataBlank: string;
    readonly dataDemo: string;
    readonly dataDemoHint: string;
    readonly submit: string;
    readonly busy: string;
    readonly done: (sheet: string) => string;
    readonly failed: string;
  };

  readonly validate: {
    readonly heading: string;
    readonly intro: string;
    readonly submit: string;
    readonly busy: string;
    readonly noSheets: string;
    readonly allGood: (sheets: string) => string;
    readonly summary: (findings: string, sheets: string) => string;
    /** Heading of one sheet's findings. */
    readonly sheetFindings: (sheet: string, count: string) => string;
    /** "Cell D13 · code 1.1": where, on the sheet the heading names. */
    readonly findingWhere: (cell: string, what: string) => string;
    readonly findingCode: (code: string) => string;
    readonly fields: Readonly<Record<FieldCode, string>>;
    readonly findingGoTo: string;
    readonly severity: Readonly<Record<Severity, string>>;
    readonly failed: string;
    readonly selectFailed: string;
    /** Sheets protected again without "Format cells": their wrong cells could not be marked. */
    readonly unmarked: (sheets: string) => string;
  };

  readonly results: {
    readonly heading: string;
    readonly intro: string;
    readonly thresholdLabel: string;
    /** Explains the default: the scale's midpoint, and that any Neatbilst is weak regardless. */
    readonly thresholdHint: (midpoint: string, min: string, max: string) => string;
    readonly thresholdInvalid: (min: string, max: string) => string;
    readonly submit: string;
    readonly busy: string;
    readonly noSheets: string;
    readonly done: (sheets: string) => string;
    readonly charts: (count: string) => string;
    readonly weakPoints: (count: string) => string;
    /** Form sheets left untouched because they are protected with a password. */
    readonly skippedPassword: (sheets: string) => string;
    /** Form sheets left untouched because Excel refused to unprotect them, with Excel's code. */
    readonly skippedRefused: (sheets: string, code: string) => string;
    readonly failed: string;
  };

  readonly merge: {
    readonly heading: string;
    readonly intro: string;
    readonly privacy: string;
    /** Why the pane writes no feedback workbooks (Office.js cannot save files), and what does. */
    readonly feedback: string;
    readonly dropZone: string;
    readonly dropZoneHint: string;
    readonly chosen: (count: string, size: string) => string;
    readonly noneChosen: string;
    readonly clear: string;
    readonly start: string;
    readonly cancel: string;
    readonly loading: string;
    readonly progressLabel: string;
    /** "12 no 40". */
    readonly progress: (done: string, total: string) => string;
    readonly writing: string;
    readonly cancelled: string;
    readonly done: (accepted: string, rejected: string, sheets: string) => string;
    readonly filesHeading: string;
    readonly fileRead: (forms: string) => string;
    readonly fileAccepted: (forms: string) => string;
    readonly fileRejected: string;
    readonly rejectedHeading: (count: string) => string;
    readonly rejectedNote: (sheet: string) => string;
    readonly noneRejected: string;
    readonly failed: string;
    readonly megabytes: (mb: string) => string;
  };

  readonly trainer: {
    readonly heading: string;
    readonly intro: string;
    readonly stepsLabel: string;
    readonly stepOf: (n: string, total: string) => string;
    readonly next: string;
    readonly back: string;
    readonly restart: string;
    readonly stepTitles: {
      readonly insert: string;
      readonly fill: string;
      readonly finding: string;
      readonly fix: string;
      readonly results: string;
      readonly charts: string;
      readonly merge: string;
      readonly done: string;
    };
    readonly insertBody: string;
    readonly insertButton: string;
    readonly inserted: (sheet: string) => string;
    readonly needInsert: string;
    readonly fillBody: (cell: string, scale: string) => string;
    readonly showCell: (cell: string) => string;
    /** Step 3: the trainer makes `value` (off the scale) on another sheet and pastes it into `cell`. */
    readonly findingBody: (cell: string, value: string) => string;
    readonly checkButton: string;
    readonly findingsFound: (count: string) => string;
    readonly noFindingsYet: (cell: string) => string;
    readonly fixBody: (cell: string) => string;
    readonly fixed: string;
    readonly stillFindings: (count: string) => string;
    readonly resultsBody: string;
    readonly chartsBody: (prefix: string) => string;
    readonly showCharts: string;
    readonly mergeBody: (good: string, bad: string) => string;
    readonly mergeButton: string;
    readonly doneBody: string;
  };

  readonly help: {
    readonly heading: string;
    readonly scalesHeading: string;
    readonly scalesIntro: string;
    readonly scaleKinds: Readonly<Record<ScaleKind, { readonly title: string; readonly meaning: string }>>;
    readonly scaleValueHeader: string;
    readonly scaleLabelHeader: string;
    readonly countScaleValues: string;
    readonly notApplicableNote: string;
    readonly scaleSourceDefault: string;
    readonly scaleSource: (source: string) => string;
    readonly formulasHeading: string;
    readonly formulas: readonly { readonly name: string; readonly rule: string }[];
    readonly sourcesHeading: string;
    readonly sourcesIntro: string;
    readonly templateKinds: Readonly<Record<TemplateKind, string>>;
    readonly sourceFiles: (files: string) => string;
  };

  /** The self-check in Palīdzība and its report (the report's lines are what the ministry gets). */
  readonly selfCheck: {
    readonly heading: string;
    readonly intro: string;
    readonly run: string;
    readonly busy: (step: string, index: string, total: string) => string;
    readonly steps: Readonly<Record<SelfCheckStepId, string>>;
    readonly status: Readonly<Record<SelfCheckStatus, string>>;
    readonly passed: string;
    readonly failed: string;
    readonly runFailed: string;
    readonly send: string;
    readonly copy: string;
    readonly copied: string;
    readonly copyManually: string;
    readonly reportLabel: string;
    readonly writeSheet: string;
    readonly writing: string;
    readonly written: (sheet: string) => string;
    readonly writeFailed: string;
    readonly report: {
      readonly title: string;
      readonly started: (iso: string) => string;
      readonly verdict: (passed: boolean, good: string, all: string) => string;
      readonly where: (host: string, platform: string, version: string, language: string) => string;
      readonly calculation: (mode: string) => string;
      readonly excelApi: (supported: string, missing: string) => string;
      readonly stepsHeading: string;
      readonly step: (index: string, mark: string, name: string, status: string, details: string) => string;
      /** `context.sync()` round trips and milliseconds of one step. */
      readonly timing: (syncs: string, ms: string) => string;
      readonly counts: Readonly<Record<keyof SelfCheckStep["counts"], string>>;
      readonly differs: (where: string, what: string, got: string, expected: string) => string;
      readonly error: (message: string, code: string) => string;
      readonly more: (count: string) => string;
      readonly none: string;
    };
  };

  readonly error: {
    readonly detailsShow: string;
    readonly detailsHide: string;
    readonly unknown: string;
    /** What Excel refused, said instead of a panel's general "failed" (HostProblem). */
    readonly problems: Readonly<Record<HostProblemKind, string>>;
  };

  /** The ribbon's commands run without the pane: what they have to tell is shown in a small dialog. */
  readonly ribbon: {
    readonly failed: string;
    readonly noForms: string;
    readonly clean: string;
    readonly close: string;
  };
}
