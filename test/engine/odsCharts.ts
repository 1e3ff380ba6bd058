import { strFromU8, unzipSync } from "fflate";
import { decodeEntities } from "../../src/render/xlsx/xml";

/** The charts LibreOffice holds in an .ods: each embedded chart object, read from its own content.xml. */
export interface OdsChart {
  /** The frame's name (the plan's chart name survives the round trip). */
  readonly name: string;
  /** "chart:bar", "chart:radar", "chart:circle"… */
  readonly class: string;
  /** Horizontal bars: LibreOffice's "vertical" plot area (the x axis stands upright). */
  readonly horizontal: boolean;
  readonly title: string;
  /** Each series' values, as "'Sheet'.I40:'Sheet'.I44". */
  readonly series: readonly string[];
  readonly categories?: string;
  readonly axis: { readonly min?: number; readonly max?: number; readonly step?: number };
}

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeEntities(m[1]) : undefined;
};

export function odsCharts(ods: Uint8Array): OdsChart[] {
  const files = unzipSync(ods);
  const content = strFromU8(files["content.xml"]);
  const frames = [...content.matchAll(/<draw:frame\s[^>]*>\s*<draw:object\s[^>]*>/g)].map((m) => m[0]);
  return frames.map((frame) => {
    const href = attr(frame.slice(frame.indexOf("<draw:object")), "xlink:href")!.replace(/^\.\//, "");
    const chart = strFromU8(files[`${href}/content.xml`]);
    const chartTag = /<chart:chart\s[^>]*>/.exec(chart)![0];
    const yAxisStyle = attr(/<chart:axis\s[^>]*chart:dimension="y"[^>]*>/.exec(chart)?.[0] ?? "", "chart:style-name");
    const style = (name: string | undefined) => (name ? (new RegExp(`<style:style style:name="${name}"[\\s\\S]*?</style:style>`).exec(chart)?.[0] ?? "") : "");
    const axisProps = style(yAxisStyle);
    const plotStyle = style(attr(/<chart:plot-area\s[^>]*>/.exec(chart)?.[0] ?? "", "chart:style-name"));
    const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
    const title = /<chart:title[\s\S]*?<\/chart:title>/.exec(chart)?.[0] ?? "";
    return {
      name: attr(frame, "draw:name") ?? "",
      class: attr(chartTag, "chart:class") ?? "",
      horizontal: attr(plotStyle, "chart:vertical") === "true",
      title: decodeEntities(title.replace(/<[^>]+>/g, "")),
      series: [...chart.matchAll(/<chart:series\s[^>]*>/g)].map((m) => attr(m[0], "chart:values-cell-range-address") ?? ""),
      categories: attr(/<chart:categories\s[^>]*>/.exec(chart)?.[0] ?? "", "table:cell-range-address"),
      axis: { min: num(attr(axisProps, "chart:minimum")), max: num(attr(axisProps, "chart:maximum")), step: num(attr(axisProps, "chart:interval-major")) },
    };
  });
}
