import type { Template, TemplateKind } from "../../core/catalog/types";
import type { FormFill } from "../../core/fill";
import type { FigureOf, ChartsOut } from "../charts";
import type { Column, ColumnParts, TableRow } from "../columns";
import type { CellBlock, CheckCell, ConditionalFormatPlan, ResultCell, StyledRange, ValidationPlan } from "../types";

/**
 * A template kind's sheet-facing part: its items table, the rules of its input cells, its results
 * block and its charts. The core-facing part (scoring, validation, demo data) is src/core/kinds.
 */

/** Where a kind's sheet parts go: the table's rows, their first sheet row, and the results' column. */
export interface SheetContext {
  readonly template: Template;
  readonly fill: FormFill | undefined;
  readonly rows: readonly TableRow[];
  readonly columns: readonly Column[];
  readonly firstRow: number;
  readonly lastRow: number;
  /** 1-based column of the input with this key ("value", "comment", a register column…). */
  readonly colOf: (key: string) => number;
  /** The results block's first column. */
  readonly resultsCol: number;
}

export interface ResultsOut {
  blocks: CellBlock[];
  styles: StyledRange[];
  conditionalFormats: ConditionalFormatPlan[];
  cells: ResultCell[];
  /** Text results checked by the .xlsx writer's cached values (the register's "Sakrīt / Nesakrīt"). */
  checks?: CheckCell[];
  widths: number[];
  lastRow: number;
}

export interface InputRules {
  readonly validations: ValidationPlan[];
  readonly conditionalFormats: ConditionalFormatPlan[];
}

export interface PlanKind<K extends string = TemplateKind> {
  readonly kind: K;
  readonly rows: (template: Template) => TableRow[];
  readonly columns: (template: Template, parts: ColumnParts) => Column[];
  /** Whether the head asks for the number of respondents (the survey's denominator). */
  readonly respondents: boolean;
  /** The dropdown or number rule of the input cells, and their colours. */
  readonly inputRules: (ctx: SheetContext, listSource: string) => InputRules;
  readonly results: (ctx: SheetContext) => ResultsOut;
  /** With entries, `figure` gives the charts' caches. */
  readonly charts: (ctx: SheetContext, results: ResultsOut, figure: FigureOf | undefined) => ChartsOut | undefined;
}
