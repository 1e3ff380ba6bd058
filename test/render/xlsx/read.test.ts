import { strToU8, zipSync } from "fflate";
import { formsOf, readWorkbook, XlsxError } from "../../../src/render/xlsx";
import { XmlError, XmlStream } from "../../../src/render/xlsx/xml";
import { understateSizes } from "../../fixtures/zipTricks";

/**
 * The reader on SpreadsheetML written the ways other programs write it: namespace prefixes, cells
 * without an address, rich-text and phonetic runs, Excel's _xHHHH_ escapes, every cell type.
 */

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function workbook(parts: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

const base = {
  "[Content_Types].xml": "<Types/>",
  "xl/workbook.xml": `<x:workbook ${NS}><x:sheets><x:sheet name="Vāks" sheetId="1" r:id="rId1"/><x:sheet name="Dati &amp; cits" sheetId="2" state="hidden" r:id="rId2"/></x:sheets>
    <x:definedNames><x:definedName name="Iestade">'Dati &amp; cits'!$B$1</x:definedName><x:definedName name="Local" localSheetId="1">'Dati &amp; cits'!$A$3</x:definedName></x:definedNames></x:workbook>`,
  "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="t" Target="/xl/worksheets/sheet2.xml"/></Relationships>`,
  "xl/sharedStrings.xml": `<x:sst ${NS}><x:si><x:t>Sveiki</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Rīga </x:t></x:r><x:r><x:t>Kuldīga</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ふりがな</x:t></x:rPh></x:si><x:si><x:t>a_x000D_b &amp; &lt;c&gt;</x:t></x:si></x:sst>`,
  "xl/worksheets/sheet1.xml": `<x:worksheet ${NS}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  "xl/worksheets/sheet2.xml": `<x:worksheet ${NS}><x:sheetData>
    <x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c><x:v>4.5</x:v></x:c></x:row>
    <x:row><x:c r="a2" t="b"><x:v>1</x:v></x:c><x:c r="B2" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="C2" t="str"><x:f>"=x"&amp;"y"</x:f><x:v>=xy</x:v></x:c><x:c r="D2" t="inlineStr"><x:is><x:t>iekšā</x:t></x:is></x:c><x:c r="E2" s="3"/></x:row>
    <x:row r="3"><x:c r="A3"><x:f t="shared" ref="A3:A4" si="0">A1</x:f><x:v>7</x:v></x:c></x:row>
  </x:sheetData></x:worksheet>`,
};

test("cells of every type, whatever the writer's habits", () => {
  const wb = readWorkbook(workbook(base));
  expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
    ["Vāks", "visible"],
    ["Dati & cits", "hidden"],
  ]);
  const cells = wb.sheets[1].cells;
  expect(cells.get("A1")?.value).toBe("Rīga Kuldīga"); // rich text joined, phonetic guide left out
  expect(cells.get("B1")?.value).toBe("a\rb & <c>"); // cell without r follows A1; _x000D_ and entities decoded
  expect(cells.get("C1")?.value).toBe(4.5);
  expect(cells.get("A2")?.value).toBe(true); // lower-case address normalised, row without r is row 2
  expect(cells.get("B2")).toEqual({ value: null, error: "#DIV/0!", formula: "1/0" });
  expect(cells.get("C2")).toEqual({ value: "=xy", formula: '"=x"&"y"' }); // a formula's text result stays text
  expect(cells.get("D2")?.value).toBe("iekšā");
  expect(cells.has("E2")).toBe(false); // styled but empty
  expect(cells.get("A3")).toEqual({ value: 7, formula: "A1" });
  expect(wb.names).toEqual([
    { name: "Iestade", formula: "'Dati & cits'!$B$1", localSheet: undefined },
    { name: "Local", formula: "'Dati & cits'!$A$3", localSheet: 1 },
  ]);
});

test("read for a merge (formulas: false), the same values and no formula text: it is never decoded", () => {
  const all = readWorkbook(workbook(base));
  const values = readWorkbook(workbook(base), { formulas: false });
  const strip = (cells: ReadonlyMap<string, { value: unknown; error?: string }>) => [...cells].map(([ref, c]) => [ref, c.value, c.error]);
  expect(strip(values.sheets[1].cells)).toEqual(strip(all.sheets[1].cells));
  expect([...values.sheets[1].cells.values()].filter((c) => c.formula !== undefined)).toEqual([]);
  // The tokenizer hands over no text the handler does not want, so none of it is decoded.
  const texts: string[] = [];
  new XmlStream({ open() {}, close() {}, text: (t) => texts.push(t), wantsText: () => false }).push(
    "<a><f>&quot;x&quot;&amp;&lt;</f>tail<![CDATA[c]]></a>",
    true,
  );
  expect(texts).toEqual([]);
});

test("a workbook in the 1904 date system keeps its serials in that system, an ISO date cell too; its save time is read", () => {
  const wb = readWorkbook(
    workbook({
      ...base,
      "xl/workbook.xml": base["xl/workbook.xml"].replace("<x:sheets>", '<x:workbookPr date1904="1"/><x:sheets>'),
      "xl/worksheets/sheet1.xml": `<x:worksheet ${NS}><x:sheetData><x:row r="1"><x:c r="A1" t="d"><x:v>2012-03-01T00:00:00</x:v></x:c><x:c r="B1"><x:v>39507</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
      "docProps/core.xml": `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dcterms="http://purl.org/dc/terms/"><dcterms:modified>2024-01-02T09:30:00Z</dcterms:modified></cp:coreProperties>`,
    }),
  );
  expect([wb.date1904, wb.saved]).toEqual([true, Date.UTC(2024, 0, 2, 9, 30)]);
  expect([wb.sheets[0].cells.get("A1")?.value, wb.sheets[0].cells.get("B1")?.value]).toEqual([39507, 39507]);
});

test("a workbook without any stamp gives no forms and no problems", () => {
  expect(formsOf(readWorkbook(workbook(base)))).toEqual({ forms: [], problems: [] });
});

test.each([
  ["notZip", new Uint8Array([1, 2, 3, 4, 5])],
  ["encrypted", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])],
  ["notXlsx", workbook({ "a.txt": "x" })],
  ["corrupt", workbook(base).slice(0, 200)],
] as const)("%s is refused with its reason", (problem, bytes) => {
  expect(() => readWorkbook(bytes)).toThrow(XlsxError);
  try {
    readWorkbook(bytes);
  } catch (e) {
    expect((e as XlsxError).problem).toBe(problem);
  }
});

test("size and inflation limits", () => {
  const big = workbook({ ...base, "xl/worksheets/sheet1.xml": `<x:worksheet ${NS}><x:sheetData>${" ".repeat(3 * 1024 * 1024)}</x:sheetData></x:worksheet>` });
  expect(() => readWorkbook(big)).toThrow(expect.objectContaining({ problem: "zipBomb" }));
  expect(() => readWorkbook(workbook(base), { limits: { maxFileBytes: 100, maxUncompressedBytes: 1e9, maxRatio: 1e9 } })).toThrow(
    expect.objectContaining({ problem: "tooLarge" }),
  );
});

describe("the XML as XML says it", () => {
  const events = (chunks: string[]) => {
    const out: string[] = [];
    const s = new XmlStream({
      open: (n, raw, self) => out.push(`<${n}${raw}${self ? "/" : ""}>`),
      close: (n) => out.push(`</${n}>`),
      text: (t) => out.push(t),
    });
    chunks.forEach((c, i) => s.push(c, i === chunks.length - 1));
    // Adjacent texts are one text node, however they arrived.
    return out.reduce<string[]>(
      (a, e) => (a.length && !e.startsWith("<") && !a[a.length - 1].startsWith("<") ? [...a.slice(0, -1), a[a.length - 1] + e] : [...a, e]),
      [],
    );
  };
  const doc = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><!-- a <c> in a comment --><x:c a="1>2" b='"q"' r="A1"><x:v><![CDATA[<v>5</v>]]></x:v><x:is><x:t>R&#299;ga &amp; &#x4B;&e;</x:t></x:is><x:f/></x:c>`;

  test("CDATA, '>' and quotes in attributes, prefixes, entities, self-closing; entities of a DTD stay text", () => {
    expect(events([doc])).toEqual([
      `<c a="1>2" b='"q"' r="A1">`,
      "<v>",
      "<v>5</v>",
      "</v>",
      "<is>",
      "<t>",
      "Rīga & K&e;",
      "</t>",
      "</is>",
      "<f/>",
      "</f>",
      "</c>",
    ]);
  });

  test("the same tokens however the text is cut into pieces", () => {
    const whole = events([doc]);
    for (let i = 1; i < doc.length; i++) expect(events([doc.slice(0, i), doc.slice(i)])).toEqual(whole);
  });

  test("XML that breaks off or never closes a tag is refused", () => {
    expect(() => events(['<c r="A1" bad>'])).toThrow(XmlError);
    expect(() => events(["<c><v>1</v"])).toThrow(XmlError);
  });
});

test("a shared-string index past the strings is a damaged sheet, not a blank", () => {
  const bad = workbook({
    ...base,
    "xl/worksheets/sheet1.xml": `<x:worksheet ${NS}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  });
  const sheet = readWorkbook(bad).sheets[0];
  expect(sheet.unreadable).toEqual({ kind: "damaged", detail: { kind: "noSuchString", ref: "A1", index: 7, count: 3 } });
});

test("the declared sizes are never the measure: a part is cut by the bytes it produces", () => {
  const big = workbook({ ...base, "xl/sharedStrings.xml": `<x:sst ${NS}><x:si><x:t>${"Ļ".repeat(600_000)}</x:t></x:si></x:sst>` });
  expect(() => readWorkbook(understateSizes(big, 10), { limits: { maxPartBytes: 1024 * 1024 } })).toThrow(expect.objectContaining({ problem: "zipBomb" }));
  expect(readWorkbook(understateSizes(workbook(base), 1)).sheets[1].cells.get("A1")?.value).toBe("Rīga Kuldīga");
});

test("a sheet past its cell budget stops being read and says so", () => {
  const rows = Array.from({ length: 50 }, (_, r) => `<x:row r="${r + 1}">${"<x:c><x:v>1</x:v></x:c>".repeat(10)}</x:row>`).join("");
  const wb = readWorkbook(workbook({ ...base, "xl/worksheets/sheet1.xml": `<x:worksheet ${NS}><x:sheetData>${rows}</x:sheetData></x:worksheet>` }), {
    limits: { maxSheetCells: 100 },
  });
  expect(wb.sheets[0].unreadable).toEqual({ kind: "tooLarge", detail: { kind: "tooManyCells", limit: 100 } });
  expect(wb.sheets[0].cells.size).toBe(100);
});
