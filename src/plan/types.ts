/**
 * The workbook plan: everything a renderer must create for one template, as plain data.
 * The Office.js renderer and the .xlsx writer both consume it; neither decides layout or formulas.
 *
 * Addresses are A1 references on the plan's own sheet ("B4", "A10:F27"); formulas are en-US syntax
 * with the leading "=", exactly as `range.formulas` takes them.
 */

/** One cell's content. Text is always written as text (never parsed as a number or a formula). */
export type PlanCell =
  | null
  | { readonly text: string }
  | { readonly number: number }
  /** An Excel date serial, shown with the date format. */
  | { readonly date: number }
  /**
   * en-US formula, starting with "=", and what it computes where the plan knows (the core's figure):
   * the .xlsx writer stores it, so a reader that does not calculate (pandas, a file preview, Excel's
   * Protected View) sees the figure rather than an empty cell.
   */
  | { readonly formula: string; readonly cached?: number | string };

/** A rectangle of cells written in one go, top-left at `ref`. Rows may not be ragged. */
export interface CellBlock {
  readonly ref: string;
  readonly rows: readonly (readonly PlanCell[])[];
}

/** Named looks; each renderer maps them to its own formatting. */
export type StyleId =
  | "title"
  | "subtitle"
  | "stamp"
  | "label"
  | "input"
  | "inputText"
  | "inputDate"
  | "inputYear"
  | "header"
  | "wrap"
  | "result"
  | "resultAverage"
  | "resultPercent"
  | "resultLabel"
  /** A figure in a summary: an average at two decimals, a share (0–1) as a percentage; full precision kept. */
  | "figureAverage"
  | "figurePercent";

export interface StyledRange {
  readonly ref: string;
  readonly style: StyleId;
}

export type ValidationRule =
  /**
   * Dropdown of `values`. `source` is the en-US reference of cells holding the same values (the
   * scale legend): a list typed into the rule is case-sensitive in Excel (office-js #972) and its
   * separator depends on the locale; a list of cells accepts "izpildīts" as the formulas count it.
   */
  | { readonly kind: "list"; readonly values: readonly (string | number)[]; readonly source: string }
  | { readonly kind: "wholeNumber"; readonly min: number; readonly max: number }
  | { readonly kind: "date"; readonly min: number; readonly max: number };

export interface ValidationPlan {
  readonly ref: string;
  readonly rule: ValidationRule;
  /** Shown when the user enters something else (Latvian, short). */
  readonly errorTitle: string;
  readonly errorMessage: string;
  /** Stop (reject) or warning (allow after confirming). */
  readonly strict: boolean;
}

export type ConditionalFormatPlan =
  /** Highlight cells equal to a text value (e.g. "Neatbilst"). */
  | { readonly ref: string; readonly kind: "textEquals"; readonly text: string; readonly look: "bad" | "good" | "neutral" }
  /** Highlight when the en-US formula (relative to the range's top-left cell) is true. */
  | { readonly ref: string; readonly kind: "expression"; readonly formula: string; readonly look: "bad" | "good" | "neutral" };

export interface TablePlan {
  /** Workbook-unique table name (renderers may suffix it to keep it unique). */
  readonly name: string;
  /** The whole table including its header row. */
  readonly ref: string;
  readonly headers: readonly string[];
}

export interface NamePlan {
  readonly name: string;
  /** Absolute reference on this sheet, e.g. "$B$4". */
  readonly ref: string;
  /**
   * Workbook-level names are the contract's (Iestade…). When the workbook already has the name (a second
   * template), renderers add it at sheet level instead, so each sheet still finds its own metadata.
   */
  readonly scope: "workbook" | "sheet";
}

/** What a result cell means, so tests can compare the engine's value with the core's figure. */
export type ResultMeasure =
  | { readonly measure: "average"; readonly group: string }
  | { readonly measure: "nonCompliancePct"; readonly group: string }
  | { readonly measure: "progressPct"; readonly group: string }
  | { readonly measure: "count"; readonly group: string; readonly of: "answered" | "notApplicable" | "missing" | "invalid" }
  /** The totals row's counts, over every item of the form. */
  | { readonly measure: "overallCount"; readonly of: "answered" | "notApplicable" | "missing" | "invalid" }
  | { readonly measure: "overall" }
  | { readonly measure: "overallNonCompliancePct" }
  | { readonly measure: "overallProgressPct" }
  | { readonly measure: "sharePct"; readonly item: string }
  | { readonly measure: "registerSum"; readonly period: string }
  | { readonly measure: "registerColumnTotal"; readonly column: string };

export interface ResultCell {
  readonly ref: string;
  readonly what: ResultMeasure;
}

/** A register's "Sakrīt / Nesakrīt" cell: the computed sum of a period or column against the entered one. */
export interface CheckCell {
  readonly ref: string;
  readonly what: { readonly of: "period"; readonly period: string } | { readonly of: "column"; readonly column: string };
}

export interface ColumnWidth {
  /** 0-based column index. */
  readonly index: number;
  /** Width in characters of the default font. */
  readonly chars: number;
}

export type ChartKind = "barClustered" | "columnClustered" | "radar" | "pie";

export interface ChartSeriesPlan {
  /** Series name as shown in the legend (a period, or what the values are). */
  readonly name: string;
  /** A1 range of the values on the chart's own sheet. */
  readonly values: string;
  /**
   * What those cells will compute for the plan's own entries (null: empty), where the plan knows:
   * the .xlsx writer's cache, for viewers that do not recalculate. Excel computes its own.
   */
  readonly cache?: readonly (number | null)[];
}

/** A value axis fixed to a scale: its lowest and highest value, and the step between gridlines. */
export interface ChartAxisPlan {
  readonly min: number;
  readonly max: number;
  readonly majorUnit?: number;
}

/**
 * A native Excel chart. Its name starts with CHART_PREFIX: rebuilding results replaces only charts
 * with that prefix, never a user's own.
 */
export interface ChartPlan {
  readonly name: string;
  readonly kind: ChartKind;
  /** The ministry's wording. */
  readonly title: string;
  /** A1 range of the category labels (one per bar). */
  readonly categories: string;
  readonly series: readonly ChartSeriesPlan[];
  /** The value axis, fixed to the template's scale (see `valueAxis`); pies have none. */
  readonly axis?: ChartAxisPlan;
  /** Where the legend stands; absent = no legend (one series says what it is in the title). */
  readonly legend?: "right" | "bottom";
  /** Each bar's or slice's value written on it, in this number format (en-US code); absent = none. */
  readonly labels?: { readonly numberFormat: string };
  /**
   * The chart's top-left cell, and its size in points: a size rather than a bottom-right cell, so
   * that rows made tall by wrapped texts do not stretch the chart.
   */
  readonly anchor: { readonly from: string; readonly width: number; readonly height: number };
}

export const CHART_PREFIX = "KV_diagramma_";

/**
 * Any sheet the add-in writes: a template sheet, or a sheet the merge owns. Both renderers take it.
 */
export interface WorkbookSheet {
  /** Preferred sheet name; a renderer appends " (2)", " (3)"… when it is taken. */
  readonly name: string;
  /** Names an older version gave this owned sheet: a writer that replaces the sheet replaces one of these too. */
  readonly formerNames?: readonly string[];
  readonly blocks: readonly CellBlock[];
  readonly styles: readonly StyledRange[];
  readonly columns: readonly ColumnWidth[];
  /** Rows with a taller height (wrapped texts): 1-based row → points. Omitted rows keep the default. */
  readonly rowHeights?: Readonly<Record<number, number>>;
  readonly tables?: readonly TablePlan[];
  readonly validations?: readonly ValidationPlan[];
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  readonly names?: readonly NamePlan[];
  /** Protect the sheet, leaving `inputs` unlocked. */
  readonly protect?: boolean;
  /** Ranges the user fills in: unlocked on the protected sheet. */
  readonly inputs?: readonly string[];
  /** Freeze panes below this many rows (the table header). */
  readonly freezeRows?: number;
  readonly printArea?: string;
  /** Rows 1…n printed at the top of every page (a table's header). */
  readonly printTitleRows?: number;
  readonly charts?: readonly ChartPlan[];
}

/** A template sheet: the contract's table, names and stamp, and where its results stand. */
export interface SheetPlan extends WorkbookSheet {
  readonly templateId: string;
  readonly templateVersion: number;
  /** "<id>@<version>"; written in `stampRef` and named `KvalitateVeidne` on the sheet. */
  readonly stamp: string;
  readonly stampRef: string;
  /** The items table (also the only entry of `tables`). */
  readonly table: TablePlan;
  readonly tables: readonly TablePlan[];
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly names: readonly NamePlan[];
  readonly protect: true;
  readonly inputs: readonly string[];
  readonly freezeRows: number;
  readonly printArea: string;
  readonly results: readonly ResultCell[];
  /** The register's agreement checks (text results, so not among `results`' figures). */
  readonly checks?: readonly CheckCell[];
  readonly charts: readonly ChartPlan[];
  /** Headers of the table's input columns, so a reader finds them by name, whatever their order. */
  readonly inputHeaders: { readonly value: string; readonly comment: string; readonly fields: Readonly<Record<string, string>> };
  /** Metadata cells by contract name, and the survey's respondent count. */
  readonly metaRefs: { readonly Iestade: string; readonly Periods: string; readonly Vertetajs: string; readonly Datums: string; readonly Respondenti?: string };
}

/** The sheet-level name of a survey's respondent count. */
export const RESPONDENTS_NAME = "Respondenti";
/** The sheet-level name that points at the template stamp. */
export const STAMP_NAME = "KvalitateVeidne";
/** Workbook-level metadata names of the contract. */
export const META_NAMES = ["Iestade", "Periods", "Vertetajs", "Datums"] as const;
export type MetaName = (typeof META_NAMES)[number];
