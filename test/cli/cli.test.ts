import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { templates } from "../../src/core";

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: { LANG: "C.UTF-8" } });
  return { code, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("templates --json lists every family with the contract's fields", async () => {
  const r = await run("templates", "--json");
  expect(r.code).toBe(0);
  const list = JSON.parse(r.out);
  expect(list.map((t: { id: string }) => t.id)).toEqual(templates.map((t) => t.id));
  for (const t of list) {
    expect(t).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        version: 1,
        title: expect.any(String),
        scale: expect.objectContaining({ values: expect.any(Array) }),
        groups: expect.any(Array),
      }),
    );
  }
  const self = list.find((t: { id: string }) => t.id === "pasnovertejums-2023");
  expect(self.groups[0].groups[0].items[0]).toEqual({ code: "1.1.1", text: expect.stringContaining("Vadītājs seko līdzi") });
});

test.each(templates.map((t) => t.id))("new %s --demo, then score: no issues, figures present", async (id) => {
  const file = path.join(dir, `${id}.xlsx`);
  const made = await run("new", id, "--demo", "-o", file, "--json");
  expect(made.code).toBe(0);
  expect(JSON.parse(made.out)).toMatchObject({ file, template: id });
  const scored = await run("score", file, "--json");
  expect(scored.code).toBe(0);
  const s = JSON.parse(scored.out);
  expect(s).toMatchObject({ template: id, meta: { iestade: expect.stringContaining("izdomāts"), periods: expect.any(Number) }, issues: [] });
});

test("score reports a blank form's incomplete ratings with their cells", async () => {
  const file = path.join(dir, "blank.xlsx");
  expect((await run("new", "uzraudziba-2016", "-o", file)).code).toBe(0);
  const s = JSON.parse((await run("score", file, "--json")).out);
  expect(s.issues.filter((i: { rule: string }) => i.rule === "rating.missing")).toHaveLength(17);
  expect(s.issues[0]).toEqual(expect.objectContaining({ sheet: "Uzraudzība 2016", cell: "B5", code: "Iestade", message: expect.any(String) }));
  expect(s.groups.every((g: { nonCompliancePct?: number }) => g.nonCompliancePct === undefined)).toBe(true);
});

describe("bad input: exit 1, a message naming the file, nothing written", () => {
  test("unknown template id", async () => {
    const file = path.join(dir, "nope.xlsx");
    const r = await run("new", "no-such-template", "-o", file);
    expect(r.code).toBe(1);
    expect(r.err).toContain("no-such-template");
    expect(fs.existsSync(file)).toBe(false);
  });
  test("unreadable and non-xlsx files", async () => {
    const missing = path.join(dir, "missing.xlsx");
    expect((await run("score", missing)).err).toContain(missing);
    const text = path.join(dir, "text.xlsx");
    fs.writeFileSync(text, "hello");
    const r = await run("score", text);
    expect([r.code, r.err]).toEqual([1, expect.stringContaining(`${text}: nav .xlsx fails (nav zip arhīvs)`)]);
  });
  test("a workbook that is no template", async () => {
    const { writeWorkbook } = await import("../../src/render/xlsx");
    const file = path.join(dir, "plain.xlsx");
    fs.writeFileSync(file, writeWorkbook([{ name: "Lapa1", blocks: [{ ref: "A1", rows: [[{ text: "sveiki" }]] }], styles: [], columns: [] }]).bytes);
    const r = await run("score", file, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toBe(`kvalitate: ${file}: no sheet in the file carries a Kvalitāte template stamp\n`);
  });
  test("wrong usage exits 2", async () => {
    expect((await run("new")).code).toBe(2);
    expect((await run("frobnicate")).code).toBe(2);
    expect((await run("new", "uzraudziba-2016")).code).toBe(2);
  });
});

test("new --iestade longer than an Excel cell holds is wrong usage, nothing written", async () => {
  const file = path.join(dir, "long-name.xlsx");
  const r = await run("new", "uzraudziba-2016", "--iestade", "x".repeat(40_000), "-o", file);
  expect([r.code, r.err.split("\n")[0], fs.existsSync(file)]).toEqual([
    2,
    "kvalitate: --iestade: 40\u00a0000 rakstzīmes; Excel šūnā ietilpst ne vairāk kā 32\u00a0767",
    false,
  ]);
});
