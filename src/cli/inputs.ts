import * as fs from "fs";
import * as path from "path";
import type { Reason } from "../core/reasons";
import { DEFAULT_LIMITS, type ReadLimits } from "../render/xlsx";

/**
 * The inputs of a merge, every one accounted for before a byte of them is read: each file given or
 * found in a folder is either to be read or refused with a reason a person can act on. Only file
 * system metadata is looked at here (lstat, stat, readdir, realpath), so a named pipe is never
 * opened and a link loop never followed twice.
 */

/** A file (or folder) met on the walk, by the identity the output is compared against. */
export interface Met {
  readonly file: string;
  /** Real path and device:inode, when they could be had. */
  readonly real?: string;
  readonly id?: string;
}

export type InputEntry = (Met & { readonly read: true; readonly size: number }) | (Met & { readonly read: false; readonly reason: Reason });

export interface Inputs {
  /** In the order given, a folder's entries sorted by name. */
  readonly entries: readonly InputEntry[];
  /** Every folder walked, for the output check. */
  readonly folders: readonly Met[];
}

/** Read as Office Open XML workbooks (an .xlsm's macros are never run: only cells are read). */
const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Spreadsheets in another format: the user can save them as .xlsx. */
const OTHER_SPREADSHEET = /\.(xls|xlsb|xlt|xltx|xltm|ods|ots|fods|csv|tsv|numbers|et|dbf|sylk|slk|wk[1-4])$/i;
/** Excel's own lock files ("~$name.xlsx") while a workbook is open: never a return. */
export const LOCK_FILE = /^~\$/;

/**
 * The given paths that do not exist at all (a mistyped folder): wrong usage, refused before
 * anything is read or written. A link that leads nowhere exists, and is a rejection of its own.
 */
export function missingInputs(given: readonly string[]): string[] {
  return given.filter((p) => {
    try {
      fs.lstatSync(p);
      return false;
    } catch (e) {
      const code = errCode(e);
      return code === "ENOENT" || code === "ENOTDIR";
    }
  });
}

/** The system's error code (ENOENT, EACCES): what a reason is worded from, never the English message. */
const errCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;

export function expandInputs(given: readonly string[], limits: ReadLimits = DEFAULT_LIMITS): Inputs {
  const entries: InputEntry[] = [];
  const folders: Met[] = [];
  const folderAt = new Map<string, string>();
  const fileAt = new Map<string, string>();
  const refuse = (file: string, reason: Reason, real?: string, id?: string) => entries.push({ file, read: false, reason, real, id });

  const visit = (p: string, isGiven: boolean, ancestors: ReadonlySet<string>) => {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(p);
    } catch (e) {
      return refuse(p, errCode(e) === "ENOENT" ? { kind: "noSuchFile" } : { kind: "unreadable", code: errCode(e) });
    }
    if (stat.isSymbolicLink()) {
      try {
        stat = fs.statSync(p);
      } catch (e) {
        const code = errCode(e);
        return refuse(
          p,
          code === "ELOOP" ? { kind: "linkLoop" } : code === "ENOENT" || code === "ENOTDIR" ? { kind: "brokenLink" } : { kind: "unreadable", code },
        );
      }
    }
    const id = `${stat.dev}:${stat.ino}`;
    let real: string | undefined;
    try {
      real = fs.realpathSync(p);
    } catch {
      real = undefined;
    }
    if (stat.isDirectory()) {
      if (ancestors.has(id)) return refuse(p, { kind: "linkLoop" }, real, id);
      const first = folderAt.get(id);
      if (first !== undefined) return refuse(p, { kind: "folderAgain", first }, real, id);
      folderAt.set(id, p);
      folders.push({ file: p, real, id });
      let names: string[];
      try {
        names = fs.readdirSync(p).sort();
      } catch (e) {
        return refuse(p, { kind: "folderUnreadable", code: errCode(e) }, real, id);
      }
      const inside = new Set(ancestors).add(id);
      for (const name of names) if (!LOCK_FILE.test(name)) visit(path.join(p, name), false, inside);
      return;
    }
    if (!stat.isFile()) return refuse(p, { kind: "notRegular", entry: kindOf(stat) }, real, id);
    const first = fileAt.get(id);
    if (first !== undefined) return refuse(p, { kind: "sameFileAs", first }, real, id);
    fileAt.set(id, p);
    const ext = path.extname(p).toLowerCase();
    if (OTHER_SPREADSHEET.test(p)) return refuse(p, { kind: "saveAsXlsx", ext }, real, id);
    // A file named on the command line is read whatever its name says; one found in a folder only
    // when its name says it is a workbook.
    if (!WORKBOOK.test(p) && !isGiven) return refuse(p, { kind: "notSpreadsheet", ext }, real, id);
    if (stat.size > limits.maxFileBytes) return refuse(p, { kind: "fileTooLarge", bytes: stat.size, limit: limits.maxFileBytes }, real, id);
    entries.push({ file: p, read: true, size: stat.size, real, id });
  };

  for (const p of given) visit(p, true, new Set());
  return { entries, folders };
}

function kindOf(stat: fs.Stats): "fifo" | "socket" | "device" | "other" {
  return stat.isFIFO() ? "fifo" : stat.isSocket() ? "socket" : stat.isCharacterDevice() || stat.isBlockDevice() ? "device" : "other";
}

/**
 * Reads one file, refusing what is not a regular file or is over the size limit by what the open
 * file itself says (it may have changed since the walk); opened non-blocking, so a pipe put in its
 * place cannot hang the run.
 */
export function readInput(file: string, limits: ReadLimits = DEFAULT_LIMITS): { bytes: Uint8Array; modified?: number } | { reason: Reason } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (e) {
    const code = errCode(e);
    return { reason: code === "ENOENT" ? { kind: "noSuchFile" } : code === "ELOOP" ? { kind: "linkLoop" } : { kind: "unreadable", code } };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return { reason: { kind: "notRegular", entry: kindOf(stat) } };
    if (stat.size > limits.maxFileBytes) return { reason: { kind: "fileTooLarge", bytes: stat.size, limit: limits.maxFileBytes } };
    const bytes = Buffer.alloc(stat.size);
    let at = 0;
    while (at < bytes.length) {
      const n = fs.readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    // The time it was saved decides between two returns of one assessor with the same Datums.
    return { bytes: bytes.subarray(0, at), modified: stat.mtimeMs };
  } catch (e) {
    return { reason: { kind: "unreadable", code: errCode(e) } };
  } finally {
    fs.closeSync(fd);
  }
}

/** The input the output would overwrite, if any: same real path or same device and inode. */
export function inputAt(out: string, inputs: Inputs): Met | undefined {
  let id: string;
  let real: string;
  try {
    const stat = fs.statSync(out);
    id = `${stat.dev}:${stat.ino}`;
    real = fs.realpathSync(out);
  } catch {
    return undefined;
  }
  return [...inputs.entries, ...inputs.folders].find((m) => m.id === id || m.real === real);
}
