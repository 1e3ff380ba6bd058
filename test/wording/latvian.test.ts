import * as fs from "fs";
import * as path from "path";
import { demoFill, findTemplate, mergeForms, type ReturnedFile } from "../../src/core";
import { buildSheetPlan, mergeSheets } from "../../src/plan";
import * as labels from "../../src/plan/labels";
import { readReturned, writeWorkbook } from "../../src/render/xlsx";
import { TEXTS } from "../../src/cli/messages";
import { catalogues } from "../../src/taskpane/i18n";
import { counted, say, sayFinding } from "../../src/wording";
import type { FindingReason, Reason } from "../../src/core/reasons";
import { corpus } from "../fixtures/corpus";
import { readerCorpus } from "../fixtures/readerCorpus";
import { agreement, decimalPoints, englishWords, notWords, quotes, words } from "./latvianChecks";
import { allFindings, allReasons, FINDINGS, REASONS } from "./samples";

/**
 * Every Latvian text the project shows, held to docs/glossary.md: „…” quotation marks, decimal
 * commas, the glossary's words, and counts that agree with their nouns. And the reasons a merge gives
 * for a corpus of broken files, in Latvian, without an English word.
 */

const root = path.resolve(__dirname, "..", "..");
const read = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

/** Every string of a catalogue, by its path; a function is called with `arg` for each parameter. */
function walk(value: unknown, arg: string, at = "", skip: (key: string) => boolean = () => false): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (typeof value === "function")
    return walk((value as (...a: string[]) => unknown)(...Array.from({ length: value.length }, () => arg)), arg, `${at}()`, skip);
  if (Array.isArray(value)) return value.flatMap((v, i) => walk(v, arg, `${at}[${i}]`, skip));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => (skip(k) ? [] : walk(v, arg, at ? `${at}.${k}` : k, skip)));
  return [];
}

/** The command line's usage lines are shell syntax ("…", lv|en), not prose; the language names are their own. */
const notProse = (key: string) => key === "synopsis" || key === "example" || key === "languageNames";

/** Functions of the pane's and the command line's catalogues, each with its path, for the count check. */
function functions(value: unknown, at = ""): [string, (...a: string[]) => unknown][] {
  if (typeof value === "function") return [[at, value as (...a: string[]) => unknown]];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => (notProse(k) ? [] : functions(v, at ? `${at}.${k}` : k)));
  return [];
}

const text = (x: unknown) =>
  walk(x, "1")
    .map(([, s]) => s)
    .join("\n");

const helpLatvian = () => {
  const html = read("src/help/help.html");
  const section = html.slice(html.indexOf('<section id="lv"'), html.indexOf('<section id="en"'));
  return section.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
};
const manifestLatvian = () => [...read("manifest.xml").matchAll(/<(?:bt:String|DisplayName|Description)[^>]*DefaultValue="([^"]*)"/g)].map((m) => m[1]);

/** Every Latvian string, by where it comes from. */
function latvianTexts(): [string, string][] {
  // Returns of a rated and a compliance template, two assessors of one, and a broken file: every sheet a merge writes.
  const returned = (id: string, file: string, vertetajs: string) => {
    const template = findTemplate(id)!;
    return readReturned(file, writeWorkbook([buildSheetPlan(template, { fill: demoFill(template, { vertetajs }) })]).bytes);
  };
  const merge = mergeSheets(
    mergeForms([
      returned("pasnovertejums-2023", "p1.xlsx", "Anna"),
      returned("pasnovertejums-2023", "p2.xlsx", "Jānis"),
      returned("uzraudziba-2016", "u.xlsx", "Anna"),
      { file: "a.xlsx", error: { kind: "notZip" } },
    ]),
  );
  return [
    ...walk(catalogues.lv, "1", "pane", notProse),
    ...walk(TEXTS.lv, "1", "cli", notProse),
    // The sheets' own words, former names aside (they are the old words, kept only to be recognised),
    // and of the merge's labels the Latvian ones (the English are `merge --lang en`'s).
    ...walk({ ...labels, FORMER_MERGE_SHEETS: undefined, MERGE_LABELS: { lv: labels.MERGE_LABELS.lv } }, "1", "labels"),
    ...merge.flatMap((s) => (s.tables ?? []).flatMap((t) => t.headers.map((h): [string, string] => [`${s.name} header`, h]))),
    ...allReasons(21).map((r): [string, string] => [`reason ${r.kind}`, say(r, "lv")]),
    ...allFindings(21).map((f): [string, string] => [`finding ${f.kind}`, sayFinding(f, "lv")]),
    ["help.html", helpLatvian()],
    ...manifestLatvian().map((s): [string, string] => ["manifest.xml", s]),
  ];
}

describe("every Latvian string follows the glossary", () => {
  const texts = latvianTexts();
  test("there are the pane's, the command line's, the sheets', the reasons', the help page's and the ribbon's", () => {
    for (const source of [
      "pane",
      "cli",
      "labels.L",
      "labels.MERGE_SHEETS",
      "labels.CHART_TITLES",
      "labels.MERGE_LABELS.lv.feedback",
      "Kopsavilkums Pašnovērtējums header",
      "Kopsavilkums Uzraudzība header",
      "Vienprātība header",
      "Noraidītie faili header",
      "reason",
      "finding",
      "help.html",
      "manifest.xml",
    ])
      expect([source, texts.some(([at]) => at.startsWith(source))]).toEqual([source, true]);
  });
  test.each([
    ["„…” quotation marks only", quotes],
    ["decimal commas", decimalPoints],
    ["the glossary's words", notWords],
  ])("%s", (_, check) => {
    // The sheets' headers include the comment column, "Piezīmes": the one place that word is right.
    expect(texts.flatMap(([at, s]) => check(s).map((p) => `${at}: ${p}`))).toEqual([]);
  });
  test("a count agrees with its noun, or stands in the Label: N form", () => {
    const pane = [...functions(catalogues.lv, "pane"), ...functions(TEXTS.lv, "cli")].flatMap(([at, f]) =>
      agreement((c) => text(f(...Array.from({ length: f.length }, () => c)))).map((p) => `${at}: ${p}`),
    );
    const rendered = <R>(samples: Readonly<Record<string, (n: number) => readonly R[]>>, words: (r: R) => string) =>
      Object.entries(samples).flatMap(([kind, make]) => make(1).flatMap((_, i) => agreement((c) => words(make(Number(c))[i])).map((p) => `${kind}: ${p}`)));
    const samples = [
      ...rendered(REASONS as Readonly<Record<string, (n: number) => readonly Reason[]>>, (r) => say(r, "lv")),
      ...rendered(FINDINGS as Readonly<Record<string, (n: number) => readonly FindingReason[]>>, (f) => sayFinding(f, "lv")),
    ];
    expect([...pane, ...samples]).toEqual([]);
  });
});

describe("the checks catch a planted mistake of each kind", () => {
  test("quotation marks", () => {
    expect(quotes('Pāriet uz lapu "Kopsavilkums"')).toHaveLength(1);
    expect(quotes("Pāriet uz lapu “Kopsavilkums”")).toContain("English quotation mark in: Pāriet uz lapu “Kopsavilkums”");
    expect(quotes("Pāriet uz lapu „Kopsavilkums”")).toEqual([]);
  });
  test("decimal points", () => {
    expect(decimalPoints("fails ir pārāk liels (21.0 MB > 20.0 MB)")).toHaveLength(2);
    expect(decimalPoints("1: 16.67; 2: 66.67")).toHaveLength(2);
    expect(decimalPoints("datums 01.04.2023, kods 1.2.4, 21,0 MB")).toEqual([]);
  });
  test("the glossary's not-words", () => {
    for (const wrong of [
      "nav Kvalitāte veidnes zīmoga",
      "Atvērt šūnu B12",
      "Šajā Excel savienojumā",
      "vēlāka atgriezne",
      "Atrastās piezīmes: 3",
      "izkrītošais saraksts",
      "Pašvaldības kopvērtējums",
      "Neatbilstību %",
      "Apvienot",
    ])
      expect(notWords(wrong)).not.toEqual([]);
    expect(notWords("Piezīmes")).toEqual([]);
  });
  test("a count without a plural rule, and a participle before a count", () => {
    expect(agreement((c) => `5 no ${c} kodiem`)).toHaveLength(1);
    expect(agreement((c) => `izdevās 3 no ${c} soļiem`)).toHaveLength(1);
    expect(agreement((c) => `pieņemti ${c}, noraidīti 0`)).toHaveLength(1);
    expect(agreement((c) => `5 no ${counted("lv", Number(c), { one: "koda", other: "kodiem" })}`)).toEqual([]);
    expect(agreement((c) => `pieņemts: ${c}; solis ${c} no ${c}`)).toEqual([]);
  });
});

/** The English words our own English reasons use, and a zip or XML library's: none belongs in Latvian. */
function englishVocabulary(): Set<string> {
  const ours = [...allReasons(2).map((r) => say(r, "en")), ...allFindings(2).map((f) => sayFinding(f, "en"))].join(" ");
  const libraries =
    read("src/render/xlsx/unzip.ts")
      .match(/ZipFormatError\("\w+", [`"][^`"]*/g)
      ?.join(" ") ?? "";
  const shared = new Set(["xlsx", "xls", "xlsm", "zip", "xml", "excel", "utc", "fifo", "ods", "pdf", "kvalit", "eacces", "exdev", "eio"]);
  // Latvian words the English texts quote (the scale's "Nav attiecināms", "Atbilst") or share ("periods").
  const latvian = new Set(["nav", "periods", "atbilst", "neatbilst", "kods"]);
  const english = words(
    `${ours} ${libraries} invalid data end central directory entries sheets cells names characters header damaged truncated missing error unexpected`.toLowerCase(),
  );
  return new Set(english.filter((w) => /^[a-z]+$/.test(w) && !shared.has(w) && !latvian.has(w)));
}

describe("the reasons for a corpus of broken files, in Latvian, hold no English word", () => {
  const vocabulary = englishVocabulary();
  const returned: ReturnedFile[] = [...corpus().map((c) => readReturned(c.name, c.bytes)), ...readerCorpus().map((c) => readReturned(c.name, c.bytes()))];
  const reasons = mergeForms(returned).rejected.map((r) => say(r.reason, "lv"));

  test("the corpus gives reasons of many kinds", () => {
    expect(new Set(mergeForms(returned).rejected.map((r) => r.reason.kind)).size).toBeGreaterThanOrEqual(12);
  });
  test("no English word, quotation mark, decimal point or wrong word in any of them", () => {
    expect(reasons.flatMap((r) => [...englishWords(r, vocabulary), ...quotes(r), ...decimalPoints(r), ...notWords(r)])).toEqual([]);
  });
  test("the check finds the English a library would paste in", () => {
    expect(englishWords("fails ir bojāts vai nepilnīgs (no end of central directory)", vocabulary)).toEqual(["end", "central", "directory"]);
    expect(englishWords("fails ir pārāk liels (> 1000 sheets)", vocabulary)).toEqual(["sheets"]);
    expect(englishWords("lapā „Summary sheets” nav tabulas", vocabulary)).toEqual([]);
  });
});
