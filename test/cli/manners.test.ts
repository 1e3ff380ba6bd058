import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { TEXTS } from "../../src/cli/messages";
import { readWorkbook } from "../../src/render/xlsx";

/** Help, usage errors, language, metadata options and id@version, through main() with a fake Io. */

async function run(argv: string[], env: Record<string, string> = { LANG: "C.UTF-8" }) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env });
  return { code, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-manners-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("help", () => {
  test.each(["templates", "new", "score", "merge", "help"])("%s --help: a sentence and an example, on stdout; the same as help <command>", async (command) => {
    for (const lang of ["lv", "en"] as const) {
      const r = await run([command, "--help", "--lang", lang]);
      const words = TEXTS[lang].commands[command as keyof (typeof TEXTS)["lv"]["commands"]];
      expect([r.code, r.err]).toEqual([0, ""]);
      expect(r.out).toContain(words.sentence);
      expect(r.out).toContain(`${TEXTS[lang].exampleWord}:\n  ${words.example}`);
      expect((await run(["help", command, "--lang", lang])).out).toBe(r.out);
    }
  });
  test("the usage lists every metadata option of new, --lang and --version", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const o of ["--iestade", "--periods", "--vertetajs", "--datums", "--lang", "--version"]) expect(r.out).toContain(o);
  });
  test("new --help names its metadata options", async () => {
    const r = await run(["new", "--help", "--lang", "en"]);
    for (const o of ["--iestade <name>", "--periods <year>", "--vertetajs <name>", "--datums <DD.MM.YYYY>", "--demo"]) expect(r.out).toContain(o);
  });
});

describe("wrong usage: exit 2, stderr only, in the run's language", () => {
  test.each([
    [["frobnicate"], "kvalitate: nezināma komanda „frobnicate”"],
    [["templates", "--frob"], "kvalitate: nezināma opcija --frob"],
    [["templates", "--demo"], "kvalitate: opcija --demo nav paredzēta komandai templates"],
    [["merge", "a.xlsx", "-o"], "kvalitate: opcijai -o vajag vērtību"],
    [["new", "uzraudziba-2016", "-o", "x.xlsx", "--periods", "25"], "kvalitate: --periods: „25” nav gads (četri cipari, 1990–2100)"],
    [
      ["new", "uzraudziba-2016", "-o", "x.xlsx", "--datums", "31.02.2025"],
      "kvalitate: --datums: „31.02.2025” nav datums (DD.MM.GGGG vai GGGG-MM-DD, 1990–2100)",
    ],
    [
      ["new", "uzraudziba-2016", "-o", "x.xlsx", "--datums", "31.12.1989"],
      "kvalitate: --datums: „31.12.1989” nav datums (DD.MM.GGGG vai GGGG-MM-DD, 1990–2100)",
    ],
    [
      ["new", "uzraudziba-2016", "-o", "x.xlsx", "--datums", "2101-01-01"],
      "kvalitate: --datums: „2101-01-01” nav datums (DD.MM.GGGG vai GGGG-MM-DD, 1990–2100)",
    ],
    [["new", "uzraudziba-2016"], "kvalitate: new: norādiet -o <fails.xlsx>"],
    [["templates", "--lang", "de"], "kvalitate: --lang: „de” — izvēlieties lv vai en"],
    [["help", "frobnicate"], "kvalitate: nezināma komanda „frobnicate”"],
    [["help", "constructor"], "kvalitate: nezināma komanda „constructor”"],
    [["constructor"], "kvalitate: nezināma komanda „constructor”"],
  ])("%j", async (argv, first) => {
    const r = await run(argv);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err.split("\n")[0]).toBe(first);
  });
  test("a command's usage error shows that command's synopsis and where its help is", async () => {
    const r = await run(["merge", "x"], { LANG: "en_US.UTF-8" });
    expect(r.err).toBe(`kvalitate: merge: give -o <file.xlsx>\nUsage: ${TEXTS.en.commands.merge.synopsis}\nMore: kvalitate merge --help\n`);
  });
});

describe("one language per run", () => {
  test.each([
    [{ LANG: "en_US.UTF-8" }, [], "en"],
    [{ LANG: "lv_LV.UTF-8" }, [], "lv"],
    [{ LANG: "C.UTF-8" }, [], "lv"],
    [{ LANG: "lv_LV.UTF-8", LC_ALL: "en_GB.UTF-8" }, [], "en"],
    [{ LANG: "en_US.UTF-8", LC_MESSAGES: "lv_LV.UTF-8" }, [], "lv"],
    [{ LANG: "lv_LV.UTF-8" }, ["--lang", "en"], "en"],
    [{ LANG: "en_US.UTF-8" }, ["--lang", "lv"], "lv"],
  ])("%j %j → %s", async (env, flags, lang) => {
    const r = await run(["score", path.join(dir, "missing.xlsx"), ...flags], env);
    // A path that does not exist is wrong usage (CONTRACT.md): exit 2.
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toBe(`kvalitate: ${path.join(dir, "missing.xlsx")}: ${lang === "en" ? "no such file or folder" : "šāda faila vai mapes nav"}`);
  });
  test("score's text speaks one language; --json is the same in both", async () => {
    const file = path.join(dir, "blank-lang.xlsx");
    expect((await run(["new", "uzraudziba-2016", "-o", file])).code).toBe(0);
    const lv = await run(["score", file]);
    const en = await run(["score", file, "--lang", "en"]);
    expect(lv.out).toContain("Vērtējums nav ievadīts.");
    expect(lv.out).not.toContain("No rating has been entered.");
    expect(en.out).toContain("No rating has been entered.");
    expect(en.out).not.toContain("Vērtējums nav ievadīts.");
    expect((await run(["score", file, "--json", "--lang", "en"])).out).toBe((await run(["score", file, "--json"])).out);
  });
});

describe("new: the metadata given are written, with or without --demo", () => {
  test.each([[[]], [["--demo"]]])("new uzraudziba-2016 %j --iestade … --periods 2025, read back by score", async (extra) => {
    const file = path.join(dir, `meta${extra.length}.xlsx`);
    const made = await run([
      "new",
      "uzraudziba-2016",
      ...extra,
      "--iestade",
      "Rīgas sociālais dienests",
      "--periods",
      "2025",
      "--vertetajs",
      "Jānis Bērziņš",
      "--datums",
      "15.03.2025",
      "-o",
      file,
    ]);
    expect([made.code, made.err]).toEqual([0, ""]);
    const scored = JSON.parse((await run(["score", file, "--json"])).out);
    expect(scored.meta).toEqual({ iestade: "Rīgas sociālais dienests", periods: 2025, vertetajs: "Jānis Bērziņš", datums: "2025-03-15" });
  });
  test("metadata given as text are written as text, never as a formula", async () => {
    const file = path.join(dir, "formula-like.xlsx");
    expect((await run(["new", "uzraudziba-2016", "--iestade", '=HYPERLINK("http://x.invalid")', "-o", file])).code).toBe(0);
    const cells = [...readWorkbook(fs.readFileSync(file)).sheets[0].cells.values()];
    expect(cells.find((c) => c.value === '=HYPERLINK("http://x.invalid")')?.formula).toBeUndefined();
  });
});

describe("id@version, as templates prints it", () => {
  test("new pasnovertejums-2023@1", async () => {
    const file = path.join(dir, "v1.xlsx");
    const r = await run(["new", "pasnovertejums-2023@1", "-o", file, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ file, template: "pasnovertejums-2023", version: 1, stamp: "pasnovertejums-2023@1" });
  });
  test("an unknown version says which versions exist; nothing is written", async () => {
    const file = path.join(dir, "v9.xlsx");
    const r = await run(["new", "pasnovertejums-2023@9", "-o", file, "--lang", "en"]);
    expect([r.code, r.err]).toEqual([1, "kvalitate: pasnovertejums-2023@9: no such version; there is pasnovertejums-2023@1\n"]);
    expect(fs.existsSync(file)).toBe(false);
  });
  test("templates lists exactly the refs new accepts", async () => {
    const refs = (await run(["templates"])).out
      .trim()
      .split("\n")
      .map((l) => l.split("\t")[0]);
    for (const ref of refs) expect((await run(["new", ref, "-o", path.join(dir, "ref.xlsx")])).code).toBe(0);
  });
});

test("score names a template sheet it cannot use, and still scores the others", async () => {
  const { buildSheetPlan } = await import("../../src/plan");
  const { writeWorkbook } = await import("../../src/render/xlsx");
  const { demoFill, findTemplate } = await import("../../src/core");
  const good = findTemplate("uzraudziba-2016")!;
  const other = findTemplate("gimenes-2015")!;
  const newer = buildSheetPlan(other, { fill: demoFill(other) });
  // The second sheet claims a version this program does not know yet.
  const blocks = newer.blocks.map((b) => ({
    ...b,
    rows: b.rows.map((row) => row.map((c) => (c && "text" in c && c.text === newer.stamp ? { text: "gimenes-2015@9" } : c))),
  }));
  const file = path.join(dir, "two-sheets.xlsx");
  fs.writeFileSync(file, writeWorkbook([buildSheetPlan(good, { fill: demoFill(good) }), { ...newer, blocks }]).bytes);
  const text = await run(["score", file, "--lang", "en"]);
  expect(text.code).toBe(0);
  expect(text.out).toContain("uzraudziba-2016@1");
  expect(text.out).toMatch(/✗ not used: .*“gimenes-2015@9” is newer than this version/);
  const json = JSON.parse((await run(["score", file, "--json"])).out);
  expect(json.template).toBe("uzraudziba-2016");
  expect(json.rejected).toEqual([
    { sheet: newer.name, reason: expect.stringContaining("gimenes-2015@9"), reasonEn: expect.stringContaining("is newer than this version") },
  ]);
});

test("new refuses a read-only output and leaves it as it was", async () => {
  const file = path.join(dir, "readonly-new.xlsx");
  fs.writeFileSync(file, "keep");
  fs.chmodSync(file, 0o444);
  const r = await run(["new", "uzraudziba-2016", "-o", file, "--lang", "en"]);
  expect([r.code, r.err]).toEqual([1, `kvalitate: ${file}: the file is read-only; it will not be replaced\n`]);
  expect(fs.readFileSync(file, "utf8")).toBe("keep");
});

describe("score says what each figure is and in which unit", () => {
  test.each([
    ["uzraudziba-2016", "lv", /^ {2}1 .*: neatbilstības 16,67 % \(Neatbilst no novērtētajiem vienumiem\)$/m, /^ {2}Kopējais neatbilstības %: 18,75 %/m],
    [
      "pasnovertejums-2023",
      "en",
      /^ {2}1 Līderība: average 3\.46 \(on the 1–5 scale; mean of the rated items\)$/m,
      /^ {2}Overall score: [\d.]+ \(on the 1–5 scale; mean of the criterion averages\)$/m,
    ],
    ["kuldiga-ricibas-plans-2012", "lv", /^ {2}1 Resursi: izpildīts: [\d,]+ % \(no pasākumiem/m, /^ {2}Kopumā izpildīts: [\d,]+ %/m],
  ])("%s (--lang %s)", async (id, lang, group, overall) => {
    const file = path.join(dir, `units-${id}.xlsx`);
    expect((await run(["new", id, "--demo", "-o", file])).code).toBe(0);
    const r = await run(["score", file, "--lang", lang]);
    expect(r.out).toMatch(group);
    expect(r.out).toMatch(overall);
  });
});
