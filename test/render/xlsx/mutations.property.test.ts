import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { demoFill, findTemplate, mergeForms, type ReturnedFile } from "../../../src/core";
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

type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "flip"; at: number; mask: number; count: number }
  | { kind: "swap"; a: number; b: number }
  | { kind: "drop"; part: number }
  | { kind: "duplicateRows"; at: number; times: number }
  | { kind: "inflateRange"; rows: number }
  | { kind: "renameStamp"; stamp: string }
  | { kind: "sizes"; size: number }
  | { kind: "splice"; at: number; xml: string };

const xmlBits = fc.constantFrom(
  "<![CDATA[5]]>",
  "<c r=\"E13\"><v>9</v></c>",
  "<row r=\"99999999\">",
  "</row>",
  "<c r=\"XFE1\"/>",
  "<c t=\"s\"><v>123456</v></c>",
  "&#x0;",
  "&amp",
  "<!DOCTYPE x [<!ENTITY a \"&a;&a;\">]>",
  "<x:c x:r=\"A1\">",
  "'\"><",
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant("flip" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), mask: fc.integer({ min: 1, max: 255 }), count: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(20), b: fc.nat(20) }),
  fc.record({ kind: fc.constant("drop" as const), part: fc.nat(20) }),
  fc.record({ kind: fc.constant("duplicateRows" as const), at: fc.nat(200), times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant("inflateRange" as const), rows: fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom(1_048_576, 10_000_000_000, 2 ** 53)) }),
  fc.record({ kind: fc.constant("renameStamp" as const), stamp: fc.oneof(fc.constantFrom("gimenes-2015@1", "uzraudziba-2016@1", "pasnovertejums-2023@1", "kuldiga-kvalitate-2011@1", "x@99"), fc.string({ maxLength: 30 })) }),
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
        for (const n of names.filter((x) => x.startsWith("xl/tables/"))) f[n] = strToU8(text(f[n]).replace(/ref="([A-Z]+)(\d+):([A-Z]+)\d+"/g, (_, a, r, b) => `ref="${a}${r}:${b}${Number(r) + m.rows}"`));
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
