import { supervision2016 } from "../../../src/core/catalog/families/supervision2016";
import { complianceScale } from "../../../src/core/catalog/scales";
import type { Item } from "../../../src/core/catalog/types";
import { inSeed, normalise } from "../../helpers/seeds";

const SEED = "000_5a6656297ae693d2.txt";
const template = supervision2016.templates[0];
const items: Item[] = template.groups.flatMap((g) => [...(g.items ?? [])]);

describe("supervision2016 catalog (seed 000)", () => {
  it("is one compliance checklist with the agreed identity", () => {
    expect(supervision2016.id).toBe("supervision2016");
    expect(supervision2016.templates).toHaveLength(1);
    expect(template.id).toBe("uzraudziba-2016");
    expect(template.version).toBe(1);
    expect(template.kind).toBe("checklist");
    expect(template.family).toBe("supervision2016");
    expect(template.scale).toBe(complianceScale);
    expect(template.scale.kind).toBe("compliance");
    expect(template.sheetName).toBe("Uzraudzība 2016");
    expect(template.sheetName.length).toBeLessThanOrEqual(31);
    expect(template.sheetName).not.toMatch(/[[\]:*?/\\]/);
    expect(template.source.files).toEqual([SEED]);
    expect(template.source.year).toBe(2016);
  });

  it("quotes the seed's title and publisher", () => {
    expect(template.title).toBe("Sociālā dienesta darba uzraudzības nodrošināšana");
    expect(supervision2016.title).toBe(template.title);
    expect(inSeed(template.title, SEED)).toBe(true);
    expect(inSeed(template.source.title, SEED)).toBe(true);
    for (const part of template.source.publisher.split(", ")) expect(inSeed(part, SEED)).toBe(true);
  });

  it("has three groups of 6, 4 and 7 items, 17 in all", () => {
    expect(template.groups.map((g) => g.code)).toEqual(["1", "2", "3"]);
    expect(template.groups.map((g) => g.items?.length)).toEqual([6, 4, 7]);
    expect(items).toHaveLength(17);
    for (const g of template.groups) expect(g.groups).toBeUndefined();
  });

  it("codes items 1.1–1.6, 2.1–2.4, 3.1–3.7, each under its own group", () => {
    expect(items.map((i) => i.code)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "1.6",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
      "3.7",
    ]);
    expect(new Set(items.map((i) => i.code)).size).toBe(items.length);
    for (const g of template.groups) for (const i of g.items ?? []) expect(i.code.startsWith(`${g.code}.`)).toBe(true);
  });

  it("takes group titles and descriptions verbatim from the seed", () => {
    expect(template.groups.map((g) => g.title)).toEqual([
      "Iekšējās kontroles sistēma",
      "Sociālo gadījumu vadīšanas uzraudzība un novērtēšana",
      "Kritēriji, vērtējot sociālā gadījuma vadīšanu",
    ]);
    for (const g of template.groups) {
      expect(inSeed(g.title, SEED)).toBe(true);
      if (g.description !== undefined) expect(inSeed(g.description, SEED)).toBe(true);
    }
  });

  it("quotes every item text and guidance verbatim, without markup", () => {
    for (const i of items) {
      expect([i.code, inSeed(i.text, SEED)]).toEqual([i.code, true]);
      // inSeed normalises its argument, so markup left in the data would pass it unnoticed.
      expect(i.text).toBe(normalise(i.text));
      if (i.guidance !== undefined) {
        expect([i.code, inSeed(i.guidance, SEED)]).toEqual([i.code, true]);
        expect(i.guidance).toBe(normalise(i.guidance));
        expect(i.guidance).not.toMatch(/^\(|\)$/);
      }
    }
  });

  it("pairs each heading with the bracket that follows it in the seed", () => {
    for (const i of items.filter((x) => x.guidance !== undefined)) {
      expect([i.code, inSeed(`${i.text} (${i.guidance})`, SEED)]).toEqual([i.code, true]);
    }
  });

  it("gives guidance wherever the seed has a bracket: all but 3.6 and 3.7", () => {
    expect(items.filter((i) => i.guidance === undefined).map((i) => i.code)).toEqual(["3.6", "3.7"]);
  });

  it("names the criteria the domain brief lists", () => {
    expect(items[0].text).toBe("iestādes darbības plānošana");
    expect(items.find((i) => i.code === "3.1")?.text).toBe("klienta sākotnējās situācijas novērtējums");
    expect(items.find((i) => i.code === "3.7")?.text).toBe("vienotu veidlapu pielietošana");
  });
});
