import type { StyleId } from "../../plan/types";
import { BORDER_COLOR, CONDITIONAL_LOOKS, DATE_FORMAT, LOOKS, PERCENT_FORMAT, type Look } from "../../plan/looks";
import { NS_MAIN, XML_HEAD } from "./namespaces";

/**
 * SpreadsheetML styles for the plan's StyleIds. A cell's format is (style, unlocked, date): every
 * combination used gets one `xf`, so input cells stay unlocked on the protected sheet.
 */

/** Built-in number formats by code; the others get custom ids from 164. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "@": 49 };
const FMT_DATE = 165;
const CUSTOM_FORMATS = [
  [164, "0.0"],
  [FMT_DATE, DATE_FORMAT],
  [166, PERCENT_FORMAT],
] as const;

function formatId(code: string | undefined): number {
  if (code === undefined) return 0;
  const builtIn = BUILT_IN_FORMATS[code];
  if (builtIn !== undefined) return builtIn;
  const custom = CUSTOM_FORMATS.find(([, c]) => c === code);
  if (!custom) throw new Error(`number format ${code} has no id in the .xlsx writer`);
  return custom[0];
}

/** "#RRGGBB" → SpreadsheetML's opaque "FFRRGGBB". */
const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

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
    const numFmt = date ? FMT_DATE : formatId(look.numberFormat);
    const hasFont = look.bold || look.italic || look.size || look.fontColor;
    const fontId = hasFont ? this.add(this.fonts, fontXml(look)) : 0;
    const fillId = look.fill
      ? this.add(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(look.fill)}"/><bgColor indexed="64"/></patternFill></fill>`)
      : 0;
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
    const dxf = (look: { fill: string; fontColor: string }) =>
      `<dxf><font><color rgb="${argb(look.fontColor)}"/></font><fill><patternFill patternType="solid"><bgColor rgb="${argb(look.fill)}"/></patternFill></fill></dxf>`;
    return (
      XML_HEAD +
      `<styleSheet xmlns="${NS_MAIN}">` +
      `<numFmts count="${CUSTOM_FORMATS.length}">${numFmts}</numFmts>` +
      `<fonts count="${this.fonts.length}">${this.fonts.join("")}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join("")}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join("")}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="3">${dxf(CONDITIONAL_LOOKS.bad)}${dxf(CONDITIONAL_LOOKS.good)}${dxf(CONDITIONAL_LOOKS.neutral)}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

function fontXml(f: Look): string {
  return (
    "<font>" +
    (f.bold ? "<b/>" : "") +
    (f.italic ? "<i/>" : "") +
    `<sz val="${f.size ?? 11}"/>` +
    (f.fontColor ? `<color rgb="${argb(f.fontColor)}"/>` : "") +
    '<name val="Calibri"/><family val="2"/></font>'
  );
}

function thinBorder(): string {
  const side = (n: string) => `<${n} style="thin"><color rgb="${argb(BORDER_COLOR)}"/></${n}>`;
  return `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`;
}

export { esc as escapeXml };
