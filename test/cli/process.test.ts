import { execFileSync, spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { demoFill, findTemplate } from "../../src/core";
import { buildSheetPlan } from "../../src/plan";
import { writeWorkbook } from "../../src/render/xlsx";

/**
 * The command line as a process, laid out as an installed package: a temporary folder holding
 * package.json, bin/ and a freshly compiled dist-cli/, nothing else of the repository. What only a
 * process shows is tested here: the version read beside the compiled file, a closed pipe, the real
 * streams, and a file the user may not read.
 */

const root = path.join(__dirname, "..", "..");
const pkg = fs.mkdtempSync(path.join(os.tmpdir(), "kv-pkg-"));
const work = path.join(pkg, "work");
const TEST_VERSION = "9.8.7-test";

beforeAll(() => {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.cli.json"), "--outDir", path.join(pkg, "dist-cli")], {
    stdio: "pipe",
  });
  fs.mkdirSync(path.join(pkg, "bin"));
  fs.copyFileSync(path.join(root, "bin", "kvalitate.js"), path.join(pkg, "bin", "kvalitate.js"));
  const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ ...manifest, version: TEST_VERSION }));
  // The command line's one runtime dependency, copied in as an install would: no path back into the
  // checkout, which may sit in a folder the unprivileged user of the EACCES test cannot enter.
  fs.cpSync(path.join(root, "node_modules", "fflate"), path.join(pkg, "node_modules", "fflate"), { recursive: true });
  fs.mkdirSync(work);
  // Readable by the unprivileged user of the EACCES test.
  fs.chmodSync(pkg, 0o755);
  fs.chmodSync(work, 0o777);
}, 120_000);
afterAll(() => {
  for (const p of walk(pkg)) fs.chmodSync(p, 0o755);
  fs.rmSync(pkg, { recursive: true, force: true });
});

function walk(p: string): string[] {
  const st = fs.lstatSync(p);
  if (!st.isDirectory()) return st.isSymbolicLink() ? [] : [p];
  return [p, ...fs.readdirSync(p).flatMap((e) => walk(path.join(p, e)))];
}

const bin = () => path.join(pkg, "bin", "kvalitate.js");
const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", LANG: "C.UTF-8" };

function kvalitate(args: string[], options: { uid?: number; gid?: number } = {}) {
  const r = spawnSync(process.execPath, [bin(), ...args], { cwd: work, env, encoding: "utf8", timeout: 30_000, ...options });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test("--version prints the version of the package.json beside the compiled files", () => {
  expect(kvalitate(["--version"])).toEqual({ code: 0, out: `${TEST_VERSION}\n`, err: "" });
});

test("bare kvalitate: the usage on stderr, nothing on stdout, exit 2", () => {
  const r = kvalitate([]);
  expect([r.code, r.out]).toEqual([2, ""]);
  expect(r.err).toContain("kvalitate merge <fails-vai-mape>…");
});

test("a bad command: exit 2, stderr only", () => {
  const r = kvalitate(["frobnicate"]);
  expect([r.code, r.out]).toEqual([2, ""]);
  expect(r.err.split("\n")[0]).toBe("kvalitate: nezināma komanda „frobnicate”");
});

test.each([
  ["head -c 10", 10],
  ["true", 0],
])("a reader that stops early (| %s) ends the run quietly: no stack trace, exit 0", (reader, bytes) => {
  const script = `"${process.execPath}" "${bin()}" templates --json 2>"${work}/err.txt" | ${reader} > "${work}/out.txt"; echo "\${PIPESTATUS[0]}"`;
  const status = execFileSync("bash", ["-c", script], { cwd: work, env, encoding: "utf8" }).trim();
  expect(fs.readFileSync(path.join(work, "err.txt"), "utf8")).toBe("");
  expect(fs.statSync(path.join(work, "out.txt")).size).toBe(bytes);
  expect(status).toBe("0");
});

test("merge: an unreadable folder and an unreadable file are named with EACCES, the rest still merged", () => {
  const returns = path.join(work, "returns");
  fs.mkdirSync(path.join(returns, "locked"), { recursive: true });
  expect(kvalitate(["new", "uzraudziba-2016", "--demo", "-o", path.join(returns, "good.xlsx")]).code).toBe(0);
  expect(kvalitate(["new", "gimenes-2015", "--demo", "-o", path.join(returns, "secret.xlsx")]).code).toBe(0);
  fs.copyFileSync(path.join(returns, "good.xlsx"), path.join(returns, "locked", "inside.xlsx"));
  fs.chmodSync(returns, 0o755);
  fs.chmodSync(path.join(returns, "locked"), 0o000);
  fs.chmodSync(path.join(returns, "secret.xlsx"), 0o000);
  // root reads whatever the mode bits say, so as root the command runs as the unprivileged "nobody"
  // (the package and the folder are readable by anyone, the work folder writable by anyone).
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = kvalitate(["merge", returns, "-o", path.join(work, "summary.xlsx"), "--json"], asUser);
  expect([r.code, r.err]).toEqual([0, ""]);
  const json = JSON.parse(r.out);
  expect(json.accepted.map((a: { file: string }) => path.basename(a.file))).toEqual(["good.xlsx"]);
  expect(json.rejected).toEqual([
    {
      file: path.join(returns, "locked"),
      reason: "mapi nevar atvērt (nav atļaujas to lasīt; kods EACCES); tās faili nav nolasīti",
      reasonEn: "the folder cannot be opened (no permission to read it; code EACCES); its files were not read",
    },
    {
      file: path.join(returns, "secret.xlsx"),
      reason: "failu nevarēja nolasīt (nav atļaujas to lasīt; kods EACCES)",
      reasonEn: "the file could not be read (no permission to read it; code EACCES)",
    },
  ]);
});

test.each(["SIGINT", "SIGTERM"] as const)(
  "merge interrupted by %s while writing: its temporary file is removed and the output left as it was",
  async (signal) => {
    const returns = path.join(work, `many-${signal}`);
    fs.mkdirSync(returns);
    const self = findTemplate("pasnovertejums-2023")!;
    for (let i = 0; i < 300; i++) {
      const fill = demoFill(self, { variant: i, iestade: `Dienests ${i}` });
      fs.writeFileSync(path.join(returns, `f${i}.xlsx`), writeWorkbook([buildSheetPlan(self, { fill })]).bytes);
    }
    const out = path.join(work, `kept-${signal}.xlsx`);
    fs.writeFileSync(out, "the previous summary");
    const child = spawn(process.execPath, [bin(), "merge", returns, "-o", out], { cwd: work, env, stdio: "ignore" });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on("exit", (code, sig) => resolve({ code, signal: sig })),
    );
    const temps = () => fs.readdirSync(work).filter((f) => f.endsWith(".tmp"));
    // Wait for the temporary file to appear, then interrupt the write.
    const deadline = Date.now() + 60_000;
    while (temps().length === 0 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 2));
    expect(temps()).toHaveLength(1);
    child.kill(signal);
    expect(await ended).toEqual({ code: null, signal });
    expect(temps()).toEqual([]);
    expect(fs.readFileSync(out, "utf8")).toBe("the previous summary");
  },
  120_000,
);

test("--version and help load neither the catalog nor the reader or the writer (start-up paid only by the commands that use them)", () => {
  const script = `const m = require(${JSON.stringify(path.join(pkg, "dist-cli", "cli", "main.js"))});
m.main(process.argv.slice(1), { out() {}, err() {} }).then(() => console.log(JSON.stringify(Object.keys(require.cache).filter((k) => k.includes("dist-cli")).map((k) => k.split("dist-cli")[1]))));`;
  for (const args of [["--version"], ["help", "merge"]]) {
    const loaded: string[] = JSON.parse(execFileSync(process.execPath, ["-e", script, "--", ...args], { cwd: work, env, encoding: "utf8" }));
    // The wording's numbers take the mebibyte from core/limits.js: constants and no import of its own.
    expect(loaded.filter((m) => /\/(core|plan|render|contract)\//.test(m) && m !== "/core/limits.js")).toEqual([]);
  }
});
