import type { ScaleKind, TemplateKind } from "../../core/catalog/types";
import type { Severity } from "../../core/validation/validate";

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
  readonly languageLabel: string;
  readonly languageNames: Readonly<Record<Language, string>>;
  readonly sectionsLabel: string;
  readonly tabs: { readonly insert: string; readonly validate: string; readonly help: string };

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
    readonly findingsLabel: string;
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

  readonly error: {
    readonly detailsShow: string;
    readonly detailsHide: string;
    readonly unknown: string;
  };
}
