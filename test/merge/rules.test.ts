import { demoFill, findTemplate, mergeForms, validateFormAsOf, type FormFill, type ReturnedFile } from "../../src/core";
import { buildSheetPlan, mergeSheets, MERGE_LABELS, MERGE_SHEETS, summarySheetName } from "../../src/plan";
import { readReturned, writeWorkbook } from "../../src/render/xlsx";
import { patch } from "../fixtures/corpus";
import { both, bothFinding } from "../../src/wording";

/**
 * The merge's rules for returns that compete or are typed loosely: the later return of one assessor
 * wins (by Datums, then by the file's modification time), a service is one service however its name
 * is spaced, cased or composed, a year typed as text is read, and dates in the future are findings.
 */

const t = findTemplate("pasnovertejums-2023")!;
const DAY = 86400000;
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY + 25569;

type Meta = { iestade?: string; periods?: number | string; vertetajs?: string; datums?: number | string };
function fill(meta: Meta = {}, variant = 1): FormFill {
  const base = demoFill(t, { variant });
  return { ...base, meta: { ...base.meta, iestade: "Dienests Alfa", ...meta } as FormFill["meta"] };
}
/** As Excel saves: the save time in docProps/core.xml; in the 1904 date system, its serials counted from 1904. */
function asSavedByExcel(bytes: Uint8Array, options: { saved?: string; date1904?: boolean }): Uint8Array {
  let out = bytes;
  if (options.saved)
    out = patch(out, "docProps/core.xml", (x) =>
      x.replace("</cp:coreProperties>", `<dcterms:modified xsi:type="dcterms:W3CDTF">${options.saved}</dcterms:modified></cp:coreProperties>`),
    );
  if (options.date1904) out = patch(out, "xl/workbook.xml", (x) => x.replace(/<workbookPr[^>]*\/>|(<sheets>)/, '<workbookPr date1904="1"/>$1'));
  return out;
}
function returned(file: string, meta: Meta = {}, options: { variant?: number; modified?: number; saved?: string; date1904?: boolean } = {}): ReturnedFile {
  const read = readReturned(file, asSavedByExcel(writeWorkbook([buildSheetPlan(t, { fill: fill(meta, options.variant ?? 1) })]).bytes, options));
  if ("error" in read) throw new Error(both(read.error).en);
  // The plan writes a numeric text as a number; a user's sheet (or Office.js) can hold it as text.
  const forms =
    typeof meta.periods === "string"
      ? read.forms.map((f) => ({ ...f, meta: { ...f.meta, periods: { ...f.meta.periods, value: meta.periods as string } } }))
      : read.forms;
  return { ...read, forms, ...(options.modified === undefined ? {} : { modified: options.modified }) };
}
const files = (r: ReturnType<typeof mergeForms>) => ({ accepted: r.accepted.map((a) => a.file), rejected: r.rejected.map((x) => [x.file, both(x.reason).en]) });

describe("the later return of one assessor wins", () => {
  const older = () => returned("marts.xlsx", { datums: serial(2023, 3, 1) }, { variant: 1, modified: 5000 });
  const newer = () => returned("aprilis.xlsx", { datums: serial(2023, 4, 1) }, { variant: 2, modified: 1000 });

  test.each([
    ["older first", () => [older(), newer()]],
    ["newer first", () => [newer(), older()]],
  ])("by Datums, whichever comes first (%s), even against the file times", (_, make) => {
    const r = mergeForms(make());
    expect(r.accepted.map((a) => a.file)).toEqual(["aprilis.xlsx"]);
    expect(r.rejected.map((x) => ({ ...x, reason: both(x.reason) }))).toEqual([
      {
        file: "marts.xlsx",
        sheet: expect.any(String),
        reason: {
          lv: "aizstāts ar „aprilis.xlsx” — jaunāku tās pašas iestādes, perioda un vērtētāja veidni (datums 01.04.2023 ir vēlāks par 01.03.2023)",
          en: "superseded by “aprilis.xlsx” — a newer template of the same service, period and assessor (its date 01.04.2023 is later than 01.03.2023)",
        },
      },
    ]);
  });

  test("by the file's modification time when Datums is the same", () => {
    const a = returned("a.xlsx", {}, { variant: 1, modified: Date.UTC(2024, 0, 2, 9, 30) });
    const b = returned("b.xlsx", {}, { variant: 2, modified: Date.UTC(2024, 0, 1) });
    expect(files(mergeForms([b, a]))).toEqual({
      accepted: ["a.xlsx"],
      rejected: [
        [
          "b.xlsx",
          "superseded by “a.xlsx” — a newer template of the same service, period and assessor (the same date, the file's time is later: 02.01.2024 09:30 UTC)",
        ],
      ],
    });
    expect(files(mergeForms([a, b]))).toEqual({ accepted: ["a.xlsx"], rejected: [["b.xlsx", expect.stringContaining("superseded by “a.xlsx”")]] });
  });

  test("on the same Datums, the save time written in the workbook decides before the file's time", () => {
    const a = returned("a.xlsx", {}, { variant: 1, saved: "2024-01-02T09:30:00Z", modified: Date.UTC(2024, 0, 1) });
    const b = returned("b.xlsx", {}, { variant: 2, saved: "2024-01-01T08:00:00Z", modified: Date.UTC(2024, 5, 1) });
    for (const order of [
      [a, b],
      [b, a],
    ])
      expect(files(mergeForms(order))).toEqual({
        accepted: ["a.xlsx"],
        rejected: [
          [
            "b.xlsx",
            "superseded by “a.xlsx” — a newer template of the same service, period and assessor (the same date, saved later by the time written in the workbook: 02.01.2024 09:30 UTC)",
          ],
        ],
      });
    expect(both(mergeForms([a, b]).rejected[0].reason).lv).toBe(
      "aizstāts ar „a.xlsx” — jaunāku tās pašas iestādes, perioda un vērtētāja veidni (datums tas pats, darbgrāmatā ierakstītais saglabāšanas laiks ir vēlāks: 02.01.2024 09:30 UTC)",
    );
  });

  test("an undated return never replaces a dated one, whatever its times", () => {
    const dated = returned("datets.xlsx", { datums: serial(2023, 3, 1) }, { variant: 1, saved: "2023-03-01T10:00:00Z", modified: Date.UTC(2023, 2, 1) });
    const undated = returned("bez-datuma.xlsx", { datums: "" }, { variant: 2, saved: "2024-06-01T10:00:00Z", modified: Date.UTC(2024, 5, 1) });
    for (const order of [
      [dated, undated],
      [undated, dated],
    ])
      expect(files(mergeForms(order))).toEqual({
        accepted: ["datets.xlsx"],
        rejected: [
          [
            "bez-datuma.xlsx",
            "superseded by “datets.xlsx” — a newer template of the same service, period and assessor (it is dated 01.03.2023, the one it replaces is not dated)",
          ],
        ],
      });
    expect(both(mergeForms([dated, undated]).rejected[0].reason).lv).toBe(
      "aizstāts ar „datets.xlsx” — jaunāku tās pašas iestādes, perioda un vērtētāja veidni (tajā ir datums 01.03.2023, aizstātajā datuma nav)",
    );
  });

  test("Datums of a workbook in Excel's 1904 date system is read in that system", () => {
    // 01.03.2012 in the 1904 system is the serial that the 1900 system reads as 29.02.2008.
    const correction = returned("labojums.xlsx", { datums: serial(2012, 3, 1) - 1462 }, { variant: 1, date1904: true });
    const first = returned("pirmais.xlsx", { datums: serial(2012, 2, 1) }, { variant: 2 });
    const r = mergeForms([first, correction]);
    expect(files(r)).toEqual({
      accepted: ["labojums.xlsx"],
      rejected: [
        [
          "pirmais.xlsx",
          "superseded by “labojums.xlsx” — a newer template of the same service, period and assessor (its date 01.03.2012 is later than 01.02.2012)",
        ],
      ],
    });
    expect(r.accepted[0].datums).toBe(serial(2012, 3, 1));
  });

  test("when neither Datums nor the file time tells, the first is kept and the second named a duplicate", () => {
    const r = mergeForms([returned("a.xlsx", {}, { variant: 1 }), returned("b.xlsx", {}, { variant: 2 })]);
    expect(files(r)).toEqual({
      accepted: ["a.xlsx"],
      rejected: [
        [
          "b.xlsx",
          "duplicate: the same template, service, period and assessor as “a.xlsx”, and neither the date, nor the save time written in the workbook, nor the file's time shows which is newer",
        ],
      ],
    });
  });

  test("an identical copy stays a duplicate of identical content", () => {
    const r = mergeForms([returned("a.xlsx", {}, { modified: 1 }), returned("kopija.xlsx", {}, { modified: 2 })]);
    expect(files(r)).toEqual({
      accepted: ["a.xlsx"],
      rejected: [["kopija.xlsx", "duplicate: the same content as in file “a.xlsx” (sheet “Pašnovērtējums 2023”)"]],
    });
  });

  test("the summary holds the winner's rows only, and lists the superseded file with its sheet", () => {
    const r = mergeForms([
      returned("marts.xlsx", { datums: serial(2023, 3, 1) }, { variant: 1 }),
      returned("aprilis.xlsx", { datums: serial(2023, 4, 1) }, { variant: 2 }),
    ]);
    const sheets = mergeSheets(r);
    const texts = (name: string) =>
      sheets
        .find((s) => s.name === name)!
        .blocks.flatMap((b) => b.rows.flat())
        .map((c) => (c && "text" in c ? c.text : undefined));
    expect(texts(MERGE_SHEETS.long)).not.toContain("marts.xlsx");
    expect(texts(MERGE_SHEETS.long)).toContain("aprilis.xlsx");
    expect(texts(summarySheetName(MERGE_LABELS.lv, findTemplate("pasnovertejums-2023")!))).toEqual(expect.arrayContaining(["aprilis.xlsx"]));
    expect(texts(summarySheetName(MERGE_LABELS.lv, findTemplate("pasnovertejums-2023")!))).not.toContain("marts.xlsx");
    expect(texts(MERGE_SHEETS.rejected)).toEqual(expect.arrayContaining(["marts.xlsx", "Pašnovērtējums 2023"]));
    expect(r.services).toHaveLength(1);
  });
});

describe("a service is one service however its name is typed", () => {
  test("case, repeated, edge and no-break spaces and Unicode composition do not make another service", () => {
    const names = ["Ādažu dienests  Alfa", " ādažu DIENESTS alfa ", "A\u0304dažu dienests\u00a0Alfa"];
    const r = mergeForms(names.map((iestade, i) => returned(`${i}.xlsx`, { iestade, vertetajs: `Vērtētājs ${i}` }, { variant: i })));
    expect(r.accepted).toHaveLength(3);
    expect(r.services).toHaveLength(1);
    expect(r.services[0].iestade).toBe("Ādažu dienests Alfa");
    expect(r.consensus[0].assessors).toEqual(["Vērtētājs 0", "Vērtētājs 1", "Vērtētājs 2"]);
  });

  test("a zero-width space or a soft hyphen in Iestāde does not make a correction a second service", () => {
    const r = mergeForms([
      returned("marts.xlsx", { iestade: "Dienests Alfa", datums: serial(2023, 3, 1) }, { variant: 1 }),
      returned("labots.xlsx", { iestade: "Dienests\u200b Al\u00adfa", datums: serial(2023, 5, 1) }, { variant: 2 }),
    ]);
    expect(files(r)).toEqual({ accepted: ["labots.xlsx"], rejected: [["marts.xlsx", expect.stringContaining("superseded by “labots.xlsx”")]] });
    expect(r.services.map((s) => s.iestade)).toEqual(["Dienests Alfa"]);
  });

  test("the assessor likewise: a respaced, recased name is the same assessor's return", () => {
    const r = mergeForms([
      returned("a.xlsx", { vertetajs: "Anna  Bērziņa", datums: serial(2023, 3, 1) }, { variant: 1 }),
      returned("b.xlsx", { vertetajs: "anna bērziņa ", datums: serial(2023, 5, 1) }, { variant: 2 }),
    ]);
    expect(files(r)).toEqual({ accepted: ["b.xlsx"], rejected: [["a.xlsx", expect.stringContaining("superseded by “b.xlsx”")]] });
  });
});

describe("a year typed as text, and dates in the future", () => {
  const today = new Date(2024, 5, 15);

  test("Periods typed as text is read as the year, with a finding rather than a rejection", () => {
    const r = mergeForms([returned("teksts.xlsx", { periods: "2023" })], { today });
    expect(r.rejected).toEqual([]);
    expect(r.accepted[0]).toMatchObject({ periods: 2023, findings: 1, errors: 0 });
    const form = (returned("teksts.xlsx", { periods: "2023" }) as { forms: readonly Parameters<typeof validateFormAsOf>[0][] }).forms[0];
    expect(validateFormAsOf(form, today).map((f) => [f.code, f.rule, f.severity, bothFinding(f.reason).en])).toEqual([
      ["Periods", "meta.year", "warning", "The year “2023” was entered as text; enter it as a number."],
    ]);
  });

  test.each(["2011. gads", "2011.", "2011. g."])('Periods "%s" is the year 2011 in the merge and in validation alike, with a finding', (periods) => {
    const r = mergeForms([returned("gads.xlsx", { periods })], { today });
    expect([r.rejected, r.accepted[0].periods]).toEqual([[], 2011]);
    const form = (returned("gads.xlsx", { periods }) as { forms: readonly Parameters<typeof validateFormAsOf>[0][] }).forms[0];
    expect(
      validateFormAsOf(form, today)
        .filter((f) => f.code === "Periods")
        .map((f) => [f.rule, f.severity]),
    ).toEqual([["meta.year", "warning"]]);
  });

  test("words in Periods are still no year", () => {
    expect(both(mergeForms([returned("vardi.xlsx", { periods: "divdesmit" })]).rejected[0].reason).en).toContain("the period is not a year (“divdesmit”)");
  });

  test("a period or a Datums after today is a finding; today itself is not", () => {
    const check = (meta: Meta) => {
      const form = (returned("x.xlsx", meta) as { forms: readonly Parameters<typeof validateFormAsOf>[0][] }).forms[0];
      return validateFormAsOf(form, today)
        .filter((f) => f.rule === "meta.future")
        .map((f) => [f.code, f.severity, bothFinding(f.reason).en]);
    };
    expect(check({ periods: 2024, datums: serial(2024, 6, 15) })).toEqual([]);
    expect(check({ periods: 2099, datums: serial(2024, 6, 16) })).toEqual([
      ["Periods", "error", "The period 2099 has not begun yet: is the year right?"],
      ["Datums", "error", "The date 16.06.2024 is in the future: is it right?"],
    ]);
    expect(check({ periods: 2024, datums: "01.01.2030" })).toEqual([["Datums", "error", "The date 01.01.2030 is in the future: is it right?"]]);
  });

  test("the merge counts those findings on the form, which still counts", () => {
    const r = mergeForms([returned("nakotne.xlsx", { periods: 2099, datums: serial(2099, 1, 1) })], { today });
    expect(r.accepted[0]).toMatchObject({ periods: 2099, errors: 2 });
  });
});
