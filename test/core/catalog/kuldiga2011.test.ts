import * as fs from "fs";
import * as path from "path";
import { kuldiga2011, kuldigaSurveySeedFigures } from "../../../src/core/catalog/families/kuldiga2011";
import { actionStatusScale, countScale, quality1to5Scale } from "../../../src/core/catalog/scales";
import type { Group, Item, Template } from "../../../src/core/catalog/types";
import { SEEDS_DIR, inSeed, normalise } from "../../helpers/seeds";

const SEED = "003_ac304a74f4a29310.txt";

function template(id: string): Template {
  const found = kuldiga2011.templates.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

function allGroups(groups: readonly Group[]): Group[] {
  return groups.flatMap((g) => [g, ...allGroups(g.groups ?? [])]);
}

function allItems(groups: readonly Group[]): Item[] {
  return allGroups(groups).flatMap((g) => g.items ?? []);
}

function compareCodes(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

const assessment = template("kuldiga-kvalitate-2011");
const survey = template("kuldiga-aptauja-2011");
const plan = template("kuldiga-ricibas-plans-2012");

/**
 * Texts that the extraction splits over two table lines with another cell in between, so they are
 * not contiguous in the seed: each part must be, and the catalog holds the parts joined by a space.
 */
const JOINED: Record<string, readonly string[]> = {
  "3.3": ["Iesaistīt klientus pakalpojumu", "novērtēšanā, plānošanā un attīstīšanā"],
  "3.3.1": ["Noteikt veidu, kā klients ar atsauksmēm, priekšlikumiem var ietekmēt sniegtos", "pakalpojumus"],
  "5.2": [
    "Ieviest pasākumus, kas ierobežotu sociālā darba speciālistu subjektīvā",
    "lēmuma pieņemšanu, informācijas interpretāciju, kas var pasliktināt klienta stāvokli",
  ],
};

describe("kuldiga2011 family", () => {
  it("holds the three templates, each of this family and this seed", () => {
    expect(kuldiga2011.id).toBe("kuldiga2011");
    expect(kuldiga2011.templates.map((t) => t.id)).toEqual(["kuldiga-kvalitate-2011", "kuldiga-aptauja-2011", "kuldiga-ricibas-plans-2012"]);
    for (const t of kuldiga2011.templates) {
      expect(t.version).toBe(1);
      expect(t.family).toBe("kuldiga2011");
      expect(t.source.files).toEqual([SEED]);
      expect(inSeed(t.source.title, SEED)).toBe(true);
      expect(inSeed(t.source.publisher, SEED)).toBe(true);
    }
    expect(inSeed(kuldiga2011.title, SEED)).toBe(true);
  });

  it("gives valid, distinct sheet names", () => {
    const names = kuldiga2011.templates.map((t) => t.sheetName);
    expect(names).toEqual(["Kuldīga kvalitāte 2011", "Kuldīga aptauja 2011", "Rīcības plāns 2012–2014"]);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it("has unique group and item codes within each template", () => {
    for (const t of kuldiga2011.templates) {
      const codes = [...allGroups(t.groups).map((g) => `g:${g.code}`), ...allItems(t.groups).map((i) => `i:${i.code}`)];
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it("takes every title, text and guidance verbatim from the seed, except the listed joins", () => {
    const joinedSeen: string[] = [];
    for (const t of kuldiga2011.templates) {
      for (const g of allGroups(t.groups)) {
        const texts = [g.title, ...(g.description ? [g.description] : [])];
        if (JOINED[g.code] && t === plan) {
          joinedSeen.push(g.code);
          continue;
        }
        for (const text of texts) expect([g.code, inSeed(text, SEED)]).toEqual([g.code, true]);
      }
      for (const item of allItems(t.groups)) {
        if (JOINED[item.code] && t === plan) {
          joinedSeen.push(item.code);
          continue;
        }
        expect([item.code, inSeed(item.text, SEED)]).toEqual([item.code, true]);
        if (item.guidance) expect([item.code, inSeed(item.guidance, SEED)]).toEqual([item.code, true]);
      }
    }
    expect(joinedSeen.sort()).toEqual(Object.keys(JOINED).sort());
  });

  it("joins each split text from parts that stand in the seed", () => {
    const byCode = new Map<string, string>([
      ...allGroups(plan.groups).map((g): [string, string] => [g.code, g.title]),
      ...allItems(plan.groups).map((i): [string, string] => [i.code, i.text]),
    ]);
    for (const [code, parts] of Object.entries(JOINED)) {
      for (const part of parts) expect([code, part, inSeed(part, SEED)]).toEqual([code, part, true]);
      expect(byCode.get(code)).toBe(parts.join(" "));
      // Were the whole text contiguous in the seed, it would need no entry here.
      expect(inSeed(parts.join(" "), SEED)).toBe(false);
    }
    expect(byCode.get("3.3")).toBe("Iesaistīt klientus pakalpojumu novērtēšanā, plānošanā un attīstīšanā");
    expect(byCode.get("3.3.1")).toBe("Noteikt veidu, kā klients ar atsauksmēm, priekšlikumiem var ietekmēt sniegtos pakalpojumus");
  });

  it("keeps no markup from the extraction in any text", () => {
    for (const t of kuldiga2011.templates) {
      const texts = [...allGroups(t.groups).map((g) => g.title), ...allItems(t.groups).map((i) => i.text)];
      for (const text of texts) {
        expect(text).toBe(normalise(text));
        // No leading seed number ("1.1. ", "9.5.* "): the code carries it.
        expect(text).not.toMatch(/<\/?i>|\*|^\d+\.(\d+\.)*/);
      }
    }
  });
});

describe("kuldiga-kvalitate-2011 (assessment)", () => {
  it("is an assessment on the 1–5 quality scale", () => {
    expect(assessment.kind).toBe("assessment");
    expect(assessment.scale).toBe(quality1to5Scale);
    expect(assessment.scale.values.map((v) => v.value)).toEqual([1, 2, 3, 4, 5]);
  });

  it("has the ten criteria of the seed, in its order, one item each", () => {
    expect(assessment.groups).toHaveLength(10);
    expect(assessment.groups.map((g) => g.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
    const titles = assessment.groups.map((g) => g.title);
    expect(titles).toEqual([
      "pakalpojumu pieejamība",
      "klientu informētība",
      "klientu apmierinātība",
      "vides pieejamība",
      "konfidencialitāte",
      "ar klientu saistītās informācijas uzglabāšana",
      "informācijas/dokumentu aprīte",
      "sadarbība",
      "metodika",
      "profesionalitāte",
    ]);
    // The seed names them in one sentence, separated by "; " — the catalog must reproduce it.
    expect(inSeed(`10 kritēriji: ${titles.join("; ")}.`, SEED)).toBe(true);
    for (const g of assessment.groups) {
      expect(g.items).toEqual([{ code: `${g.code}.1`, text: g.title }]);
    }
    expect(allItems(assessment.groups)).toHaveLength(10);
  });
});

describe("kuldiga-aptauja-2011 (survey)", () => {
  it("is a survey of counts, question B multi-choice", () => {
    expect(survey.kind).toBe("survey");
    expect(survey.scale).toBe(countScale);
    expect(survey.survey).toEqual({ multiChoice: ["B"] });
  });

  it("has the seed's satisfaction answers (A) and impact views (B): 5 + 6 options", () => {
    expect(survey.groups.map((g) => g.code)).toEqual(["A", "B"]);
    const [a, b] = survey.groups;
    expect(a.title).toBe("sociālo pakalpojumu saņēmēju apmierinātība ar Kuldīgas novadā saņemtajiem sociālajiem pakalpojumiem");
    expect(b.title).toBe("Sociālo pakalpojumu ietekme uz to saņēmējiem");
    expect(a.items?.map((i) => i.code)).toEqual(["A.1", "A.2", "A.3", "A.4", "A.5"]);
    expect(a.items?.map((i) => i.text)).toEqual([
      "ļoti lielu apmierinātību",
      "apmierinātību",
      "drīzāk apmierināti",
      "neapmierināti",
      "nezīn - ir apmierināti vai nav",
    ]);
    expect(b.items?.map((i) => i.code)).toEqual(["B.1", "B.2", "B.3", "B.4", "B.5", "B.6"]);
    expect(allItems(survey.groups)).toHaveLength(11);
  });

  it("raises only the initial of the seed's words in its title", () => {
    const lowered = survey.title.charAt(0).toLowerCase() + survey.title.slice(1);
    expect(lowered).toBe("sociālo pakalpojumu saņēmēju aptauja");
    expect(inSeed(lowered, SEED)).toBe(true);
  });
});

describe("kuldigaSurveySeedFigures", () => {
  const f = kuldigaSurveySeedFigures;

  it("are the figures the seed prints", () => {
    expect(f.respondents).toBe(178);
    expect(f.providers).toBe(26);
    expect(f.overallScore).toBe(3.6);
    expect(f.satisfaction).toEqual({ "A.1": 29, "A.2": 50, "A.3": 13, "A.4": 3, "A.5": 3 });
    for (const phrase of [
      "piedalījās 178 respondenti",
      "piedalījās 26 Kuldīgas novada sociālo pakalpojumu sniedzēji",
      "atbilst 3,6 punktiem",
      "pārsvarā (92%)",
      "ļoti lielu apmierinātību paūž 29%, apmierinātību paūž 50%, bet drīzāk apmierināti ir 13%",
      "neapmierināti ar sociālajiem pakalpojumiem ir vien 3%, nezīn - ir apmierināti vai nav - 3%",
      "ir pauduši 61%",
      "No šiem respondentiem 50%",
      "39% sociālo pakalpojumu saņēmēji atzinuši",
      "3% respondenti uzskata, ka ir kļuvuši aktīvāki",
      "3% respondenti atzīst",
      "Viens respondents ir paudis citu viedokli, bet 2% respondenti",
      "39% respondenti atzīmējuši vairākus",
      "73% respondenti. 16% respondenti ir atzīmējuši trīs",
      "11% respondenti ir atzīmējuši visus 4",
    ]) {
      expect([phrase, inSeed(phrase, SEED)]).toEqual([phrase, true]);
    }
  });

  it("keep the seed's rounding: the five shares sum to 98, the satisfied three to 92", () => {
    const shares = Object.values(f.satisfaction);
    // 29 + 50 + 13 + 3 + 3 = 98: the seed rounds each share, so they do not reach 100.
    expect(shares.reduce((s, v) => s + v, 0)).toBe(98);
    expect(f.satisfaction["A.1"] + f.satisfaction["A.2"] + f.satisfaction["A.3"]).toBe(f.satisfiedPct);
    expect(Object.keys(f.satisfaction)).toEqual(survey.groups[0].items?.map((i) => i.code));
  });

  it("split the impact question as the seed does", () => {
    expect(f.impact.oneViewPct + f.impact.severalViewsPct).toBe(100);
    // 50 + 39 + 3 + 3 + 2 = 97, plus one respondent with another view (B.6), given as a head count.
    expect(Object.values(f.impact.oneView).reduce((s, v) => s + v, 0)).toBe(97);
    expect(f.impact.oneViewOtherRespondents).toBe(1);
    const { twoDominant, threeViews, allFourViews } = f.impact.severalViews;
    expect(twoDominant + threeViews + allFourViews).toBe(100);
    const bCodes = survey.groups[1].items?.map((i) => i.code) ?? [];
    for (const code of Object.keys(f.impact.oneView)) expect(bCodes).toContain(code);
  });
});

describe("kuldiga-ricibas-plans-2012 (action plan)", () => {
  const areas = plan.groups;
  const tasks = areas.flatMap((a) => a.groups ?? []);
  const actions = allItems(areas);

  it("is an action plan on the status scale", () => {
    expect(plan.kind).toBe("actionPlan");
    expect(plan.scale).toBe(actionStatusScale);
  });

  it("has 9 areas, 26 tasks and 105 actions", () => {
    expect(areas).toHaveLength(9);
    expect(tasks).toHaveLength(26);
    expect(actions).toHaveLength(105);
    expect(areas.map((a) => a.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
    expect(areas.map((a) => a.title)).toEqual([
      "Resursi",
      "Klientu informētība un atgriezeniskā saite",
      "Klientu apmierinātība",
      "Pakalpojuma/ vides pieejamība",
      "Konfidencialitāte",
      "Informācijas/ dokumentu aprīte",
      "Ar klientu saistītās informācijas uzglabāšana un apstrādāšana",
      "Metodika",
      "Profesionalitāte",
    ]);
    expect(areas.map((a) => a.groups?.length)).toEqual([4, 2, 3, 1, 2, 4, 2, 3, 5]);
    expect(areas.map((a) => allItems([a]).length)).toEqual([13, 14, 15, 9, 7, 14, 7, 7, 19]);
    // Areas hold tasks only, tasks hold actions only.
    for (const a of areas) expect(a.items).toBeUndefined();
    for (const t of tasks) expect(t.groups).toBeUndefined();
  });

  it("nests codes: task n.m under area n, action n.m.k under task n.m, in code order", () => {
    for (const a of areas) {
      for (const t of a.groups ?? []) {
        expect(t.code).toMatch(new RegExp(`^${a.code}\\.\\d+$`));
        const codes = (t.items ?? []).map((i) => i.code);
        for (const c of codes) expect(c).toMatch(new RegExp(`^${t.code.replace(".", "\\.")}\\.\\d+$`));
        expect(codes).toEqual([...codes].sort(compareCodes));
      }
    }
    // The seed lists 1.3.2 before 1.3.1; the catalog keeps the codes and orders by them.
    expect(tasks.find((t) => t.code === "1.3")?.items?.map((i) => i.code)).toEqual(["1.3.1", "1.3.2", "1.3.3"]);
  });

  it("gives every action a deadline: 30 × 2012, 30 × 2013, 11 × 2014, 34 × pastāvīgi", () => {
    const counts: Record<string, number> = {};
    for (const a of actions) counts[a.deadline ?? "none"] = (counts[a.deadline ?? "none"] ?? 0) + 1;
    expect(counts).toEqual({ "2012": 30, "2013": 30, "2014": 11, pastāvīgi: 34 });
  });

  it("reads each deadline from the column of the seed's table row", () => {
    const raw = fs.readFileSync(path.join(SEEDS_DIR, SEED), "utf8");
    const table = raw.slice(raw.indexOf("Uzdevumi\tRīcības"));
    const fromSeed = new Map<string, string>();
    const fourFieldMarks: string[] = [];
    for (const line of table.split("\n")) {
      const fields = line.split("\t");
      const m = /^(\d+\.\d+\.\d+)\.\*?\s/.exec(fields[1] ?? "");
      if (!m) continue;
      const years = fields.slice(2).map((c) => c.trim());
      const pos = years.findIndex((c) => c === "x");
      const deadline = years.includes("pastāvīgi") ? "pastāvīgi" : String(2012 + pos);
      expect([m[1], pos >= 0 || years.includes("pastāvīgi")]).toEqual([m[1], true]);
      fromSeed.set(m[1], deadline);
      if (fields.length === 4 && pos >= 0) fourFieldMarks.push(m[1]);
    }
    expect(fromSeed.size).toBe(105);
    for (const a of actions) expect([a.code, a.deadline]).toEqual([a.code, fromSeed.get(a.code)]);
    // On this page the extraction lost a year column; the mark in the first year column is read as
    // 2012 (see the family's header). Listed so that a change of that reading is seen.
    expect(fourFieldMarks).toEqual(["2.1.6", "2.1.7", "2.1.9", "2.2.1", "3.1.5", "3.2.1", "3.2.3", "3.3.1"]);
    for (const code of fourFieldMarks) expect(fromSeed.get(code)).toBe("2012");
  });

  it("marks the starred task and actions with the plan's footnote", () => {
    const footnote = "Uzdevums vai rīcības ir saistošas tikai p/a „Kuldīgas sociālais dienests”";
    expect(actions.filter((a) => a.guidance).map((a) => a.code)).toEqual(["6.2.1", "6.4.1", "9.5.1", "9.5.2", "9.5.3"]);
    for (const a of actions.filter((x) => x.guidance)) expect(a.guidance).toBe(footnote);
    expect(tasks.filter((t) => t.description).map((t) => t.code)).toEqual(["9.5"]);
  });
});
