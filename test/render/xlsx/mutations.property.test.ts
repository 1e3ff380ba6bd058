import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { demoFill, findTemplate, mergeForms, scoreForm, type ReturnedFile } from "../../../src/core";
import { buildSheetPlan } from "../../../src/plan";
import { readReturned, writeWorkbook } from "../../../src/render/xlsx";
import { understateSizes } from "../../fixtures/zipTricks";
import { both } from "../../../src/wording";
import type { Reason } from "../../../src/core/reasons";

/**
 * Property: whatever is done to a real returned workbook — cut, bytes flipped, parts swapped or
 * dropped, rows duplicated, ranges inflated, the stamp renamed, sizes in the headers changed, XML
 * spliced in — reading it and merging it ends in accepted forms or rejections with a reason in
 * both languages: never a throw, never a hang (each case within its time budget). Fixed seed.
 */

const CASE_BUDGET_MS = 2000;
const SEED = 20261201;

const bases = ["pasnovertejums-2023", "uzraudziba-2016", "kuldiga-ricibas-plans-2012", "gimenes-parbaudes-2015"].map((id, i) => {
  const t = findTemplate(id)!;
  return writeWorkbook([buildSheetPlan(t, { fill: demoFill(t, { variant: i, iestade: `Dienests ${i}` }) })]).bytes;
});

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const SHEET = "xl/worksheets/sheet1.xml";
const WORKBOOK = "xl/workbook.xml";

type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "flip"; at: number; mask: number; count: number }
  | { kind: "swap"; a: number; b: number }
  | { kind: "drop"; part: number }
  | { kind: "duplicateRows"; at: number; times: number }
  | { kind: "inflateRange"; rows: number }
  | { kind: "renameStamp"; stamp: string }
  | { kind: "sizes"; size: number }
  | { kind: "splice"; at: number; xml: string }
  | Benign;

/** What other programs and people do to a form that keeps every figure: the form must still score the same. */
type Benign = { kind: "dropTable" } | { kind: "dropNames" } | { kind: "date1904" } | { kind: "invisible"; char: string; every: number };

const xmlBits = fc.constantFrom(
  "<![CDATA[5]]>",
  '<c r="E13"><v>9</v></c>',
  '<row r="99999999">',
  "</row>",
  '<c r="XFE1"/>',
  '<c t="s"><v>123456</v></c>',
  "&#x0;",
  "&amp",
  '<!DOCTYPE x [<!ENTITY a "&a;&a;">]>',
  '<x:c x:r="A1">',
  "'\"><",
);

const benign: fc.Arbitrary<Benign> = fc.oneof(
  fc.constant({ kind: "dropTable" as const }),
  fc.constant({ kind: "dropNames" as const }),
  fc.constant({ kind: "date1904" as const }),
  fc.record({
    kind: fc.constant("invisible" as const),
    char: fc.constantFrom("\u200b", "\u00ad", "\u00a0", "\ufeff", "\u2060", "NFD"),
    every: fc.integer({ min: 1, max: 4 }),
  }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  benign,
  fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({
    kind: fc.constant("flip" as const),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    mask: fc.integer({ min: 1, max: 255 }),
    count: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(20), b: fc.nat(20) }),
  fc.record({ kind: fc.constant("drop" as const), part: fc.nat(20) }),
  fc.record({ kind: fc.constant("duplicateRows" as const), at: fc.nat(200), times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({
    kind: fc.constant("inflateRange" as const),
    rows: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(1_048_576, 10_000_000_000, 2 ** 53)),
  }),
  fc.record({
    kind: fc.constant("renameStamp" as const),
    stamp: fc.oneof(
      fc.constantFrom("gimenes-2015@1", "uzraudziba-2016@1", "pasnovertejums-2023@1", "kuldiga-kvalitate-2011@1", "x@99"),
      fc.string({ maxLength: 30 }),
    ),
  }),
  fc.record({ kind: fc.constant("sizes" as const), size: fc.oneof(fc.nat(100), fc.constant(0xffffffff), fc.nat()) }),
  fc.record({ kind: fc.constant("splice" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), xml: xmlBits }),
);

/** A change to the parts of an archive; one an earlier mutation already broke is left as it is. */
function edit(bytes: Uint8Array, change: (files: Record<string, Uint8Array>, names: string[]) => void): Uint8Array {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return bytes;
  }
  change(files, Object.keys(files).sort());
  return zipSync(files, { level: 1 });
}

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  switch (m.kind) {
    case "truncate":
      return bytes.slice(0, Math.floor(bytes.length * m.at));
    case "flip": {
      const out = bytes.slice();
      for (let i = 0; i < m.count; i++) out[Math.floor(((m.at + i * 0.0371) % 1) * out.length)] ^= m.mask;
      return out;
    }
    case "swap":
      return edit(bytes, (f, names) => {
        const [a, b] = [names[m.a % names.length], names[m.b % names.length]];
        [f[a], f[b]] = [f[b], f[a]];
      });
    case "drop":
      return edit(bytes, (f, names) => void delete f[names[m.part % names.length]]);
    case "duplicateRows":
      return edit(bytes, (f) => {
        const xml = text(f[SHEET]);
        const rows = xml.match(/<row\b[\s\S]*?<\/row>/g) ?? [];
        const row = rows[m.at % Math.max(1, rows.length)] ?? "";
        f[SHEET] = strToU8(xml.replace(row, row.repeat(m.times + 1)));
      });
    case "inflateRange":
      return edit(bytes, (f, names) => {
        for (const n of names.filter((x) => x.startsWith("xl/tables/")))
          f[n] = strToU8(text(f[n]).replace(/ref="([A-Z]+)(\d+):([A-Z]+)\d+"/g, (_, a, r, b) => `ref="${a}${r}:${b}${Number(r) + m.rows}"`));
      });
    case "renameStamp":
      return edit(bytes, (f) => {
        f["xl/sharedStrings.xml"] = strToU8(text(f["xl/sharedStrings.xml"]).replace(/[a-z0-9-]+@\d+/, m.stamp.replace(/[<&]/g, "")));
      });
    case "sizes":
      return understateSizes(bytes, m.size);
    case "splice":
      return edit(bytes, (f) => {
        const xml = text(f[SHEET]);
        const at = Math.floor(xml.length * m.at);
        f[SHEET] = strToU8(xml.slice(0, at) + m.xml + xml.slice(at));
      });
    case "dropTable":
      return edit(bytes, (f, names) => {
        if (f[SHEET]) f[SHEET] = strToU8(text(f[SHEET]).replace(/<tableParts[\s\S]*?<\/tableParts>/, ""));
        for (const n of names.filter((x) => x.startsWith("xl/tables/"))) delete f[n];
      });
    case "dropNames":
      return edit(bytes, (f) => {
        if (f[WORKBOOK]) f[WORKBOOK] = strToU8(text(f[WORKBOOK]).replace(/<definedNames>[\s\S]*?<\/definedNames>/, ""));
      });
    case "date1904":
      // As Excel keeps a workbook in the 1904 system: the flag, and every date serial 1,462 days less.
      return edit(bytes, (f) => {
        if (!f[WORKBOOK] || !f[SHEET] || text(f[WORKBOOK]).includes("date1904")) return;
        f[WORKBOOK] = strToU8(text(f[WORKBOOK]).replace(/<workbookPr\b[^>]*?\/>|(?=<bookViews|<sheets)/, '<workbookPr date1904="1"/>'));
        f[SHEET] = strToU8(text(f[SHEET]).replace(/(<c r="B8"[^>]*><v>)(\d+(?:\.\d+)?)(<\/v>)/, (_, a, v, b) => `${a}${Number(v) - 1462}${b}`));
      });
    case "invisible":
      // Into rating words and item codes, as a web page or another program leaves them.
      return edit(bytes, (f) => {
        const part = "xl/sharedStrings.xml";
        if (!f[part]) return;
        let n = 0;
        const spoil = (word: string) => {
          if (n++ % m.every) return word;
          if (m.char === "NFD") return word.normalize("NFD");
          if (m.char === "\u00a0") return word.includes(" ") ? word.replace(" ", "\u00a0") : `${word}\u200b`;
          return word.slice(0, 1) + m.char + word.slice(1);
        };
        f[part] = strToU8(
          text(f[part]).replace(
            /(<t[^>]*>)(Atbilst|Neatbilst|Nav attiecināms|Izpildīts|Procesā|Nav uzsākts|\d+(?:\.\d+)+)(<\/t>)/g,
            (_, a, w, b) => a + spoil(w) + b,
          ),
        );
      });
  }
}

/** Worded in both languages, and worded in Latvian without the English of a library. */
const spoken = (r: Reason) => {
  const { lv, en } = both(r);
  return lv.trim().length > 0 && en.trim().length > 0 && lv !== en;
};

test("every mutated workbook is accepted or rejected with a reason, never a throw or a hang", () => {
  const slowest = { ms: 0, what: "" };
  fc.assert(
    fc.property(fc.nat(bases.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (base, mutations) => {
      const bytes = mutations.reduce(apply, bases[base]);
      const t0 = performance.now();
      let read: ReturnedFile;
      try {
        read = readReturned("mutated.xlsx", bytes);
      } catch (e) {
        throw new Error(`readReturned threw: ${(e as Error).stack}`);
      }
      const result = mergeForms([read]);
      const ms = performance.now() - t0;
      if (ms > slowest.ms) Object.assign(slowest, { ms, what: JSON.stringify(mutations) });
      expect(ms).toBeLessThan(CASE_BUDGET_MS);
      if ("error" in read) expect(spoken(read.error)).toBe(true);
      else for (const p of read.problems ?? []) expect([p.sheet.length >= 0, spoken(p.reason)]).toEqual([true, true]);
      expect(result.accepted.length + result.rejected.length).toBeGreaterThan(0);
      for (const r of result.rejected) expect(spoken(r.reason)).toBe(true);
    }),
    { seed: SEED, numRuns: 100, endOnFailure: true },
  );
  // Visible in a verbose run: the slowest case, to see how far under the budget the reader stays.
  expect(slowest.ms).toBeLessThan(CASE_BUDGET_MS);
});

/** A form's figures and the facts a merge orders and identifies it by. */
function essentials(read: ReturnedFile) {
  if ("error" in read) return { error: both(read.error).en };
  return {
    problems: (read.problems ?? []).map((p) => both(p.reason).en),
    forms: read.forms.map((f) => {
      const r = scoreForm(f);
      return {
        sheet: f.sheet,
        datums: f.meta.datums.value,
        groups: r.groups.map((g) => [g.code, g.average, g.nonCompliancePct, g.progressPct]),
        overall: [r.overall, r.overallNonCompliancePct, r.overallProgressPct],
      };
    }),
  };
}

test("what other programs do to a form (table object or names dropped, 1904 dates, invisible characters) keeps its figures and its date", () => {
  const originals = bases.map((b) => essentials(readReturned("original.xlsx", b)));
  fc.assert(
    fc.property(fc.nat(bases.length - 1), fc.array(benign, { minLength: 1, maxLength: 4 }), (base, mutations) => {
      const read = readReturned("mutated.xlsx", mutations.reduce(apply, bases[base]));
      expect(essentials(read)).toEqual(originals[base]);
    }),
    { seed: SEED, numRuns: 60, endOnFailure: true },
  );
});
