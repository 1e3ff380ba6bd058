import type { StyleId } from "../../plan/types";

/**
 * SpreadsheetML styles for the plan's StyleIds. A cell's format is (style, unlocked, date): every
 * combination used gets one `xf`, so input cells stay unlocked on the protected sheet.
 */

interface Look {
  readonly font?: { readonly bold?: boolean; readonly size?: number; readonly color?: string; readonly italic?: boolean };
  readonly fill?: string;
  readonly numFmt?: number;
  readonly wrap?: boolean;
  readonly border?: boolean;
}

/** Built-in number formats: 0 General, 49 "@" (text), 2 "0.00"; custom ones from 164. */
const FMT_TEXT = 49;
const FMT_AVG = 2;
const FMT_PCT = 164;
const FMT_DATE = 165;
const CUSTOM_FORMATS = [
  [FMT_PCT, "0.0"],
  [FMT_DATE, "dd.mm.yyyy"],
] as const;

const LOOKS: Record<StyleId, Look> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { italic: true, color: "FF595959" } },
  stamp: { font: { color: "FF7F7F7F" }, numFmt: FMT_TEXT },
  label: { font: { bold: true }, numFmt: FMT_TEXT },
  input: { fill: "FFFFF2CC", border: true },
  inputText: { fill: "FFFFF2CC", border: true, numFmt: FMT_TEXT, wrap: true },
  inputDate: { fill: "FFFFF2CC", border: true, numFmt: FMT_DATE },
  inputYear: { fill: "FFFFF2CC", border: true, numFmt: 1 },
  header: { font: { bold: true, color: "FFFFFFFF" }, fill: "FF1F4E78", wrap: true },
  wrap: { wrap: true, numFmt: FMT_TEXT },
  result: { fill: "FFDDEBF7" },
  resultAverage: { fill: "FFDDEBF7", numFmt: FMT_AVG, font: { bold: true } },
  resultPercent: { fill: "FFDDEBF7", numFmt: FMT_PCT, font: { bold: true } },
  resultLabel: { fill: "FFDDEBF7", numFmt: FMT_TEXT, wrap: true },
};

/** Conditional-format looks, in dxf order. */
export const DXF_INDEX = { bad: 0, good: 1, neutral: 2 } as const;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export class StyleSheet {
  private readonly fonts: string[] = ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'];
  private readonly fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders: string[] = ["<border><left/><right/><top/><bottom/><diagonal/></border>"];
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly byKey = new Map<string, number>();

  /** Index of the cell format for a style (undefined = default), unlocked or not, as a date or not. */
  xf(style: StyleId | undefined, unlocked: boolean, date: boolean): number {
    const key = `${style ?? ""}|${unlocked ? 1 : 0}|${date ? 1 : 0}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const look: Look = style ? LOOKS[style] : {};
    const numFmt = date ? FMT_DATE : look.numFmt ?? 0;
    const fontId = look.font ? this.add(this.fonts, fontXml(look.font)) : 0;
    const fillId = look.fill ? this.add(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${look.fill}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = look.border ? this.add(this.borders, thinBorder()) : 0;
    const align = look.wrap ? '<alignment vertical="top" wrapText="1"/>' : '<alignment vertical="top"/>';
    const protection = unlocked ? '<protection locked="0"/>' : "";
    const xml =
      `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"${unlocked ? ' applyProtection="1"' : ""}>` +
      `${align}${protection}</xf>`;
    this.xfs.push(xml);
    const index = this.xfs.length - 1;
    this.byKey.set(key, index);
    return index;
  }

  private add(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return i;
    list.push(xml);
    return list.length - 1;
  }

  toXml(): string {
    const numFmts = CUSTOM_FORMATS.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join("");
    const dxf = (font: string, fill: string) =>
      `<dxf><font><color rgb="${font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${fill}"/></patternFill></fill></dxf>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<numFmts count="${CUSTOM_FORMATS.length}">${numFmts}</numFmts>` +
      `<fonts count="${this.fonts.length}">${this.fonts.join("")}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join("")}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join("")}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="3">${dxf("FF9C0006", "FFFFC7CE")}${dxf("FF006100", "FFC6EFCE")}${dxf("FF9C5700", "FFFFEB9C")}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

function fontXml(f: NonNullable<Look["font"]>): string {
  return (
    "<font>" +
    (f.bold ? "<b/>" : "") +
    (f.italic ? "<i/>" : "") +
    `<sz val="${f.size ?? 11}"/>` +
    (f.color ? `<color rgb="${f.color}"/>` : "") +
    '<name val="Calibri"/><family val="2"/></font>'
  );
}

function thinBorder(): string {
  const side = (n: string) => `<${n} style="thin"><color rgb="FFBFBFBF"/></${n}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

export { esc as escapeXml };
