import type { WorkbookSheet } from "../../src/plan/types";
import { MERGE_SHEETS } from "../../src/plan/mergeSheets";
import type { ResultsHost, WriteOwnedReport } from "../../src/host/types";
import { MergeCancelled, isCancelled, loadParser, runMerge, type MergeInput, type MergeProgress } from "../../src/taskpane/merge/runMerge";
import { say } from "../../src/wording";
import { DEMO_FILE_NAMES, DEMO_SERVICES, demoReturnBytes, memoryFile } from "../../src/taskpane/trainer/demoReturns";

/** A host that only records what it was asked to write. */
function fakeHost() {
  const writes: (readonly WorkbookSheet[])[] = [];
  const host: Pick<ResultsHost, "writeOwnedSheets"> = {
    async writeOwnedSheets(sheets): Promise<WriteOwnedReport> {
      writes.push(sheets);
      return { sheets: sheets.map((s) => s.name), syncs: 1 };
    },
  };
  return { host, writes };
}

/** Files that log when their bytes are asked for, so the test sees the order of reading. */
function watched(files: readonly { name: string; bytes: Uint8Array }[], log: string[]): MergeInput[] {
  return files.map(({ name, bytes }) => ({
    name,
    arrayBuffer: async () => {
      log.push(`read ${name}`);
      return bytes.slice().buffer;
    },
  }));
}

const noYield = async () => undefined;
let demo: { name: string; bytes: Uint8Array }[];

beforeAll(async () => {
  demo = await demoReturnBytes();
});

describe("runMerge", () => {
  it("reads one file at a time, reports progress after each, then writes the merge's own sheets once", async () => {
    const log: string[] = [];
    const { host, writes } = fakeHost();
    const progress: MergeProgress[] = [];
    const run = await runMerge(watched(demo, log), host, {
      yieldToUi: async () => void log.push("yield"),
      onStart: (total) => log.push(`start ${total}`),
      onProgress: (p) => {
        progress.push(p);
        log.push(`progress ${p.done}/${p.total}`);
      },
    });
    expect(log).toEqual([
      "start 3",
      `read ${DEMO_FILE_NAMES[0]}`,
      "progress 1/3",
      "yield",
      `read ${DEMO_FILE_NAMES[1]}`,
      "progress 2/3",
      "yield",
      `read ${DEMO_FILE_NAMES[2]}`,
      "progress 3/3",
      "yield",
    ]);
    expect(progress.map((p) => p.outcome.status)).toEqual(["read", "read", "unreadable"]);
    expect(progress.map((p) => p.outcome.file)).toEqual([...DEMO_FILE_NAMES]);
    expect(writes).toHaveLength(1);
    expect(writes[0].map((s) => s.name)).toEqual(
      expect.arrayContaining([MERGE_SHEETS.charts, MERGE_SHEETS.aggregates, MERGE_SHEETS.rejected, MERGE_SHEETS.long, expect.stringMatching(/^Kopsavilkums /)]),
    );
    expect(run.written.sheets).toEqual(writes[0].map((s) => s.name));
    expect(run.result.accepted.map((a) => a.iestade)).toEqual([...DEMO_SERVICES]);
  });

  it("lists every rejected file with its reason, in the order chosen", async () => {
    const { host } = fakeHost();
    const files = [
      ...demo.map(({ name, bytes }) => memoryFile(name, bytes)),
      memoryFile("piezimes.txt", new TextEncoder().encode("not a workbook")),
      // The same content under another name: the core refuses it as a duplicate.
      memoryFile("parauga-dienests-A kopija.xlsx", demo[0].bytes),
    ];
    const run = await runMerge(files, host, { yieldToUi: noYield });
    expect(run.files.map((f) => [f.file, f.accepted, f.reasons.length])).toEqual([
      [DEMO_FILE_NAMES[0], 1, 0],
      [DEMO_FILE_NAMES[1], 1, 0],
      [DEMO_FILE_NAMES[2], 0, 1],
      ["piezimes.txt", 0, 1],
      ["parauga-dienests-A kopija.xlsx", 0, 1],
    ]);
    expect(run.result.rejected.map((r) => r.file)).toEqual([DEMO_FILE_NAMES[2], "piezimes.txt", "parauga-dienests-A kopija.xlsx"]);
    expect(say(run.files[2].reasons[0], "lv")).toMatch(/bojāts/);
    expect(say(run.files[3].reasons[0], "en")).toMatch(/not an \.xlsx file/);
    expect(say(run.files[4].reasons[0], "en")).toMatch(/duplicate/);
  });

  it("stops at a cancel between files: no further file is read and nothing is written", async () => {
    const log: string[] = [];
    const { host, writes } = fakeHost();
    const controller = new AbortController();
    const onProgress = jest.fn((p: MergeProgress) => {
      if (p.done === 1) controller.abort();
    });
    await expect(runMerge(watched(demo, log), host, { signal: controller.signal, onProgress, yieldToUi: noYield })).rejects.toBeInstanceOf(MergeCancelled);
    expect(log).toEqual([`read ${DEMO_FILE_NAMES[0]}`]);
    expect(onProgress).toHaveBeenCalledTimes(1);
    expect(writes).toHaveLength(0);
  });

  it("a cancel after the last file still writes nothing", async () => {
    const { host, writes } = fakeHost();
    const controller = new AbortController();
    const run = runMerge(
      demo.map(({ name, bytes }) => memoryFile(name, bytes)),
      host,
      {
        signal: controller.signal,
        onProgress: (p) => p.done === p.total && controller.abort(),
        yieldToUi: noYield,
      },
    );
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MergeCancelled);
    expect(isCancelled(error)).toBe(true);
    expect(writes).toHaveLength(0);
  });

  it("an already cancelled run neither loads the parser nor reads a file", async () => {
    const { host, writes } = fakeHost();
    const controller = new AbortController();
    controller.abort();
    const load = jest.fn(loadParser);
    const log: string[] = [];
    await expect(runMerge(watched(demo, log), host, { signal: controller.signal, loadParser: load })).rejects.toThrow(MergeCancelled);
    expect(load).not.toHaveBeenCalled();
    expect(log).toEqual([]);
    expect(writes).toHaveLength(0);
  });

  it("a file that cannot be read from disk is one rejected file, not a failed merge", async () => {
    const { host, writes } = fakeHost();
    const gone: MergeInput = {
      name: "pazudis.xlsx",
      arrayBuffer: () => Promise.reject(new DOMException("The requested file could not be read", "NotReadableError")),
    };
    const run = await runMerge([memoryFile(demo[0].name, demo[0].bytes), gone], host, { yieldToUi: noYield });
    expect(run.files[1]).toEqual({ file: "pazudis.xlsx", accepted: 0, reasons: [{ kind: "unreadable", code: "NotReadableError" }] });
    expect(say(run.files[1].reasons[0], "lv")).toBe("failu nevarēja nolasīt (fails nav nolasāms — iespējams, tas pa to laiku mainīts vai aizņemts)");
    expect(writes).toHaveLength(1);
  });

  it("a file over the reader's size limit is refused from its size, its bytes never loaded", async () => {
    const { host } = fakeHost();
    let loaded = false;
    const huge: MergeInput = { name: "milzis.xlsx", size: 21 * 1048576, arrayBuffer: () => ((loaded = true), Promise.resolve(new ArrayBuffer(8))) };
    const run = await runMerge([memoryFile(demo[0].name, demo[0].bytes), huge], host, { yieldToUi: noYield });
    expect(loaded).toBe(false);
    expect(run.files[1]).toEqual({ file: "milzis.xlsx", accepted: 0, reasons: [{ kind: "fileTooLarge", bytes: 21 * 1048576, limit: 20 * 1048576 }] });
    expect(run.files[1].reasons.map((r) => [say(r, "lv"), say(r, "en")])).toEqual([
      ["fails ir pārāk liels (21,0 MB; drīkst būt līdz 20,0 MB)", "the file is too large (21.0 MB; the limit is 20.0 MB)"],
    ]);
  });

  it("two files of the same name (from two folders) keep a line each", async () => {
    const { host } = fakeHost();
    const good = demo[0];
    const bad = { name: good.name, bytes: good.bytes.slice(0, 100) };
    const run = await runMerge(watched([good, bad], []), host, { yieldToUi: noYield });
    expect(run.files.map((f) => [f.file, f.accepted, f.reasons.length])).toEqual([
      [good.name, 1, 0],
      [`${good.name} (2)`, 0, 1],
    ]);
  });

  it("a failed write is the merge's failure, reported to the caller", async () => {
    const host = { writeOwnedSheets: () => Promise.reject(new Error("workbook busy")) };
    await expect(runMerge([memoryFile(demo[0].name, demo[0].bytes)], host, { yieldToUi: noYield })).rejects.toThrow("workbook busy");
  });
});

describe("demonstration returns", () => {
  it("are the same bytes every time", async () => {
    const again = await demoReturnBytes();
    expect(again.map((f) => f.bytes)).toEqual(demo.map((f) => f.bytes));
  });
});

describe("a reader's reason", () => {
  it("is worded in the user's language from its facts, with no English detail in the Latvian", async () => {
    const { readReturned } = await loadParser();
    const read = readReturned("pusē.xlsx", demo[0].bytes.slice(0, 200));
    if (!("error" in read)) throw new Error("a truncated file must be refused");
    expect(say(read.error, "lv")).toBe("fails ir bojāts vai nepilnīgs (nav atrasts arhīva satura rādītājs — iespējams, fails nav pārsūtīts līdz galam)");
    expect(say(read.error, "en")).toMatch(/^the file is damaged or truncated \(.+\)$/);
  });
});
