import { selfAssessment2023 } from "../../../src/core/catalog/families/selfAssessment2023";
import type { Group, Item } from "../../../src/core/catalog/types";
import { inSeed, normalise, normalisedSeed } from "../../helpers/seeds";

const SEED = "004_e2ccc9a4848f6c46.txt";
const EXCLUDED = "Šī prakse bāzes standartā nav iekļauta";

const template = selfAssessment2023.templates[0];
const criteria = template.groups;
const subCriteria: Group[] = criteria.flatMap((c) => [...(c.groups ?? [])]);
const practices: Item[] = subCriteria.flatMap((s) => [...(s.items ?? [])]);

/** Every text the template quotes, except the criterion titles (checked apart: their case differs). */
const quoted: { code: string; text: string }[] = [
  ...criteria.map((c) => ({ code: `${c.code} (description)`, text: c.description ?? "" })),
  ...subCriteria.map((s) => ({ code: s.code, text: s.title })),
  ...practices.map((p) => ({ code: p.code, text: p.text })),
];

/**
 * Texts the extraction splits apart (a page break with a footnote in between, or the 5.3 row whose
 * two cells interleave), as the parts that stand in the seed; the template joins them with a space.
 */
const JOINED: Record<string, readonly string[]> = {
  "4.5.2": [
    "Sociālais dienests izvērtē, kā informācijas un komunikāciju tehnoloģijas (IKT) palīdz uzlabot dienesta procesus un pakalpojumus, atbilstoši plāno un īsteno",
    "uzlabojumus, piemēram, izmanto automatizāciju un datu analītiku. Piedāvā pakalpojumus tiešsaistē.",
  ],
  "5.3": [
    "Sociālais dienests iedzīvina un koordinē procesus ar citām",
    "pašvaldības administrācijas struktūrvienībām, valsts un pašvaldības iestādēm, lai nodrošinātu efektīvu resursu izmantošanu un dažādu klientu grupu vajadzībām atbilstošu sociālo pakalpojumu un palīdzības sniegšanu pašvaldības iedzīvotājiem.",
  ],
  "5.3.1": [
    "Sociālais dienests identificē procesus, kas pašvaldībā tiek īstenoti centralizēti vai sadarbībā ar citām pašvaldības administrācijas struktūrvienībām",
    "(finanšu, juridisko pārvaldi un citām). Sadarbībā ar iesaistītajām pašvaldības administrācijas struktūrvienībām apraksta, analizē un pilnveido kopīgos procesus, skaidri nosakot iesaistīto pušu lomas un atbildību un izvairoties no “mēs un viņi” nošķiruma procesu vadībā un sarežģītu situāciju risināšanā, kas iziet ārpus definēto procesu ietvara.",
  ],
};

/** Practices whose seed text carries a footnote marker, and where it stands against the final full stop. */
const FOOTNOTED: Record<string, { marker: string; place: "beforeStop" | "afterStop" }> = {
  "2.2.5": { marker: "¹", place: "beforeStop" },
  "2.3.1": { marker: "²", place: "beforeStop" },
  "3.1.1": { marker: "³", place: "afterStop" },
  "4.3.1": { marker: "⁴", place: "beforeStop" },
  "5.1.1": { marker: "⁵", place: "afterStop" },
};

function withMarker(text: string, f: { marker: string; place: "beforeStop" | "afterStop" }): string {
  return f.place === "afterStop" ? text + f.marker : `${text.slice(0, -1)}${f.marker}.`;
}

/** The practice codes of the seed, read independently of the catalog: codes with a text other than the exclusion. */
function seedCodes(): { base: Set<string>; optimalOnly: Set<string>; sub: Set<string> } {
  const seed = normalisedSeed(SEED);
  const withText = new Set<string>();
  const all = new Set<string>();
  for (const m of seed.matchAll(/(?<![\d.])([1-5]\.[1-9]\.[1-9])\.?\s+(Šī prakse bāzes standartā nav iekļauta)?/g)) {
    all.add(m[1]);
    if (m[2] === undefined) withText.add(m[1]);
  }
  const sub = new Set([...seed.matchAll(/(?<![\d.])([1-5]\.[1-9])\.\s/g)].map((m) => m[1]));
  return { base: withText, optimalOnly: new Set([...all].filter((c) => !withText.has(c))), sub };
}

describe("selfAssessment2023 family", () => {
  it("has the one base-standard template with the practice scale", () => {
    expect(selfAssessment2023.id).toBe("selfAssessment2023");
    expect(selfAssessment2023.templates).toHaveLength(1);
    expect(template.id).toBe("pasnovertejums-2023");
    expect(template.version).toBe(1);
    expect(template.kind).toBe("assessment");
    expect(template.family).toBe("selfAssessment2023");
    // The seed gives no rating scale; the add-in's own 1–5 practice scale, written out here by hand.
    expect(template.scale.kind).toBe("numeric");
    expect(template.scale.values.map((v) => [v.value, v.label])).toEqual([
      [1, "prakse netiek īstenota"],
      [2, "prakse tiek plānota vai uzsākta"],
      [3, "prakse daļēji ieviesta"],
      [4, "prakse ieviesta"],
      [5, "prakse ieviesta, regulāri novērtēta un pilnveidota"],
    ]);
    expect(template.scale.notApplicable?.value).toBe("Nav attiecināms");
    expect(template.sheetName).toBe("Pašnovērtējums 2023");
    expect(template.sheetName.length).toBeLessThanOrEqual(31);
    expect(template.sheetName).not.toMatch(/[[\]:*?/\\]/);
    expect(template.source.files).toEqual([SEED]);
    expect(template.source.year).toBe(2023);
    expect(inSeed(`${template.source.year}.gads`, SEED)).toBe(true);
  });

  it("takes its titles and publisher from the seed", () => {
    expect(inSeed(template.source.title, SEED)).toBe(true);
    expect(inSeed(template.source.publisher, SEED)).toBe(true);
    expect(inSeed(selfAssessment2023.title.toLocaleUpperCase("lv"), SEED)).toBe(true);
    expect(inSeed(template.title.toLocaleUpperCase("lv"), SEED)).toBe(true);
  });
});

describe("criteria", () => {
  it("are the five enablers, in order", () => {
    expect(criteria.map((c) => [c.code, c.title])).toEqual([
      ["1", "Līderība"],
      ["2", "Stratēģija un plānošana"],
      ["3", "Cilvēkresursi"],
      ["4", "Ieinteresētās puses un resursi"],
      ["5", "Procesi"],
    ]);
  });

  /** The capitals of criterion 2's heading lost the cedilla of Ģ; the seed's running text spells the word with it. */
  const HEADING_AS_EXTRACTED: Record<string, string> = { "2": "STRATĒGIJA UN PLĀNOŠANA" };

  it("differ from the seed's headings only in case", () => {
    for (const c of criteria) {
      const heading = HEADING_AS_EXTRACTED[c.code] ?? c.title.toLocaleUpperCase("lv");
      expect([c.code, inSeed(`${c.code}. kritērijs – ${heading}`, SEED)]).toEqual([c.code, true]);
    }
  });

  it("criterion 2 restores only the cedilla its capitals lost, as the seed spells the word elsewhere", () => {
    expect(criteria[1].title.toLocaleUpperCase("lv").replace("Ģ", "G")).toBe(HEADING_AS_EXTRACTED["2"]);
    expect(inSeed("Stratēģijas izstrādē", SEED)).toBe(true);
    expect(inSeed("STRATĒĢIJA", SEED)).toBe(false);
  });

  it("each have the seed's 'Raksturo …' description and no items of their own", () => {
    for (const c of criteria) {
      expect(c.description).toMatch(/^Raksturo /);
      expect(c.items).toBeUndefined();
    }
  });
});

describe("sub-criteria", () => {
  it("number 4, 3, 3, 6, 3 — 19 in all", () => {
    expect(criteria.map((c) => c.groups?.length)).toEqual([4, 3, 3, 6, 3]);
    expect(subCriteria).toHaveLength(19);
  });

  it("are exactly the seed's two-level codes", () => {
    expect(subCriteria.map((s) => s.code).sort()).toEqual([...seedCodes().sub].sort());
  });

  it("are numbered under their criterion", () => {
    for (const c of criteria) {
      (c.groups ?? []).forEach((s, i) => expect(s.code).toBe(`${c.code}.${i + 1}`));
    }
  });
});

describe("practices", () => {
  const perSubCriterion: Record<string, number> = {
    "1.1": 2,
    "1.2": 5,
    "1.3": 3,
    "1.4": 3,
    "2.1": 5,
    "2.2": 3,
    "2.3": 4,
    "3.1": 4,
    "3.2": 5,
    "3.3": 4,
    "4.1": 3,
    "4.2": 2,
    "4.3": 1,
    "4.4": 1,
    "4.5": 3,
    "4.6": 1,
    "5.1": 3,
    "5.2": 4,
    "5.3": 2,
  };

  it("number as the base standard has them — 58 in all", () => {
    expect(Object.fromEntries(subCriteria.map((s) => [s.code, s.items?.length ?? 0]))).toEqual(perSubCriterion);
    expect(practices).toHaveLength(58);
  });

  it("per criterion: 13, 12, 13, 11, 9", () => {
    expect(criteria.map((c) => (c.groups ?? []).reduce((n, s) => n + (s.items?.length ?? 0), 0))).toEqual([13, 12, 13, 11, 9]);
  });

  it("are exactly the seed's practices that have a text, none of the optimal-standard-only ones", () => {
    const { base, optimalOnly } = seedCodes();
    expect(practices.map((p) => p.code).sort()).toEqual([...base].sort());
    expect(optimalOnly.has("1.1.2")).toBe(true);
    for (const p of practices) expect(optimalOnly.has(p.code)).toBe(false);
  });

  it("sit under the sub-criterion their code names, in ascending order", () => {
    for (const s of subCriteria) {
      const numbers = (s.items ?? []).map((p) => {
        expect(p.code).toMatch(new RegExp(`^${s.code.replace(".", "\\.")}\\.[1-9]$`));
        return Number(p.code.split(".")[2]);
      });
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  });

  it("5.1.1 and 5.1.2, listed twice in the seed, carry their real text", () => {
    const byCode = new Map(practices.map((p) => [p.code, p.text]));
    expect(byCode.get("5.1.1")).toMatch(/^Sociālais dienests atbilstoši dienesta stratēģiskajam virzienam un mērķiem identificē/);
    expect(byCode.get("5.1.2")).toMatch(/^Sociālais dienests analizē, novērtē un uzlabo galvenos procesus/);
  });
});

describe("codes and texts", () => {
  it("codes are unique across criteria, sub-criteria and practices", () => {
    const codes = [...criteria, ...subCriteria, ...practices].map((x) => x.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(5 + 19 + 58);
  });

  it("no text is the optimal-standard exclusion", () => {
    for (const { text } of quoted) expect(text).not.toContain("nav iekļauta");
    for (const c of criteria) expect(c.title).not.toContain("nav iekļauta");
  });

  it("texts are clean: no number, markup, footnote marker or stray whitespace", () => {
    for (const { code, text } of quoted) {
      expect([code, text.length > 0]).toEqual([code, true]);
      expect([code, text]).toEqual([code, normalise(text)]);
      expect([code, /^\d|<\/?p>|\*\*|[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(text)]).toEqual([code, false]);
    }
  });

  it("every text stands verbatim in the seed", () => {
    for (const { code, text } of quoted) {
      if (code in JOINED) continue;
      const found = FOOTNOTED[code] ? inSeed(withMarker(text, FOOTNOTED[code]), SEED) : inSeed(text, SEED);
      expect([code, found]).toEqual([code, true]);
    }
  });

  it("joined texts: each part stands in the seed, the whole does not (so the list stays exact)", () => {
    const byCode = new Map(quoted.map((q) => [q.code, q.text]));
    for (const [code, parts] of Object.entries(JOINED)) {
      expect(byCode.get(code)).toBe(parts.join(" "));
      for (const part of parts) expect([code, part, inSeed(part, SEED)]).toEqual([code, part, true]);
      expect([code, inSeed(parts.join(" "), SEED)]).toEqual([code, false]);
    }
  });

  it("footnoted texts lost only their marker", () => {
    const byCode = new Map(practices.map((p) => [p.code, p.text]));
    for (const [code, f] of Object.entries(FOOTNOTED)) {
      const text = byCode.get(code) ?? "";
      expect(text).toMatch(/\.$/);
      expect([code, inSeed(withMarker(text, f), SEED)]).toEqual([code, true]);
    }
  });

  it("the seed's exclusion sentence is what the catalog leaves out", () => {
    expect(inSeed(`1.1.2 ${EXCLUDED}.`, SEED)).toBe(true);
    expect(inSeed(`5.1.1. ${EXCLUDED}.`, SEED)).toBe(true);
  });
});
