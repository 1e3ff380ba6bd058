import { Merger, type MergeResult, type ReturnedFile } from "../../core/merge/merge";
import type { ResultsHost, WriteOwnedReport } from "../../host/types";
import { mergeSheets } from "../../plan/mergeSheets";
import type { Reason } from "../../core/reasons";

/**
 * The merge as the pane runs it, without React so that it can be unit-tested: read the chosen
 * files one at a time, parse each, report progress, let the pane repaint between files, stop on
 * cancel, and only at the very end merge and write the summary sheets in one host call. Nothing
 * here sends a byte anywhere: the files are read from the user's disk into this page and the
 * result goes into the open workbook.
 */

/** What the runner needs of a chosen file; a DOM File is one, and so is a test's fake. */
export interface MergeInput {
  readonly name: string;
  /** When the file was last saved (ms since the epoch): of two returns with one Datums, the later wins. */
  readonly lastModified?: number;
  /** Its size in bytes (a File has it): a file over the reader's limit is refused before it is read. */
  readonly size?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The parser's one function the runner uses (src/render/xlsx). */
export interface Parser {
  readReturned(file: string, bytes: Uint8Array): ReturnedFile;
  /** The reader's limits (src/render/xlsx exports them): the file size is checked before reading. */
  readonly DEFAULT_LIMITS?: { readonly maxFileBytes: number };
}

/**
 * The parser is loaded only when a merge starts: it pulls in the zip reader and the XML scanner,
 * which a user who never merges should not download with the pane. The chunk name lets the bundle
 * check find it.
 */
export const loadParser = (): Promise<Parser> => import(/* webpackChunkName: "parser" */ "../../render/xlsx");

/** One file as read (before the merge rules): its forms were found, or it could not be used. */
export type ReadOutcome =
  | { readonly file: string; readonly status: "read"; readonly forms: number }
  | { readonly file: string; readonly status: "unreadable"; readonly reason: Reason };

export interface MergeProgress {
  /** Files read so far (this one included). */
  readonly done: number;
  readonly total: number;
  readonly outcome: ReadOutcome;
}

/** One file's final standing after the merge rules (duplicates, missing service or period…). */
export interface FileOutcome {
  readonly file: string;
  /** Forms of this file that went into the merge. */
  readonly accepted: number;
  /** Why forms of this file (or the whole file) were not used. */
  readonly reasons: readonly Reason[];
}

export interface MergeRun {
  readonly result: MergeResult;
  /** Per chosen file, in the order chosen. */
  readonly files: readonly FileOutcome[];
  readonly written: WriteOwnedReport;
}

export interface RunMergeOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: MergeProgress) => void;
  /** Called once the parser is in and files are about to be read (the pane says "reading…"). */
  readonly onStart?: (total: number) => void;
  /** Defaults to the lazily loaded src/render/xlsx; tests pass their own. */
  readonly loadParser?: () => Promise<Parser>;
  /** Gives the browser a turn between files; defaults to yieldToUi. */
  readonly yieldToUi?: () => Promise<void>;
}

/** Thrown when the user cancels: the pane tells it apart from a failure. Nothing has been written. */
export class MergeCancelled extends Error {
  constructor() {
    super("The merge was cancelled before anything was written.");
    this.name = "AbortError";
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof MergeCancelled || (error instanceof Error && error.name === "AbortError");
}

/**
 * One macrotask, so React can paint the progress bar and the Cancel click gets handled. Chromium's
 * scheduler.yield keeps the task's priority; elsewhere a timeout (clamped to ~4 ms when nested,
 * which is small next to parsing a workbook).
 */
export function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new MergeCancelled();
}

export async function runMerge(files: readonly MergeInput[], host: Pick<ResultsHost, "writeOwnedSheets">, options: RunMergeOptions = {}): Promise<MergeRun> {
  const { signal, onProgress, onStart } = options;
  const pause = options.yieldToUi ?? yieldToUi;
  throwIfCancelled(signal);
  const parser = await (options.loadParser ?? loadParser)();
  throwIfCancelled(signal);
  onStart?.(files.length);

  const labels = fileLabels(files);
  const merger = new Merger();
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const label = labels[i];
    // A file over the reader's size limit is refused from its size alone (its bytes are never loaded).
    // One file's bytes at a time: once added to the merge, only a compact record of each form stays;
    // 1,000 workbooks never sit in memory together.
    let read: ReturnedFile;
    const limit = parser.DEFAULT_LIMITS?.maxFileBytes;
    try {
      read =
        limit !== undefined && file.size !== undefined && file.size > limit
          ? { file: label, error: { kind: "fileTooLarge", bytes: file.size, limit } }
          : parser.readReturned(label, new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      // A file that vanished or cannot be read from disk is one rejected file, not a failed merge.
      // The browser's message is English whatever the pane's language: the reason is worded from the
      // error's name (NotReadableError, NotFoundError), never from its message.
      const code = (error as { name?: unknown } | undefined)?.name;
      read = { file: label, error: typeof code === "string" && code !== "Error" ? { kind: "unreadable", code } : { kind: "unreadable" } };
    }
    merger.add(file.lastModified === undefined ? read : { ...read, modified: file.lastModified });
    onProgress?.({
      done: i + 1,
      total: files.length,
      outcome: "error" in read ? { file: read.file, status: "unreadable", reason: read.error } : { file: read.file, status: "read", forms: read.forms.length },
    });
    await pause();
    throwIfCancelled(signal);
  }

  const result = merger.finish();
  throwIfCancelled(signal);
  // The last moment a cancel counts: the host replaces the merge's own sheets in one step, so from
  // here the write either happens whole or fails whole.
  const written = await host.writeOwnedSheets([...mergeSheets(result)]);
  return { result, files: outcomesOf(files, result), written };
}

/**
 * The name each chosen file is known by in the merge: the same name chosen twice (from two folders)
 * becomes "a.xlsx" and "a.xlsx (2)", so each file keeps its own line and its own verdict.
 */
export function fileLabels(files: readonly MergeInput[]): string[] {
  const seen = new Map<string, number>();
  return files.map((f) => {
    const n = (seen.get(f.name) ?? 0) + 1;
    seen.set(f.name, n);
    return n === 1 ? f.name : `${f.name} (${n})`;
  });
}

/** Per file, how many of its forms were used and every reason one was not. */
export function outcomesOf(files: readonly MergeInput[], result: MergeResult): FileOutcome[] {
  const accepted = new Map<string, number>();
  for (const a of result.accepted) accepted.set(a.file, (accepted.get(a.file) ?? 0) + 1);
  const reasons = new Map<string, Reason[]>();
  for (const r of result.rejected) reasons.set(r.file, [...(reasons.get(r.file) ?? []), r.reason]);
  return fileLabels(files).map((label) => ({ file: label, accepted: accepted.get(label) ?? 0, reasons: reasons.get(label) ?? [] }));
}
