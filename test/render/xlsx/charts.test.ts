import { execFileSync } from "child_process";
import { strFromU8, unzipSync } from "fflate";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoFill, findTemplate, type MergeResult, type Template } from "../../../src/core";
import { buildSheetPlan, mergeChartsSheet, valueAxis, type ChartPlan, type WorkbookSheet } from "../../../src/plan";
import { coreFigure } from "../../../src/plan/figures";
import { formFromFill } from "../../helpers/forms";
import { writeWorkbook } from "../../../src/render/xlsx";

/**
 * The .xlsx writer's charts as parts of the package: well-formed, reachable through relationships,
 * declared in the content types, and each chart space of the plan's kind, series and axis.
 */

type Parts = Record<string, string>;

function parts(sheets: readonly WorkbookSheet[]): Parts {
  const files = unzipSync(writeWorkbook(sheets).bytes);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const template = (id: string): Template => {
  const t = findTemplate(id);
  if (!t) throw new Error(id);
  return t;
};
const demo = (id: string) => buildSheetPlan(template(id), { fill: demoFill(template(id)) });

const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m[1]);
/** Relationship targets of a .rels part by type suffix ("drawing", "chart"…), resolved against `dir`. */
function targets(rels: string, type: string, dir: string): string[] {
  return [...rels.matchAll(/<Relationship Id="([^"]+)" Type="[^"]*\/([^"/]+)" Target="([^"]+)"\/>/g)]
    .filter((m) => m[2] === type)
    .map((m) => path.posix.normalize(path.posix.join(dir, m[3])));
}

const cases: [string, WorkbookSheet][] = [
  ["pasnovertejums-2023", demo("pasnovertejums-2023")],
  ["uzraudziba-2016", demo("uzraudziba-2016")],
  ["kuldiga-aptauja-2011", demo("kuldiga-aptauja-2011")],
  ["kuldiga-ricibas-plans-2012", demo("kuldiga-ricibas-plans-2012")],
];

describe.each(cases)("%s", (_id, sheet) => {
  const p = parts([sheet]);
  const charts = sheet.charts ?? [];

  test("every part is well-formed XML (xmllint)", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-xlsx-parts-"));
    try {
      const names = Object.keys(p).filter((n) => /\.(xml|rels)$/.test(n));
      const files = names.map((n, i) => {
        const f = path.join(dir, `${i}.xml`);
        fs.writeFileSync(f, p[n]);
        return f;
      });
      expect(() => execFileSync("xmllint", ["--noout", ...files], { stdio: "pipe" })).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test("sheet → drawing → charts are linked by relationships and declared in the content types", () => {
    const sheetRels = p["xl/worksheets/_rels/sheet1.xml.rels"];
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(p["xl/worksheets/sheet1.xml"])![1];
    expect(sheetRels).toContain(`<Relationship Id="${drawingId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"`);
    const [drawing] = targets(sheetRels, "drawing", "xl/worksheets");
    expect(drawing).toBe("xl/drawings/drawing1.xml");
    const drawingRels = p["xl/drawings/_rels/drawing1.xml.rels"];
    const chartParts = targets(drawingRels, "chart", "xl/drawings");
    expect(chartParts).toEqual(charts.map((_, i) => `xl/charts/chart${i + 1}.xml`));
    // Each frame of the drawing names its chart (the plan's name) and points at its own relationship.
    expect(all(/<xdr:cNvPr id="\d+" name="([^"]+)"/g, p[drawing])).toEqual(charts.map((c) => c.name));
    expect(all(/<c:chart [^>]*r:id="([^"]+)"\/>/g, p[drawing])).toEqual(all(/<Relationship Id="([^"]+)"/g, drawingRels));
    for (const part of chartParts) expect(p[part]).toBeDefined();
    // Every part in the package has its content type, and every declared part exists.
    const declared = all(/<Override PartName="\/([^"]+)"/g, p["[Content_Types].xml"]);
    expect(declared).toEqual(expect.arrayContaining([drawing, ...chartParts]));
    for (const d of declared) expect(p[d]).toBeDefined();
    expect(p["[Content_Types].xml"]).toContain(`<Override PartName="/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    expect(p["[Content_Types].xml"]).toContain(
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
    );
  });

  test("each chart space has the plan's kind, title, series over the sheet's ranges and the scale's axis", () => {
    charts.forEach((c, i) => expect(chartFacts(p[`xl/charts/chart${i + 1}.xml`])).toEqual(expectedFacts(sheet.name, c)));
  });
});

const ELEMENT: Record<ChartPlan["kind"], string> = { barClustered: "barChart/bar", columnClustered: "barChart/col", radar: "radarChart", pie: "pieChart" };

function chartFacts(xml: string) {
  const plot = /<c:(barChart|radarChart|pieChart)>/.exec(xml)![1];
  const dir = /<c:barDir val="(\w+)"\/>/.exec(xml)?.[1];
  const valAx = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(xml)?.[0] ?? "";
  const num = (re: RegExp) => (re.exec(valAx) ? Number(re.exec(valAx)![1]) : undefined);
  return {
    chart: dir ? `${plot}/${dir}` : plot,
    title: /<a:t>([^<]*)<\/a:t>/.exec(xml)![1],
    series: all(/<c:val><c:numRef><c:f>([^<]+)<\/c:f>/g, xml),
    categories: [...new Set(all(/<c:cat><c:(?:str|num)Ref><c:f>([^<]+)<\/c:f>/g, xml))],
    axis: { min: num(/<c:min val="([^"]+)"/), max: num(/<c:max val="([^"]+)"/), step: num(/<c:majorUnit val="([^"]+)"/) },
    // Top-down categories: the category axis reversed, the value axis crossing it at its maximum.
    labels: /<c:dLbls><c:numFmt formatCode="([^"]+)"/.exec(xml)?.[1],
    topDown: /<c:catAx>[^]*?<c:orientation val="maxMin"\/>[^]*<c:valAx>[^]*<c:crosses val="max"\/>/.test(xml),
  };
}

const absolute = (ref: string) => ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
const esc = (s: string) => s.replace(/&/g, "&amp;");

function expectedFacts(sheet: string, c: ChartPlan) {
  const on = (ref: string) => esc(`'${sheet.replace(/'/g, "''")}'!${absolute(ref)}`);
  return {
    chart: ELEMENT[c.kind],
    title: c.title,
    series: c.series.map((s) => on(s.values)),
    categories: [on(c.categories)],
    axis: { min: c.axis?.min, max: c.axis?.max, step: c.axis?.majorUnit },
    labels: c.labels?.numberFormat,
    topDown: c.kind === "barClustered",
  };
}

test("the catalog's charts are of every kind, each found in the package", () => {
  const kinds = cases.flatMap(([, s]) => (s.charts ?? []).map((c) => ELEMENT[c.kind]));
  expect(new Set(kinds)).toEqual(new Set(Object.values(ELEMENT)));
});

test("the value axis is the template's scale, not a fixed 1–5", () => {
  const base = template("pasnovertejums-2023");
  const zeroToTen: Template = {
    ...base,
    scale: { ...base.scale, values: Array.from({ length: 11 }, (_, v) => ({ value: v, label: `${v}`, labelEn: `${v}` })) },
  };
  expect(valueAxis(zeroToTen.scale)).toEqual({ min: 0, max: 10, majorUnit: 1 });
  const plan = buildSheetPlan(zeroToTen);
  const p = parts([plan]);
  expect(plan.charts.map((c) => c.kind)).toEqual(["columnClustered", "radar"]);
  for (const i of [1, 2]) expect(chartFacts(p[`xl/charts/chart${i}.xml`]).axis).toEqual({ min: 0, max: 10, step: 1 });
  // A compliance template's non-compliance runs over percentages.
  expect(chartFacts(parts([demo("uzraudziba-2016")])["xl/charts/chart1.xml"]).axis).toEqual({ min: 0, max: 100, step: 20 });
});

test("caches: what the cells hold, so a viewer that does not recalculate still shows it", () => {
  const result: MergeResult = {
    accepted: [],
    rejected: [],
    services: [],
    consensus: [],
    aggregates: [2014, 2015].map((periods, k) => ({
      template: template("uzraudziba-2016"),
      periods,
      services: 1,
      groups: template("uzraudziba-2016").groups.map((g, i) => ({
        code: g.code,
        title: g.title,
        depth: 0,
        nonCompliancePct: 10 * (i + 1) + k,
        servicesWithNonCompliancePct: 0,
        services: 1,
      })),
    })),
  };
  const sheet = mergeChartsSheet(result);
  const xml = parts([sheet])["xl/charts/chart1.xml"];
  const caches = all(/<c:numCache>([\s\S]*?)<\/c:numCache>/g, xml).map((c) => all(/<c:v>([^<]*)<\/c:v>/g, c).map(Number));
  expect(caches).toEqual([
    [10, 20, 30],
    [11, 21, 31],
  ]);
  expect(all(/<c:strCache>([\s\S]*?)<\/c:strCache>/g, xml).map((c) => all(/<c:v>([^<]*)<\/c:v>/g, c))[0]).toEqual(
    template("uzraudziba-2016").groups.map((g) => `${g.code} ${g.title}`),
  );
  expect(xml).toContain('<c:legendPos val="b"/>');
  // A template sheet's categories are its chart-data labels; its values are formulas, cached as
  // the core's figures for the entries (as the form reads back from the written file).
  const id = "pasnovertejums-2023";
  const self = parts([demo(id)])["xl/charts/chart1.xml"];
  expect(all(/<c:strCache>([\s\S]*?)<\/c:strCache>/g, self).map((c) => all(/<c:v>([^<]*)<\/c:v>/g, c))[0]).toEqual(
    template(id).groups.map((g) => `${g.code} ${g.title}`),
  );
  const form = formFromFill(template(id), demoFill(template(id)));
  const averages = template(id).groups.map((g) => coreFigure(form, { measure: "average", group: g.code }));
  expect(averages.every((a) => typeof a === "number")).toBe(true);
  expect(all(/<c:numCache>([\s\S]*?)<\/c:numCache>/g, self).map((c) => all(/<c:v>([^<]*)<\/c:v>/g, c).map(Number))).toEqual([averages]);
  // A survey's shares likewise, and a blank form caches nothing.
  const survey = template("kuldiga-aptauja-2011");
  const surveyForm = formFromFill(survey, demoFill(survey));
  const pie = parts([demo(survey.id)])["xl/charts/chart1.xml"];
  const answers = survey.groups[0].items!.map((i) => coreFigure(surveyForm, { measure: "sharePct", item: i.code }));
  expect(all(/<c:numCache>([\s\S]*?)<\/c:numCache>/g, pie).map((c) => all(/<c:v>([^<]*)<\/c:v>/g, c).map(Number))).toEqual([answers]);
  const blank = parts([buildSheetPlan(template(id))])["xl/charts/chart1.xml"];
  expect(all(/<c:numCache>([\s\S]*?)<\/c:numCache>/g, blank).map((c) => all(/<c:v>([^<]*)<\/c:v>/g, c))).toEqual([[]]);
});

test("a sheet name with an apostrophe is quoted and doubled in series references", () => {
  const sheet = { ...demo("uzraudziba-2016"), name: "Dienesta 'A' dati" };
  const xml = parts([sheet])["xl/charts/chart1.xml"];
  expect(chartFacts(xml).series[0]).toMatch(/^'Dienesta ''A'' dati'!\$I\$\d+:\$I\$\d+$/);
});

test("a workbook without charts has no drawing parts", () => {
  const p = parts([demo("gimenes-parbaudes-2015")]);
  expect(Object.keys(p).filter((n) => /drawing|chart/.test(n))).toEqual([]);
  expect(p["xl/worksheets/sheet1.xml"]).not.toContain("<drawing");
});
