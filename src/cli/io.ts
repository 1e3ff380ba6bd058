import * as fs from "fs";
import * as path from "path";

/** Wrong usage: exit 2, the message and the command's synopsis on stderr. */
export class UsageError extends Error {}
/** The command could not do its job: exit 1, the message on stderr. */
export class JobError extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** The environment the language is taken from; the process's own when left out. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The process's own streams. A reader that stops early (`| head`) closes the pipe: that ends the
 * run quietly instead of with an EPIPE stack trace.
 */
export function processIo(): Io {
  const quiet = (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    throw e;
  };
  process.stdout.on("error", quiet);
  process.stderr.on("error", quiet);
  return { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t), env: process.env };
}

/**
 * A name or text from outside (a file name, a sheet name, a cell) as it may be shown on a terminal:
 * control characters, escape sequences and bidirectional overrides written as `\x1b`, `\u202e`.
 * JSON output keeps the real text (JSON escapes control characters itself).
 */
export function shown(text: string): string {
  // Control characters are exactly what this looks for.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

export interface OutputWords {
  folderMissing(file: string, dir: string): string;
  outputIsFolder(out: string): string;
  outputReadOnly(out: string): string;
  outputNotFile(out: string): string;
}

/**
 * Refuses an output that cannot or must not be replaced, before any input is read: a folder, a
 * missing folder, a read-only file (the atomic rename would replace it regardless of its mode),
 * something other than a regular file. Returns the existing file's stat, if there is one.
 */
export function checkOutput(out: string, say: OutputWords): fs.Stats | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(out);
  } catch {
    const dir = path.dirname(path.resolve(out));
    if (!isFolder(dir)) throw new JobError(say.folderMissing(shown(out), shown(dir)));
    return undefined;
  }
  if (stat.isDirectory()) throw new UsageError(say.outputIsFolder(shown(out)));
  if (!stat.isFile()) throw new JobError(say.outputNotFile(shown(out)));
  // root may write anything: the mode bits are what the file's owner said.
  if ((stat.mode & 0o222) === 0 || !canWrite(out)) throw new JobError(say.outputReadOnly(shown(out)));
  return stat;
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function canWrite(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A temporary name beside `file` that fits any file system's 255-byte name, however long the
 * target's own name is: it shares only the folder, never the name.
 */
export function tempNameFor(file: string): string {
  const dir = path.dirname(path.resolve(file));
  return path.join(dir, `.kvalitate-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
}

const INTERRUPTIONS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Until released, an interruption removes `tmp` and then ends the process by the same signal, as
 * it would have ended without the handler. JavaScript handles a signal only between turns of the
 * event loop, so `settle()` gives one after a synchronous write: a signal received during it is
 * handled there, before the rename, and the output is left as it was.
 */
function removedOnInterrupt(tmp: string): { settle(): Promise<void>; release(): void } {
  const handler = (signal: NodeJS.Signals) => {
    fs.rmSync(tmp, { force: true });
    release();
    process.kill(process.pid, signal);
  };
  const release = () => {
    for (const s of INTERRUPTIONS) process.removeListener(s, handler);
  };
  for (const s of INTERRUPTIONS) process.on(s, handler);
  return { settle: () => new Promise((resolve) => setImmediate(resolve)), release };
}

/**
 * Writes next to the target and renames, so a failure or an interruption never leaves half a file
 * nor its temporary. `write` hands the bytes to its sink, whole or chunk by chunk (the merge's
 * summary is streamed).
 */
export async function writeAtomically(
  file: string,
  cannotWrite: (file: string, why: string) => string,
  write: (sink: (chunk: Uint8Array) => void) => void,
): Promise<void> {
  const tmp = tempNameFor(file);
  const guard = removedOnInterrupt(tmp);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, "wx");
    const handle = fd;
    write((chunk) => {
      for (let at = 0; at < chunk.length;) at += fs.writeSync(handle, chunk, at);
    });
    fs.closeSync(fd);
    fd = undefined;
    await guard.settle();
    fs.renameSync(tmp, file);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw new JobError(cannotWrite(shown(file), (e as NodeJS.ErrnoException).code ?? (e as Error).message));
  } finally {
    guard.release();
  }
}
