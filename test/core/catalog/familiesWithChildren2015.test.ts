import { familiesWithChildren2015, inspectionRegisterSeedFigures } from "../../../src/core/catalog/families/familiesWithChildren2015";
import { complianceScale, countScale } from "../../../src/core/catalog/scales";
import type { Item, Template } from "../../../src/core/catalog/types";
import { inSeed, normalise } from "../../helpers/seeds";

const MD = "001_3b1070481627531a.txt";
const RAW = "002_18e1de23a3a2c1e2.txt";
const inEither = (text: string): boolean => inSeed(text, MD) || inSeed(text, RAW);

const byId = (id: string): Template => {
  const t = familiesWithChildren2015.templates.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};
const checklist = byId("gimenes-2015");
const register = byId("gimenes-parbaudes-2015");
const items: Item[] = checklist.groups.flatMap((g) => [...(g.items ?? [])]);
const itemByCode = (code: string): Item => {
  const i = items.find((x) => x.code === code);
  if (!i) throw new Error(`no item ${code}`);
  return i;
};

describe("familiesWithChildren2015 catalog (seeds 001/002)", () => {
  it("holds the checklist and the register, both citing both extractions", () => {
    expect(familiesWithChildren2015.id).toBe("familiesWithChildren2015");
    expect(familiesWithChildren2015.templates.map((t) => t.id)).toEqual(["gimenes-2015", "gimenes-parbaudes-2015"]);
    for (const t of familiesWithChildren2015.templates) {
      expect(t.version).toBe(1);
      expect(t.family).toBe("familiesWithChildren2015");
      expect(t.source.files).toEqual([MD, RAW]);
      expect(t.source.year).toBe(2015);
      expect(t.sheetName.length).toBeLessThanOrEqual(31);
      expect(t.sheetName).not.toMatch(/[[\]:*?/\\]/);
      expect(inSeed(t.title, MD)).toBe(true);
    }
    expect(new Set(familiesWithChildren2015.templates.map((t) => t.sheetName)).size).toBe(2);
    expect(inSeed(checklist.source.title, MD)).toBe(true);
  });
});

describe("gimenes-2015 checklist", () => {
  it("is a compliance checklist", () => {
    expect(checklist.kind).toBe("checklist");
    expect(checklist.scale).toBe(complianceScale);
    expect(checklist.scale.kind).toBe("compliance");
    expect(checklist.sheetName).toBe("Ģimenes ar bērniem 2015");
    expect(checklist.register).toBeUndefined();
  });

  it("has the eleven checklist slides as groups, in slide order", () => {
    expect(checklist.groups.map((g) => [g.code, g.title])).toEqual([
      ["1", "Darbinieku izglītība un kvalifikācija"],
      ["2", "Pienākumu sadale"],
      ["3", "Telpas, vides pieejamība"],
      ["4", "Informācijas pieejamība, konfidencialitāte"],
      ["5", "Klienta situācijas novērtēšana"],
      ["6", "Novērtēšanas metodes"],
      ["7", "Plānošana"],
      ["8", "Plāna realizēšana"],
      ["9", "Novērtēšana"],
      ["10", "Klienta lieta"],
      ["11", "Vēršam uzmanību"],
    ]);
  });

  it("leaves out the legal-background slides and the case-work cycle", () => {
    const titles = checklist.groups.map((g) => g.title);
    for (const excluded of [
      "Sociālo pakalpojumu sniegšanu regulējošie normatīvie akti",
      "Sociālais darbs ar ģimenēm ar bērniem",
      "Neatbilstības % pa grupām sociālajos dienestos",
    ]) {
      expect(inSeed(excluded, MD)).toBe(true);
      expect(titles).not.toContain(excluded);
    }
    const texts = items.map((i) => i.text);
    expect(texts).not.toContain("nodrošina starpprofesionālu un starpinstitucionālu sadarbību");
    expect(texts).not.toContain("sociālā gadījuma konstatācija, intervences uzsākšana");
  });

  it("counts 5, 4, 2, 6, 3, 6, 6, 5, 4, 5, 8 items: 54 in all", () => {
    expect(checklist.groups.map((g) => g.items?.length)).toEqual([5, 4, 2, 6, 3, 6, 6, 5, 4, 5, 8]);
    expect(items).toHaveLength(54);
  });

  it("has unique group and item codes, each item numbered within its group", () => {
    expect(new Set(checklist.groups.map((g) => g.code)).size).toBe(checklist.groups.length);
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    for (const g of checklist.groups) {
      expect(g.groups).toBeUndefined();
      (g.items ?? []).forEach((i, n) => expect(i.code).toBe(`${g.code}.${n + 1}`));
    }
  });

  it("takes group titles and descriptions verbatim from both extractions", () => {
    for (const g of checklist.groups) {
      expect([g.code, inSeed(g.title, MD), inSeed(g.title, RAW)]).toEqual([g.code, true, true]);
      if (g.description !== undefined) {
        expect([g.code, inSeed(g.description, MD), inSeed(g.description, RAW)]).toEqual([g.code, true, true]);
      }
    }
  });

  it("quotes every item text and guidance verbatim from one extraction, without markup", () => {
    for (const i of items) {
      expect([i.code, inEither(i.text)]).toEqual([i.code, true]);
      // inSeed normalises its argument, so markup left in the data would pass it unnoticed.
      expect(i.text).toBe(normalise(i.text));
      if (i.guidance !== undefined) {
        expect([i.code, inEither(i.guidance)]).toEqual([i.code, true]);
        expect(i.guidance).toBe(normalise(i.guidance));
      }
    }
  });

  it("follows 002 exactly where the extractions' wording differs, and only there", () => {
    const fromRawOnly = items.filter((i) => !inSeed(i.text, MD)).map((i) => i.code);
    expect(fromRawOnly).toEqual(["1.4", "6.4", "8.1", "11.3"]);
    for (const code of fromRawOnly) expect(inSeed(itemByCode(code).text, RAW)).toBe(true);
    expect(itemByCode("1.4").text).toContain("noteiktajā apjomā");
    expect(itemByCode("6.4").text).toContain("(“zirneklis”)");
    expect(itemByCode("8.1").text).toContain("(apmeklējumu, aktivitāšu reģistrācija, sarunu protokoli, u.c.)");
    expect(itemByCode("11.3").text).toBe("reaģēšana uz būtiskām izmaiņām un to dokumentēšana");
  });

  it("puts the lead of nested bullets into guidance", () => {
    const lead = "informācijas pieejamība sociālajā dienestā un mājas lapā par:";
    expect(["4.2", "4.3", "4.4", "4.5", "4.6"].map((c) => itemByCode(c).guidance)).toEqual(Array(5).fill(lead));
    expect(itemByCode("4.1").guidance).toBeUndefined();
    // 002 drops the ✓ glyph, so there the lead runs straight into its first nested bullet.
    expect(inSeed(`${lead} ${itemByCode("4.2").text}`, RAW)).toBe(true);
    expect(itemByCode("7.1").guidance).toBe("Sociālās problēmas definēšana");
    expect(["7.2", "7.3", "7.4", "7.5", "7.6"].map((c) => itemByCode(c).guidance)).toEqual(Array(5).fill("sociālās rehabilitācijas/intervences plāns"));
    const withGuidance = items.filter((i) => i.guidance !== undefined).map((i) => i.code);
    expect(withGuidance).toEqual(["4.2", "4.3", "4.4", "4.5", "4.6", "7.1", "7.2", "7.3", "7.4", "7.5", "7.6"]);
  });

  it("joins a bold lead and its plain explanation into one text", () => {
    expect(itemByCode("11.1").text).toBe("savlaicīgs preventīvais darbs (atbalsta grupas, izglītojoši pasākumi, pasākumi ģimenēm), riska ģimeņu atpazīšana");
    expect(itemByCode("3.2").text).toMatch(/^personām ar pārvietošanās grūtībām piemērotas dienesta telpas, piem\. /);
  });
});

describe("gimenes-parbaudes-2015 register", () => {
  const def = register.register;

  it("is a count register with no groups", () => {
    expect(register.kind).toBe("register");
    expect(register.scale).toBe(countScale);
    expect(register.scale.kind).toBe("count");
    expect(register.groups).toEqual([]);
    expect(register.sheetName).toBe("Pārbaudes 2013–2015");
    expect(def).toBeDefined();
  });

  it("runs its periods oldest first", () => {
    expect(def?.periods).toEqual([
      { code: "2013", label: "2013" },
      { code: "2014", label: "2014" },
      { code: "2015-04", label: "Līdz 01.04.2015." },
    ]);
  });

  it("has the seed table's column headers verbatim", () => {
    expect(def?.columns).toEqual([
      { key: "planned", header: "plānotās", headerEn: "planned" },
      { key: "unplanned", header: "neplānotās", headerEn: "unplanned" },
      { key: "documents", header: "Dokumentu pārbaudes", headerEn: "document checks" },
    ]);
    expect(def?.totalHeader).toBe("Pārbaužu skaits");
    const headerRow = ["Periods", def?.totalHeader, ...(def?.columns ?? []).map((c) => c.header)].join(" ");
    expect(inSeed(headerRow, MD)).toBe(true);
    for (const p of def?.periods ?? []) expect(inSeed(p.label, MD)).toBe(true);
  });

  it("keeps the seed figures for every period and the Kopā row", () => {
    expect(Object.keys(inspectionRegisterSeedFigures).sort()).toEqual(["2013", "2014", "2015-04", "total"]);
    expect(def?.periods.map((p) => p.code)).toEqual(["2013", "2014", "2015-04"]);
  });

  it("matches the seed table row for row (Periods, Pārbaužu skaits, plānotās, neplānotās, Dokumentu pārbaudes)", () => {
    const dash = (n: number): string => (n === 0 ? "-" : String(n));
    const rows: [string, keyof typeof inspectionRegisterSeedFigures][] = [
      ["Līdz 01.04.2015.", "2015-04"],
      ["2014", "2014"],
      ["2013", "2013"],
      ["Kopā:", "total"],
    ];
    for (const [label, key] of rows) {
      const f = inspectionRegisterSeedFigures[key];
      const row = [label, f.total, f.planned, f.unplanned, dash(f.documents)].join(" ");
      expect([row, inSeed(row, MD), inSeed(row, RAW)]).toEqual([row, true, true]);
    }
  });

  it("adds up: each period's columns make its total, and Kopā is the sum of the periods", () => {
    const periods = (["2013", "2014", "2015-04"] as const).map((k) => inspectionRegisterSeedFigures[k]);
    for (const f of [...periods, inspectionRegisterSeedFigures.total]) {
      expect(f.planned + f.unplanned + f.documents).toBe(f.total);
    }
    const sum = (k: "planned" | "unplanned" | "documents" | "total"): number => periods.reduce((s, f) => s + f[k], 0);
    expect(inspectionRegisterSeedFigures.total).toEqual({
      planned: sum("planned"),
      unplanned: sum("unplanned"),
      documents: sum("documents"),
      total: sum("total"),
    });
    expect(inspectionRegisterSeedFigures.total).toEqual({ planned: 18, unplanned: 8, documents: 22, total: 48 });
    expect(inspectionRegisterSeedFigures["2015-04"].documents).toBe(0);
  });
});
