import type { ChartPlan } from "../../plan/types";
import { parseCell } from "../../plan/a1";
import { NS_A, NS_C, NS_R, NS_XDR, XML_HEAD } from "./namespaces";
import { escapeXml as esc } from "./styles";

/**
 * A sheet's drawing part (`xl/drawings/drawingN.xml`): one graphic frame per chart, anchored at the
 * plan's top-left cell with the plan's size (as the Office renderer places it), and its
 * relationships to the chart parts.
 */

export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

const EMU_PER_POINT = 12700;

/** `charts[i]` is reached through relationship rId{i+1} (see drawingRelsXml). */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts.map((chart, i) => {
    // The top-left cell (0-based in DrawingML) and a size in EMU.
    const { row, col } = parseCell(chart.anchor.from);
    return (
      "<xdr:oneCellAnchor>" +
      `<xdr:from><xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${Math.round(chart.anchor.width * EMU_PER_POINT)}" cy="${Math.round(chart.anchor.height * EMU_PER_POINT)}"/>` +
      '<xdr:graphicFrame macro="">' +
      `<xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${esc(chart.name)}" descr="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      "</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>"
    );
  });
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join("")}</xdr:wsDr>`;
}

export function drawingRelsXml(chartNumbers: readonly number[]): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    chartNumbers.map((n, i) => `<Relationship Id="rId${i + 1}" Type="${NS_R}/chart" Target="../charts/chart${n}.xml"/>`).join("") +
    "</Relationships>"
  );
}
