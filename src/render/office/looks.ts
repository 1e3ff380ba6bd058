/**
 * The looks are the plan's (src/plan/looks.ts), shared with the .xlsx writer; what is Office's own
 * is the validation mark and the width conversion.
 */
export {
  BORDER_COLOR,
  CONDITIONAL_LOOKS,
  DATE_FORMAT,
  GENERAL_FORMAT,
  INPUT_FILL,
  LOOKS,
  PAGE_SETUP,
  TABLE_STYLE,
  TEXT_FORMAT,
  type Look,
} from "../../plan/looks";

/** The fill that validation puts on a cell it found wrong (distinct from the conditional "bad"). */
export const MARK_FILL = "#F4B183";

/**
 * Excel column widths are set in points; the plan gives characters of the default font
 * (Calibri 11: 7 px a character plus 5 px of padding, 0.75 pt a pixel).
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
