import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import * as XLSX from "xlsx";
import { demoFill, templates, type Template } from "../../src/core";
import { cellRef } from "../../src/plan/a1";
import { coreFigures } from "../../src/plan/figures";
import { buildSheetPlan, type SheetPlan } from "../../src/plan";
import { formsOf, readWorkbook, writeWorkbook } from "../../src/render/xlsx";
import { mergeFilesTo } from "../../src/cli/pipeline";
import { readOne } from "../../src/cli/merge";
import { writeFeedback } from "../../src/cli/feedback";
import { TEXTS } from "../../src/cli/messages";
import { brokenFill } from "../helpers/brokenFill";

/**
 * The readers analysts open our files with (issue 15): ExcelJS, SheetJS, Gnumeric's ssconvert,
 * openpyxl and pandas. Each reads every template's demonstration form, a form with typical mistakes,
 * the summary of 30 returns of two templates (written as the command line writes it, streamed) and a
 * feedback workbook, and must see every value we wrote — formulas' stored values included, which must
 * be the core's figures. A missing tool fails the suite under CI=true and skips it elsewhere.
 */

const CI = process.env.CI === "true";
const PYTHON = "/usr/bin/python3";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-readers-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Value = string | number | boolean | null;
/** A sheet's values by A1 reference, empty cells (and "" formula results) left out. */
type Cells = Map<string, Value>;
interface Fixture {
  readonly file: string;
  readonly sheets: { readonly name: string; readonly cells: Cells; readonly dates: Set<string> }[];
  /** Template forms: the core's figure at each result cell. */
  readonly core?: { readonly sheet: string; readonly figures: Map<string, number | undefined> };
}

const fixtures: Fixture[] = [];

function expectedOf(file: string, plan?: SheetPlan, template?: Template): Fixture {
  const bytes = fs.readFileSync(file);
  const wb = readWorkbook(bytes);
  // Which cells are dates: those our writer gave the date format (the plan's { date } cells).
  const dates = new Map<string, Set<string>>();
  const xlsx = XLSX.read(bytes, { type: "buffer", cellNF: true });
  for (const name of xlsx.SheetNames) {
    const set = new Set<string>();
    for (const [ref, c] of Object.entries(xlsx.Sheets[name]))
      if (
        !ref.startsWith("!") &&
        typeof (c as XLSX.CellObject).z === "string" &&
        /d/.test(String((c as XLSX.CellObject).z)) &&
        /y/.test(String((c as XLSX.CellObject).z))
      )
        set.add(ref);
    dates.set(name, set);
  }
  const sheets = wb.sheets.map((s) => {
    const cells: Cells = new Map();
    for (const [ref, c] of s.cells) if (c.value !== null && c.value !== "") cells.set(ref, c.value);
    return { name: s.name, cells, dates: dates.get(s.name) ?? new Set<string>() };
  });
  let core: Fixture["core"];
  if (plan && template) {
    const form = formsOf(wb).forms[0];
    const figure = coreFigures(form);
    core = { sheet: plan.name, figures: new Map(plan.results.map((r) => [r.ref, figure(r.what)])) };
  }
  return { file, sheets, ...(core ? { core } : {}) };
}

beforeAll(async () => {
  for (const t of templates) {
    for (const [kind, fill] of [
      ["demo", demoFill(t)],
      ["kludas", brokenFill(t)],
    ] as const) {
      const plan = buildSheetPlan(t, { fill });
      const file = path.join(dir, `${t.id}-${kind}.xlsx`);
      fs.writeFileSync(file, writeWorkbook([plan]).bytes);
      fixtures.push(expectedOf(file, plan, t));
    }
  }
  // 30 returns of two templates, services named so that file-name order is not natural order.
  const inDir = path.join(dir, "atgrieztie");
  fs.mkdirSync(inDir);
  const two = [templates.find((t) => t.id === "pasnovertejums-2023")!, templates.find((t) => t.id === "uzraudziba-2016")!];
  for (let i = 1; i <= 15; i++)
    two.forEach((t) =>
      fs.writeFileSync(
        path.join(inDir, `${t.id}_${i}.xlsx`),
        writeWorkbook([buildSheetPlan(t, { fill: demoFill(t, { variant: i % 5, iestade: `pasnov_${i}`, periods: 2014 + (i % 2) }) })]).bytes,
      ),
    );
  const summary = path.join(dir, "kopsavilkums.xlsx");
  const files = fs.readdirSync(inDir).map((f) => path.join(inDir, f));
  const result = await mergeFilesTo(files, summary, { read: readOne, today: new Date(Date.UTC(2026, 0, 1)) });
  fixtures.push(expectedOf(summary));
  await writeFeedback(path.join(dir, "saite"), result, "lv", TEXTS.lv);
  fixtures.push(expectedOf(path.join(dir, "saite", "pasnov_10.xlsx")));
}, 120000);

/** Excel's serial of a calendar day given as a Date, "2016-12-01" or "2016/12/01". */
function serialOf(v: unknown): number | undefined {
  if (v instanceof Date) return v.getTime() / 86400000 + 25569;
  const m = typeof v === "string" ? /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(v) : null;
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 + 25569 : undefined;
}

/** Whether a reader's value is the one we wrote: numbers to 1e-12, dates by their day, texts exactly. */
function same(expected: Value, got: unknown, date: boolean): boolean {
  if (date && typeof expected === "number") return (typeof got === "number" ? got : serialOf(got)) === expected;
  if (typeof expected === "number") {
    const n = typeof got === "number" ? got : typeof got === "string" && got.trim() !== "" ? Number(got) : NaN;
    return Math.abs(n - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
  }
  return String(got) === String(expected);
}

/** Every value we wrote, as the reader got it; a list of the differences (empty = all read). */
function differences(fixture: Fixture, read: (sheet: string) => Map<string, unknown> | undefined): string[] {
  const out: string[] = [];
  for (const s of fixture.sheets) {
    const got = read(s.name);
    if (!got) {
      out.push(`${s.name}: sheet missing`);
      continue;
    }
    for (const [ref, v] of s.cells)
      if (!same(v, got.get(ref), s.dates.has(ref))) out.push(`${s.name}!${ref}: wrote ${JSON.stringify(v)}, read ${JSON.stringify(got.get(ref))}`);
    const extra = [...got].filter(([ref, v]) => v !== null && v !== undefined && v !== "" && !s.cells.has(ref));
    for (const [ref, v] of extra.slice(0, 3)) out.push(`${s.name}!${ref}: read ${JSON.stringify(v)} where we wrote nothing`);
    if (fixture.core && s.name === fixture.core.sheet)
      for (const [ref, figure] of fixture.core.figures) {
        const v = got.get(ref);
        if (figure === undefined ? !(v === undefined || v === null || v === "") : !same(figure, v, false))
          out.push(`${s.name}!${ref}: core ${figure}, read ${JSON.stringify(v)}`);
      }
  }
  return out.slice(0, 20);
}

const fileName = (f: Fixture) => path.basename(f.file);
/** A reader's suite runs where its tool is; under CI a missing tool is a failure. */
function readerSuite(name: string, available: () => string | undefined, body: () => void) {
  const missing = available();
  if (missing && !CI) return describe.skip(`${name} (${missing})`, body);
  describe(name, () => {
    if (missing) test("is installed", () => fail(new Error(`${name}: ${missing}`)));
    else body();
  });
}
const fail = (e: Error) => {
  throw e;
};

// The fixtures are made in beforeAll; test.each needs its table when the file loads, so each reader
// walks the list inside one test per file kind.
const KINDS = ["forms", "summary", "feedback"] as const;
const ofKind = (kind: (typeof KINDS)[number]) =>
  kind === "forms"
    ? fixtures.filter((f) => f.core)
    : kind === "summary"
      ? fixtures.filter((f) => fileName(f) === "kopsavilkums.xlsx")
      : fixtures.filter((f) => f.file.includes(`${path.sep}saite${path.sep}`));

readerSuite(
  "ExcelJS",
  () => undefined,
  () => {
    test.each(KINDS)("reads the %s with their values", async (kind) => {
      for (const f of ofKind(kind)) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(fs.readFileSync(f.file) as unknown as ArrayBuffer);
        const sheets = new Map<string, Map<string, unknown>>();
        wb.eachSheet((ws) => {
          const m = new Map<string, unknown>();
          ws.eachRow({ includeEmpty: false }, (row) =>
            row.eachCell({ includeEmpty: false }, (cell) => {
              const v = cell.value as unknown;
              // A formula's stored value through `result`: `value` drops a result of 0 (ExcelJS copies truthy fields only).
              m.set(cell.address, v !== null && typeof v === "object" && !(v instanceof Date) && "formula" in v ? cell.result : v);
            }),
          );
          sheets.set(ws.name, m);
        });
        expect([fileName(f), differences(f, (n) => sheets.get(n))]).toEqual([fileName(f), []]);
      }
    });
  },
);

readerSuite(
  "SheetJS",
  () => undefined,
  () => {
    test.each(KINDS)("reads the %s with their values, dates shown as DD.MM.GGGG", (kind) => {
      for (const f of ofKind(kind)) {
        const wb = XLSX.read(fs.readFileSync(f.file), { type: "buffer" });
        const sheets = new Map<string, Map<string, unknown>>();
        for (const name of wb.SheetNames)
          sheets.set(
            name,
            new Map(
              Object.entries(wb.Sheets[name])
                .filter(([ref]) => !ref.startsWith("!"))
                .map(([ref, c]) => [ref, (c as XLSX.CellObject).v]),
            ),
          );
        expect([fileName(f), differences(f, (n) => sheets.get(n))]).toEqual([fileName(f), []]);
        for (const s of f.sheets)
          for (const ref of s.dates) {
            const c = wb.Sheets[s.name][ref] as XLSX.CellObject | undefined;
            if (c && typeof c.v === "number") expect([ref, c.w]).toEqual([ref, expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}$/)]);
          }
      }
    });
  },
);

/** A CSV line of ssconvert's, its quoted fields unquoted. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

readerSuite(
  "Gnumeric (ssconvert)",
  () => (spawnSync("ssconvert", ["--version"]).status === 0 ? undefined : "ssconvert not found (Debian package gnumeric)"),
  () => {
    test.each(KINDS)("reads the %s with their values, no cell dropped", (kind) => {
      for (const f of ofKind(kind)) {
        const out = fs.mkdtempSync(path.join(dir, "gnumeric-"));
        execFileSync("ssconvert", ["-S", f.file, path.join(out, "%n.csv")], { stdio: "ignore" });
        const sheets = new Map<string, Map<string, unknown>>();
        f.sheets.forEach((s, i) => {
          const file = path.join(out, `${i}.csv`);
          if (!fs.existsSync(file)) return;
          const m = new Map<string, unknown>();
          csvRows(fs.readFileSync(file, "utf8")).forEach((cells, r) => cells.forEach((v, c) => v !== "" && m.set(cellRef(r + 1, c + 1), v)));
          sheets.set(s.name, m);
        });
        expect([fileName(f), differences(f, (n) => sheets.get(n))]).toEqual([fileName(f), []]);
      }
    });
  },
);

readerSuite(
  "openpyxl and pandas",
  () =>
    spawnSync(PYTHON, ["-c", "import openpyxl, pandas"]).status === 0
      ? undefined
      : `${PYTHON} lacks openpyxl or pandas (Debian python3-openpyxl, python3-pandas)`,
  () => {
    test.each(KINDS)("reads the %s with their stored values; pandas sees numeric columns", (kind) => {
      for (const f of ofKind(kind)) {
        const read = JSON.parse(execFileSync(PYTHON, [path.join(__dirname, "python_read.py"), f.file], { encoding: "utf8", maxBuffer: 64 << 20 })) as {
          openpyxl: Record<string, Record<string, unknown>>;
          pandas: Record<string, { columns: string[]; data: unknown[][] }>;
        };
        expect([fileName(f), differences(f, (n) => (read.openpyxl[n] ? new Map(Object.entries(read.openpyxl[n])) : undefined))]).toEqual([fileName(f), []]);
        if (kind !== "summary") continue;
        // A summary sheet's header is row 1 and its figures arrive as numbers, ready to sort or pivot.
        const summary = Object.entries(read.pandas).find(([n]) => n.startsWith("Kopsavilkums Pašnov"))!;
        const col = summary[1].columns.findIndex((c) => c.startsWith("1 Līderība"));
        expect(col).toBeGreaterThan(0);
        expect(summary[1].data.every((r) => typeof r[col] === "number")).toBe(true);
        expect(summary[1].data.map((r) => r[0])).toEqual(Array.from({ length: 15 }, (_, i) => `pasnov_${i + 1}`));
      }
    });
  },
);
