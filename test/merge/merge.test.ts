import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { mergeForms, overallAcross, mean, demoFill, findTemplate } from "../../src/core";
import { readReturned, readWorkbook, writeWorkbook } from "../../src/render/xlsx";
import { buildSheetPlan, mergeChartsSheet, MERGE_SHEETS } from "../../src/plan";
import { corpus } from "../fixtures/corpus";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-merge-"));
const files = corpus();
// One modification time for all: a return sent twice then differs by nothing that tells which is later.
const SAVED = new Date(Date.UTC(2024, 0, 1));
for (const f of files) {
  fs.writeFileSync(path.join(dir, f.name), f.bytes);
  fs.utimesSync(path.join(dir, f.name), SAVED, SAVED);
}
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function runMerge() {
  let out = "";
  let err = "";
  const target = path.join(os.tmpdir(), `kv-merged-${process.pid}.xlsx`);
  const code = await main(["merge", dir, "-o", target, "--json"], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, json: code === 0 ? JSON.parse(out) : undefined, err, target };
}

let merged: Awaited<ReturnType<typeof runMerge>>;
beforeAll(async () => {
  merged = await runMerge();
});

test("the corpus has at least 20 kinds of bad or awkward file", () => {
  expect(files.length).toBeGreaterThanOrEqual(20);
});

test.each(files.map((f) => [f.name, f.note, f] as const))("%s (%s)", (name, _note, f) => {
  const file = path.join(dir, name);
  const accepted = merged.json.accepted.some((a: { file: string }) => a.file === file);
  const rejection = merged.json.rejected.find((r: { file: string }) => r.file === file);
  if (f.expect === "accepted") {
    expect([accepted, rejection?.reason]).toEqual([true, undefined]);
  } else {
    expect(accepted).toBe(false);
    expect(rejection?.reason).toContain(f.expect.rejected);
  }
});

test("text from returned files arrives as text, never as a formula", () => {
  const wb = readWorkbook(fs.readFileSync(merged.target));
  const long = wb.sheets.find((s) => s.name === MERGE_SHEETS.long)!;
  const cells = [...long.cells.values()];
  expect(cells.filter((c) => c.formula)).toEqual([]);
  const texts = cells.map((c) => c.value);
  expect(texts).toContain('=HYPERLINK("http://example.invalid","klik")');
  expect(texts).toContain("@SUM(A1:A2)");
  expect(texts).toContain("+Dienests -2 @ (=1+1)");
  expect(Math.max(...texts.map((v) => (typeof v === "string" ? v.length : 0)))).toBeLessThanOrEqual(32767);
  const rejectedSheet = wb.sheets.find((s) => s.name === "Noraidītie faili")!;
  expect([...rejectedSheet.cells.values()].filter((c) => typeof c.value === "string" && c.value.endsWith("02-not-a-zip.xlsx"))).toHaveLength(1);
});

test("several assessors of one service: a consensus, counted once", () => {
  const c = merged.json.consensus;
  expect(c).toHaveLength(1);
  expect(c[0]).toMatchObject({ iestade: "Dienests Nr. 1", assessors: ["Anna Paraudziņa (izdomāta)", "Otrs vērtētājs (izdomāts)"] });
  const self = merged.json.templates.find((t: { template: string; periods: number | null }) => t.template === "pasnovertejums-2023" && t.periods === null);
  const selfAccepted = merged.json.accepted.filter((a: { template: string }) => a.template === "pasnovertejums-2023");
  expect(self.services).toBe(selfAccepted.length - 1);
});

test("figures across services equal an independent recomputation", () => {
  const t = findTemplate("kuldiga-kvalitate-2011")!;
  const returned = [0, 1, 2, 3, 4].map((v) => {
    const fill = demoFill(t, { variant: v, iestade: `Sniedzējs ${v}` });
    return { fill, file: `p${v}.xlsx` };
  });
  const result = mergeForms(returned.map((r) => readReturned(r.file, writeWorkbook([buildSheetPlan(t, { fill: r.fill })]).bytes)));
  const agg = result.aggregates[0];
  // Independently: each provider's criterion values straight from the fill, then means of means.
  const perProvider = returned.map((r) => t.groups.map((g) => r.fill.values[g.items![0].code]).filter((v): v is number => typeof v === "number"));
  expect(agg.overall).toBeCloseTo(mean(perProvider.map((p) => mean(p)!))!, 12);
  expect(agg.overall).toBeCloseTo(overallAcross(result.accepted.map((a) => a.overall))!, 12);
  t.groups.forEach((g, i) => {
    const vals = returned.map((r) => r.fill.values[g.items![0].code]).filter((v): v is number => typeof v === "number");
    expect(agg.groups[i].average).toBeCloseTo(mean(vals)!, 12);
  });
});

test("a compliance merge gives both readings of non-compliance, labelled", () => {
  const t = findTemplate("uzraudziba-2016")!;
  const mk = (iestade: string, values: Record<string, string>) =>
    readReturned(`${iestade}.xlsx`, writeWorkbook([buildSheetPlan(t, { fill: { ...demoFill(t), meta: { ...demoFill(t).meta, iestade }, values } })]).bytes);
  // Group 1: A has 1 Neatbilst of 4 assessed; B has 0 of 2 → pooled 1/6; services with one: 1 of 2.
  const r = mergeForms([
    mk("A", { "1.1": "Neatbilst", "1.2": "Atbilst", "1.3": "Atbilst", "1.4": "Atbilst" }),
    mk("B", { "1.1": "Atbilst", "1.2": "Atbilst" }),
  ]);
  const g1 = r.aggregates[0].groups[0];
  expect(g1.nonCompliancePct).toBeCloseTo(100 / 6, 12);
  expect(g1.servicesWithNonCompliancePct).toBe(50);
});

test("merged charts: one bar per group, one series per period, titled as the ministry does", () => {
  const t = findTemplate("gimenes-2015")!;
  const mk = (periods: number, variant: number) => {
    const fill = demoFill(t, { periods, variant });
    return readReturned(`${periods}-${variant}.xlsx`, writeWorkbook([buildSheetPlan(t, { fill })]).bytes);
  };
  const result = mergeForms([mk(2014, 1), mk(2014, 2), mk(2015, 3)]);
  const sheet = mergeChartsSheet(result);
  expect(sheet.charts!.map((c) => [c.kind, c.title, c.series.map((s) => s.name)])).toEqual([
    ["barClustered", "Neatbilstības % pa grupām, 2014.–2015. gads", ["2014", "2015"]],
  ]);
  const agg2015 = result.aggregates.find((a) => a.periods === 2015)!;
  const values = sheet.blocks[1].rows.slice(1).map((r) => r[2]);
  expect(values).toEqual(agg2015.groups.filter((g) => g.depth === 0).map((g) => (g.nonCompliancePct === undefined ? null : { number: g.nonCompliancePct })));
  expect(sheet.blocks[1].rows.length - 1).toBe(t.groups.length);
});

test("400 generated self-assessments merge to figures equal to an independent recomputation", () => {
  const t = findTemplate("pasnovertejums-2023")!;
  const fills = Array.from({ length: 400 }, (_, i) => demoFill(t, { variant: i, iestade: `Dienests ${i}` }));
  const result = mergeForms(fills.map((fill, i) => readReturned(`s${i}.xlsx`, writeWorkbook([buildSheetPlan(t, { fill })]).bytes)));
  expect([result.accepted.length, result.rejected.length]).toEqual([400, 0]);
  // Independently of the core's scoring: walk the catalog, take the numbers straight from each fill.
  const itemsOf = (g: (typeof t.groups)[number]): string[] => [...(g.items ?? []).map((i) => i.code), ...(g.groups ?? []).flatMap(itemsOf)];
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);
  const perProvider = fills.map((f) =>
    t.groups.map((g) =>
      avg(
        itemsOf(g)
          .map((c) => f.values[c])
          .filter((v): v is number => typeof v === "number"),
      ),
    ),
  );
  const agg = result.aggregates[0];
  t.groups.forEach((g, gi) => {
    const expected = avg(perProvider.map((p) => p[gi]).filter((v): v is number => v !== undefined))!;
    expect(agg.groups.find((x) => x.code === g.code && x.depth === 0)!.average).toBeCloseTo(expected, 10);
  });
  const overall = avg(perProvider.map((p) => avg(p.filter((v): v is number => v !== undefined))!))!;
  expect(agg.overall).toBeCloseTo(overall, 10);
});
