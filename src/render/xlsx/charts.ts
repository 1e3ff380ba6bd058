import type { ChartAxisPlan, ChartKind, ChartPlan } from "../../plan/types";
import { absolute, parseRange } from "../../plan/a1";
import { CHART_COLORS } from "../../plan/looks";
import { NS_A, NS_C, NS_R, XML_HEAD } from "./namespaces";
import { escapeXml as esc } from "./styles";

/**
 * One chart of the plan as a DrawingML chart part (`xl/charts/chartN.xml`). Series point at the
 * sheet's ranges and carry what those cells hold (or, for formulas, the figures the plan knows they
 * compute) as a cache, for viewers that do not recalculate; Excel and LibreOffice read the ranges
 * afresh. Element order follows the ECMA-376 schema
 * (CT_ChartSpace, CT_BarSer, CT_CatAx…), as Excel writes it.
 */

export const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

const LANG = "lv-LV";
const CAT_AXIS = 500010;
const VAL_AXIS = 500020;

/** What a cell of the chart's sheet holds, as far as the writer knows it without calculating. */
export type CellValue = string | number | null;

export function chartXml(plan: ChartPlan, sheetName: string, valueAt: (row: number, col: number) => CellValue): string {
  const ref = (range: string) => rangeData(range, sheetName, valueAt);
  const categories = ref(plan.categories);
  const labels = plan.labels ? labelsXml(plan.kind, plan.labels.numberFormat) : "";
  const series = plan.series.map((s, i) => seriesXml(plan.kind, i, s.name, categories, withCache(ref(s.values), s.cache), labels));
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:lang val="${LANG}"/><c:roundedCorners val="0"/>` +
    "<c:chart>" +
    titleXml(plan.title) +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plotXml(plan.kind, series.join(""))}${plan.kind === "pie" ? "" : axesXml(plan.kind, plan.axis)}</c:plotArea>` +
    (plan.legend ? `<c:legend><c:legendPos val="${plan.legend === "bottom" ? "b" : "r"}"/><c:overlay val="0"/></c:legend>` : "") +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

interface RangeData {
  /** 'Sheet name'!$B$3:$B$8 */
  readonly formula: string;
  readonly points: readonly CellValue[];
}

function rangeData(range: string, sheetName: string, valueAt: (row: number, col: number) => CellValue): RangeData {
  const { r1, c1, r2, c2 } = parseRange(range);
  const points: CellValue[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) points.push(valueAt(r, c));
  return { formula: `${quoteSheet(sheetName)}!${absolute(range)}`, points };
}

/** A cell the writer cannot evaluate (a formula) takes the figure the plan knows it will compute. */
function withCache(d: RangeData, cache: readonly (number | null)[] | undefined): RangeData {
  if (!cache) return d;
  return { ...d, points: d.points.map((p, i) => (typeof p === "number" ? p : (cache[i] ?? p))) };
}

/** A sheet name in a formula, always quoted (valid for every name, and required for most of ours). */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function titleXml(title: string): string {
  return (
    "<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>" +
    `<a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="${LANG}" sz="1200" b="1"/><a:t>${esc(title)}</a:t></a:r></a:p>` +
    '</c:rich></c:tx><c:overlay val="0"/></c:title>'
  );
}

function plotXml(kind: ChartKind, series: string): string {
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  switch (kind) {
    case "barClustered":
    case "columnClustered":
      return `<c:barChart><c:barDir val="${kind === "barClustered" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axes}</c:barChart>`;
    case "radar":
      return `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${series}${axes}</c:radarChart>`;
    case "pie":
      return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
}

const color = (i: number) => CHART_COLORS[i % CHART_COLORS.length].slice(1);
const solid = (hex: string) => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
/** Light grey gridlines, drawn as Excel draws them (a bare element leaves the colour to the viewer). */
const GRIDLINES = `<c:majorGridlines><c:spPr><a:ln w="9525">${solid("D9D9D9")}</a:ln></c:spPr></c:majorGridlines>`;

/** Each point's value written on it: outside the end of a bar, where it fits best on a slice. */
function labelsXml(kind: ChartKind, numberFormat: string): string {
  const position = kind === "pie" ? "bestFit" : kind === "radar" ? undefined : "outEnd";
  return (
    `<c:dLbls><c:numFmt formatCode="${esc(numberFormat)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    (position ? `<c:dLblPos val="${position}"/>` : "") +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
  );
}

function seriesXml(kind: ChartKind, index: number, name: string, categories: RangeData, values: RangeData, labels: string): string {
  const head = `<c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${esc(name)}</c:v></c:tx>`;
  const data = `<c:cat>${categoryRef(categories)}</c:cat><c:val>${numberRef(values)}</c:val>`;
  switch (kind) {
    case "barClustered":
    case "columnClustered":
      return `<c:ser>${head}<c:spPr>${solid(color(index))}</c:spPr><c:invertIfNegative val="0"/>${labels}${data}</c:ser>`;
    case "radar":
      // Excel's "Radar" (lines, no markers), the type the Office renderer asks for.
      return `<c:ser>${head}<c:spPr><a:ln w="28575">${solid(color(index))}</a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>${labels}${data}</c:ser>`;
    case "pie": {
      // A pie colours each slice; the file has no theme to take them from, so each is named.
      const slices = values.points.map((_, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr>${solid(color(i))}</c:spPr></c:dPt>`).join("");
      return `<c:ser>${head}${slices}${labels}${data}</c:ser>`;
    }
  }
}

/** Text categories as a string reference; categories that are all numbers as a number reference. */
function categoryRef(d: RangeData): string {
  const known = d.points.filter((p) => p !== null);
  if (known.length > 0 && known.every((p) => typeof p === "number")) return numberRef(d);
  const pts = d.points.map((p, i) => (p === null ? "" : `<c:pt idx="${i}"><c:v>${esc(String(p))}</c:v></c:pt>`)).join("");
  return `<c:strRef><c:f>${esc(d.formula)}</c:f><c:strCache><c:ptCount val="${d.points.length}"/>${pts}</c:strCache></c:strRef>`;
}

/** Values as a number reference; a cell without a number yet (a formula not calculated) is a gap. */
function numberRef(d: RangeData): string {
  const pts = d.points.map((p, i) => (typeof p === "number" ? `<c:pt idx="${i}"><c:v>${p}</c:v></c:pt>` : "")).join("");
  return `<c:numRef><c:f>${esc(d.formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${d.points.length}"/>${pts}</c:numCache></c:numRef>`;
}

function axesXml(kind: ChartKind, axis: ChartAxisPlan | undefined): string {
  const bar = kind === "barClustered";
  const radar = kind === "radar";
  const scaling = axis
    ? `<c:scaling><c:orientation val="minMax"/><c:max val="${axis.max}"/><c:min val="${axis.min}"/></c:scaling>`
    : '<c:scaling><c:orientation val="minMax"/></c:scaling>';
  // Horizontal bars read top-down in the table's order: the category axis runs from its maximum,
  // and the value axis crosses it there, so the values stay at the bottom.
  const cat =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${bar ? "l" : "b"}"/>${radar ? GRIDLINES : ""}` +
    '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const val =
    `<c:valAx><c:axId val="${VAL_AXIS}"/>${scaling}<c:delete val="0"/>` +
    `<c:axPos val="${bar ? "b" : "l"}"/>${GRIDLINES}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="${radar ? "cross" : "out"}"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AXIS}"/><c:crosses val="${bar ? "max" : "autoZero"}"/><c:crossBetween val="between"/>` +
    (axis?.majorUnit !== undefined ? `<c:majorUnit val="${axis.majorUnit}"/>` : "") +
    "</c:valAx>";
  return cat + val;
}
