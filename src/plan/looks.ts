import type { ConditionalFormatPlan, StyleId } from "./types";

/**
 * How each StyleId looks, once for both renderers, so a sheet looks the same whether the add-in or
 * the command line wrote it. Colours are #RRGGBB; number formats are en-US codes.
 */

export const TEXT_FORMAT = "@";
/** The dots escaped, as Excel writes the code itself: SheetJS and others show "dd.mm.yyyy" unescaped as text. */
export const DATE_FORMAT = "dd\\.mm\\.yyyy";
export const GENERAL_FORMAT = "General";
/** A share stored as 0–1 at full precision, shown as a percentage. */
export const PERCENT_FORMAT = "0.0%";

export interface Look {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  /** A thin BORDER_COLOR line round every cell (input cells), so the fields to fill stand out in print too. */
  readonly border?: boolean;
}

export const BORDER_COLOR = "#BFBFBF";

/**
 * Series colours, in order: the accents of Office's default theme, which Excel gives the charts the
 * add-in adds; the .xlsx writer names them outright, as its files carry no theme.
 */
export const CHART_COLORS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"] as const;

/** Every table's built-in style: light, banded rows, so the input fill and the marks stay readable. */
export const TABLE_STYLE = "TableStyleLight9";

/**
 * How every sheet prints: A4 landscape, one page wide and as many pages tall as it takes (a criteria
 * sheet is read across). Margins in inches, as SpreadsheetML keeps them.
 */
export interface PageSetup {
  readonly paper: "A4";
  readonly orientation: "landscape" | "portrait";
  readonly fitToWidth: number;
  /** 0 = as many pages as it takes. */
  readonly fitToHeight: number;
  readonly margins: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    readonly header: number;
    readonly footer: number;
  };
}

export const PAGE_SETUP: PageSetup = {
  paper: "A4",
  orientation: "landscape",
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

export const INPUT_FILL = "#FFF2CC";
const RESULT_FILL = "#DDEBF7";

export const LOOKS: Readonly<Record<StyleId, Look>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, fontColor: "#595959" },
  stamp: { fontColor: "#7F7F7F", numberFormat: TEXT_FORMAT },
  label: { bold: true, numberFormat: TEXT_FORMAT },
  input: { fill: INPUT_FILL, border: true },
  inputText: { fill: INPUT_FILL, wrap: true, numberFormat: TEXT_FORMAT, border: true },
  inputDate: { fill: INPUT_FILL, numberFormat: DATE_FORMAT, border: true },
  inputYear: { fill: INPUT_FILL, numberFormat: "0", border: true },
  header: { bold: true, fontColor: "#FFFFFF", fill: "#1F4E78", wrap: true },
  wrap: { wrap: true, numberFormat: TEXT_FORMAT },
  result: { fill: RESULT_FILL },
  resultAverage: { fill: RESULT_FILL, bold: true, numberFormat: "0.00" },
  resultPercent: { fill: RESULT_FILL, bold: true, numberFormat: "0.0" },
  resultLabel: { fill: RESULT_FILL, wrap: true, numberFormat: TEXT_FORMAT },
  figureAverage: { numberFormat: "0.00" },
  figurePercent: { numberFormat: PERCENT_FORMAT },
};

/** Conditional-format looks: Excel's own "light red / green / yellow fill with dark text". */
export const CONDITIONAL_LOOKS: Readonly<Record<ConditionalFormatPlan["look"], { fill: string; fontColor: string }>> = {
  bad: { fill: "#FFC7CE", fontColor: "#9C0006" },
  good: { fill: "#C6EFCE", fontColor: "#006100" },
  neutral: { fill: "#FFEB9C", fontColor: "#9C5700" },
};
