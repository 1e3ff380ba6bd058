import { execFileSync } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { rejectedLine } from "../../src/cli/merge";
import { readWorkbook } from "../../src/render/xlsx";

/**
 * Every input of a merge accounted for, nothing overwritten: a folder of real bad entries built on
 * disk (links that lead nowhere or in a loop, a named pipe, a socket, a device, other formats, an
 * oversized file), and outputs that are inputs under another name.
 */

// Which files the merge opens: a pipe or an oversized file must be refused without being opened.
jest.mock("fs", () => {
  const actual = jest.requireActual("fs");
  return { ...actual, openSync: jest.fn(actual.openSync) };
});
const openSync = fs.openSync as unknown as jest.Mock;

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t), env: { LANG: "C.UTF-8" } });
  return { code, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kv-inputs-"));
const returns = path.join(dir, "returns");
const at = (name: string) => path.join(returns, name);
let socket: net.Server;

beforeAll(async () => {
  fs.mkdirSync(path.join(returns, "sub"), { recursive: true });
  for (const [id, name] of [
    ["uzraudziba-2016", "a.xlsx"],
    ["pasnovertejums-2023", "b.xlsx"],
    ["gimenes-2015", "f.xlsm"],
  ]) {
    expect((await run("new", id, "--demo", "-o", path.join(dir, "made.xlsx"))).code).toBe(0);
    fs.renameSync(path.join(dir, "made.xlsx"), at(name));
  }
  fs.writeFileSync(at("f.xlsm"), asMacroWorkbook(fs.readFileSync(at("f.xlsm"))));
  fs.copyFileSync(at("a.xlsx"), at("esc\u001b[31m.xlsx"));
  fs.linkSync(at("b.xlsx"), at("hard.xlsx"));
  for (const name of ["c.xls", "d.ods", "e.csv", "g.pdf", "~$a.xlsx"]) fs.writeFileSync(at(name), "x");
  fs.symlinkSync("nowhere.xlsx", at("broken.xlsx"));
  fs.symlinkSync("loop2.xlsx", at("loop1.xlsx"));
  fs.symlinkSync("loop1.xlsx", at("loop2.xlsx"));
  fs.symlinkSync("..", path.join(returns, "sub", "up"));
  fs.symlinkSync("sub", at("zz-again"));
  execFileSync("mkfifo", [at("pipe.xlsx")]);
  // Sparse: 21 MB by its size, nothing on disk; reading it would say "not a zip archive" instead.
  fs.writeFileSync(at("big.xlsx"), "");
  fs.truncateSync(at("big.xlsx"), 21 * 1024 * 1024);
  socket = net.createServer();
  await new Promise<void>((resolve) => socket.listen(at("sock.xlsx"), resolve));
});
/** As Excel saves an .xlsm: the macro-enabled content type and a VBA project part (never run). */
function asMacroWorkbook(xlsx: Uint8Array): Uint8Array {
  const files = unzipSync(xlsx);
  const types = strFromU8(files["[Content_Types].xml"]).replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.macroEnabled.main+xml");
  expect(types).toContain("macroEnabled");
  files["[Content_Types].xml"] = strToU8(types.replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
  files["xl/vbaProject.bin"] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return zipSync(files);
}

afterAll(async () => {
  await new Promise((resolve) => socket.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("a folder of bad entries", () => {
  let merged: Awaited<ReturnType<typeof run>>;
  let json: { accepted: { file: string }[]; rejected: { file: string; reason: string; reasonEn: string }[] };
  let opened: string[];
  beforeAll(async () => {
    openSync.mockClear();
    merged = await run("merge", returns, "/dev/null", "-o", path.join(dir, "summary.xlsx"), "--json");
    opened = openSync.mock.calls.map((c) => String(c[0]));
    json = JSON.parse(merged.out);
  });
  const reasonOf = (name: string) => json.rejected.find((r) => r.file === (name.startsWith("/") ? name : at(name)))?.reason;

  test("ends without a hang or a stack trace, exit 0 with the good files merged", () => {
    expect([merged.code, merged.err]).toEqual([0, ""]);
    expect(json.accepted.map((a) => a.file).sort()).toEqual([at("a.xlsx"), at("b.xlsx"), at("f.xlsm")]);
  });
  test.each([
    ["c.xls", ".xls fails: saglabājiet to kā .xlsx (Excel darbgrāmatu) un apkopojiet vēlreiz"],
    ["d.ods", ".ods fails: saglabājiet to kā .xlsx"],
    ["e.csv", ".csv fails: saglabājiet to kā .xlsx"],
    ["g.pdf", "nav izklājlapa (.pdf)"],
    ["broken.xlsx", "saite ved uz neesošu failu"],
    ["loop1.xlsx", "saišu cilpa"],
    ["loop2.xlsx", "saišu cilpa"],
    ["sub/up", "saišu cilpa"],
    ["zz-again", `šī mape jau nolasīta kā „${at("sub")}”`],
    ["pipe.xlsx", "nav parasts fails, bet nosauktais kanāls (FIFO)"],
    ["sock.xlsx", "nav parasts fails, bet tīkla ligzda"],
    ["/dev/null", "nav parasts fails, bet ierīce"],
    ["big.xlsx", "fails ir pārāk liels (21,0 MB; drīkst būt līdz 20,0 MB)"],
    ["hard.xlsx", `tas pats fails, kas „${at("b.xlsx")}” (nolasīts vienreiz)`],
    ["esc\u001b[31m.xlsx", `dublikāts: saturs ir tāds pats kā failā „${at("a.xlsx")}” (lapa „Uzraudzība 2016”)`],
  ])("%s: %s", (name, reason) => {
    expect(reasonOf(name)).toContain(reason);
  });
  test("every entry is named once, accepted or rejected; only Excel's ~$ lock files are passed over", () => {
    const named = [...json.accepted.map((a) => a.file), ...json.rejected.map((r) => r.file)];
    expect(new Set(named).size).toBe(named.length);
    const entries = fs
      .readdirSync(returns)
      .filter((n) => n !== "sub" && !n.startsWith("~$"))
      .map(at);
    expect(named.sort()).toEqual([...entries, at("sub/up"), "/dev/null"].sort());
  });
  test("the pipe, the socket, the device and the oversized file are refused from their type and size, never opened", () => {
    expect(opened.filter((f) => /pipe|sock|big|null/.test(f))).toEqual([]);
    expect(opened).toContain(at("a.xlsx"));
  });
  test("the summary's sheet of rejected files names them all", () => {
    const sheet = readWorkbook(fs.readFileSync(path.join(dir, "summary.xlsx"))).sheets.find((s) => s.name === "Noraidītie faili")!;
    const texts = new Set([...sheet.cells.values()].map((c) => c.value));
    for (const r of json.rejected) expect(texts.has(r.file)).toBe(true);
  });
  test("a terminal sees control characters escaped; --json keeps the real name", async () => {
    const text = await run("merge", returns, "-o", path.join(dir, "summary2.xlsx"));
    expect(text.out).toContain(`✗ ${at("esc\\x1b[31m.xlsx")} [Uzraudzība 2016]: dublikāts`);
    expect(text.out).not.toContain("\u001b");
    expect(merged.out).toContain(JSON.stringify(at("esc\u001b[31m.xlsx")));
  });
});

test("a rejected sheet is shown as file [sheet]", () => {
  const r = { file: "a\u0007.xlsx", sheet: "Lapa\u001b2", reason: { kind: "noTable", sheet: "Lapa\u001b2", stamp: "x@1", missing: ["Kods"] } } as const;
  expect(rejectedLine(r, "en")).toBe("a\\x07.xlsx [Lapa\\x1b2]: sheet “Lapa\\x1b2” (“x@1”) has no table with the column “Kods”");
});

describe("the output is never one of the inputs (exit 2, nothing read or written)", () => {
  const original = () => fs.readFileSync(at("a.xlsx"));
  test.each([
    ["merge a.xlsx b.xlsx -o a.xlsx", () => [at("a.xlsx"), at("b.xlsx"), "-o", at("a.xlsx")]],
    ["-o through a symlink to an input", () => [at("a.xlsx"), "-o", alias("link.xlsx", (p) => fs.symlinkSync(at("a.xlsx"), p))]],
    ["-o a hard link of an input", () => [at("a.xlsx"), "-o", alias("hardout.xlsx", (p) => fs.linkSync(at("a.xlsx"), p))]],
    ["-o a file found in a folder input", () => [returns, "-o", at("a.xlsx")]],
    ["-o a file found in a folder reached through a link", () => [alias("returns-link", (p) => fs.symlinkSync(returns, p)), "-o", at("b.xlsx")]],
    ["-o an input given by another spelling", () => [path.join(returns, "sub", "..", "a.xlsx"), "-o", "./" + path.relative(process.cwd(), at("a.xlsx"))]],
  ])("%s", async (_name, args) => {
    const before = original();
    const r = await run("merge", ...args());
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err.split("\n")[0]).toMatch(/^kvalitate: -o .* ir arī ievades fails /);
    expect(original().equals(before)).toBe(true);
  });
});

function alias(name: string, make: (p: string) => void): string {
  const p = path.join(dir, name);
  if (!fs.existsSync(p)) make(p);
  return p;
}

describe("an output that must not be replaced", () => {
  test("a read-only output is refused, exit 1, unchanged", async () => {
    const out = path.join(dir, "readonly.xlsx");
    fs.writeFileSync(out, "keep me");
    fs.chmodSync(out, 0o444);
    const r = await run("merge", at("a.xlsx"), "-o", out);
    expect([r.code, r.err]).toEqual([1, `kvalitate: ${out}: fails ir tikai lasāms; tas netiks aizstāts\n`]);
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");
  });
  test("a folder as the output is wrong usage", async () => {
    const r = await run("merge", at("a.xlsx"), "-o", path.join(returns, "sub"));
    expect(r.code).toBe(2);
  });
  test("an output in a folder that does not exist is refused before any input is read", async () => {
    openSync.mockClear();
    const r = await run("merge", at("a.xlsx"), "-o", path.join(dir, "no", "such", "out.xlsx"));
    expect([r.code, openSync.mock.calls.length]).toEqual([1, 0]);
  });
});

test("a merge that can use no file exits 1 after writing its summary with the rejected list", async () => {
  const only = path.join(dir, "only-broken");
  fs.mkdirSync(only);
  fs.writeFileSync(path.join(only, "broken.xlsx"), "PK\u0003\u0004 not really");
  const out = path.join(dir, "nothing.xlsx");
  const r = await run("merge", only, "-o", out, "--json");
  expect(r.code).toBe(1);
  expect(r.err).toBe(`kvalitate: neviens fails nederēja apkopošanai; kopsavilkums ar noraidīto failu sarakstu ir ${out}\n`);
  expect(JSON.parse(r.out)).toMatchObject({
    accepted: [],
    rejected: [{ file: path.join(only, "broken.xlsx"), reason: expect.any(String), reasonEn: expect.any(String) }],
  });
  const sheet = readWorkbook(fs.readFileSync(out)).sheets.find((s) => s.name === "Noraidītie faili")!;
  expect([...sheet.cells.values()].some((c) => c.value === path.join(only, "broken.xlsx"))).toBe(true);
});

describe("a rerun never destroys a good summary", () => {
  test("a merge that can use no file leaves an existing output byte-for-byte unchanged", async () => {
    const good = path.join(dir, "good-summary.xlsx");
    expect((await run("merge", at("a.xlsx"), "-o", good)).code).toBe(0);
    const before = fs.readFileSync(good);
    const empty = path.join(dir, "empty-folder");
    fs.mkdirSync(empty);
    const r = await run("merge", empty, "-o", good);
    expect([r.code, r.err]).toEqual([1, `kvalitate: neviens fails nederēja apkopošanai; esošais kopsavilkums nav mainīts: ${good}\n`]);
    expect(Buffer.compare(fs.readFileSync(good), before)).toBe(0);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
  test("a mistyped input folder is wrong usage (exit 2): nothing read, nothing written", async () => {
    const good = path.join(dir, "good-summary-2.xlsx");
    fs.writeFileSync(good, "keep me");
    openSync.mockClear();
    const r = await run("merge", path.join(dir, "retruns"), "-o", good);
    expect([r.code, r.err.split("\n")[0]]).toEqual([2, `kvalitate: ${path.join(dir, "retruns")}: šāda faila vai mapes nav`]);
    expect([fs.readFileSync(good, "utf8"), openSync.mock.calls.length]).toEqual(["keep me", 0]);
  });
  test("an output name of 250 bytes is written: the temporary name does not grow from it", async () => {
    const out = path.join(dir, `${"ā".repeat(122)}x.xlsx`);
    expect(Buffer.byteLength(path.basename(out))).toBe(250);
    const r = await run("merge", at("a.xlsx"), "-o", out);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(readWorkbook(fs.readFileSync(out)).sheets.map((s) => s.name)).toContain("Kopsavilkums Uzraudzība");
  });
});
