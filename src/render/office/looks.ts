import type { ConditionalFormatPlan, StyleId } from "../../plan/types";

/**
 * How each of the plan's StyleIds looks in Excel. The colours are the .xlsx writer's
 * (src/render/xlsx/styles.ts), so a sheet looks the same whether the add-in or the command line
 * wrote it. Number formats are en-US codes, as `range.numberFormat` takes them.
 */

export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "dd.mm.yyyy";
export const GENERAL_FORMAT = "General";

export interface Look {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly wrap?: boolean;
  readonly numberFormat?: string;
}

export const INPUT_FILL = "#FFF2CC";
const RESULT_FILL = "#DDEBF7";

export const LOOKS: Readonly<Record<StyleId, Look>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, fontColor: "#595959" },
  stamp: { fontColor: "#7F7F7F", numberFormat: TEXT_FORMAT },
  label: { bold: true, numberFormat: TEXT_FORMAT },
  input: { fill: INPUT_FILL },
  inputText: { fill: INPUT_FILL, wrap: true, numberFormat: TEXT_FORMAT },
  inputDate: { fill: INPUT_FILL, numberFormat: DATE_FORMAT },
  inputYear: { fill: INPUT_FILL, numberFormat: "0" },
  header: { bold: true, fontColor: "#FFFFFF", fill: "#1F4E78", wrap: true },
  wrap: { wrap: true, numberFormat: TEXT_FORMAT },
  result: { fill: RESULT_FILL },
  resultAverage: { fill: RESULT_FILL, bold: true, numberFormat: "0.00" },
  resultPercent: { fill: RESULT_FILL, bold: true, numberFormat: "0.0" },
  resultLabel: { fill: RESULT_FILL, wrap: true, numberFormat: TEXT_FORMAT },
};

/** Conditional-format looks: Excel's own "light red / green / yellow fill with dark text". */
export const CONDITIONAL_LOOKS: Readonly<Record<ConditionalFormatPlan["look"], { fill: string; fontColor: string }>> = {
  bad: { fill: "#FFC7CE", fontColor: "#9C0006" },
  good: { fill: "#C6EFCE", fontColor: "#006100" },
  neutral: { fill: "#FFEB9C", fontColor: "#9C5700" },
};

/** The fill that validation puts on a cell it found wrong (distinct from the conditional "bad"). */
export const MARK_FILL = "#F4B183";

/**
 * Excel column widths are set in points; the plan gives characters of the default font
 * (Calibri 11: 7 px a character plus 5 px of padding, 0.75 pt a pixel).
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}
