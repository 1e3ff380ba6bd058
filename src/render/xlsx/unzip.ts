import type { ZipFault } from "../../core/reasons";
import { Inflate, inflateSync } from "fflate";

/**
 * A zip archive read through its central directory, each entry inflated only when asked for and in
 * small steps, counting the bytes actually produced. The sizes an archive declares are never
 * trusted: a crafted header can understate them, and then a reader that sized its work by them
 * inflates without end. Memory stays bounded whatever the archive says: a consumer sees one chunk
 * at a time and may stop the inflation.
 */

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  /** The inflated size the archive claims: a hint for sizing a buffer, never a limit's measure. */
  readonly declaredSize: number;
  /** Offset of the local file header. */
  readonly headerOffset: number;
}

/** A damaged archive: the kind of damage, and the part it is in where it is in one. */
export class ZipFormatError extends Error {
  constructor(
    readonly fault: ZipFault,
    message: string,
    readonly part?: string,
  ) {
    super(part === undefined ? message : `${part}: ${message}`);
  }
}

/** Compressed bytes fed per step: a step produces at most ~1,032 times as much (DEFLATE's ceiling). */
const STEP = 16 * 1024;
/** The largest declared size a small part is inflated in one go into (a header claiming more is not believed). */
const ONE_GO_MAX = 4 * 1024 * 1024;
/** Inflated bytes handed on at a time from a part inflated in one go. */
const OUT_STEP = 256 * 1024;

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 4294967296;

const names = new TextDecoder("utf-8");

/** Every entry of the central directory; `want` picks which are kept (the rest are not even named). */
export function zipEntries(bytes: Uint8Array, want: (name: string) => boolean, maxEntries: number): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--)
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipFormatError("noDirectory", "no end of central directory");
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50) throw new ZipFormatError("zip64", "zip64 locator missing");
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50) throw new ZipFormatError("zip64", "zip64 record missing");
    count = u64(bytes, record + 32);
    offset = u64(bytes, record + 48);
  }
  if (count > maxEntries) throw new ZipFormatError("tooManyEntries", `${count} entries`);
  const out = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipFormatError("directory", "central directory damaged");
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let uncompressed = u32(bytes, p + 24);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    let headerOffset = u32(bytes, p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > bytes.length) throw new ZipFormatError("directory", "central directory damaged");
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (want(name)) {
      if (compressedSize === 0xffffffff || headerOffset === 0xffffffff || uncompressed === 0xffffffff) {
        // Zip64: the real values sit in extra field 0x0001, in this order, only for the fields that overflowed.
        for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength; e += 4 + u16(bytes, e + 2)) {
          if (u16(bytes, e) !== 1) continue;
          let q = e + 4;
          if (uncompressed === 0xffffffff) {
            uncompressed = u64(bytes, q);
            q += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(bytes, q);
            q += 8;
          }
          if (headerOffset === 0xffffffff) headerOffset = u64(bytes, q);
        }
      }
      if (!out.has(name)) out.set(name, { name, method, encrypted: (flags & 1) === 1, compressedSize, declaredSize: uncompressed, headerOffset });
    }
    p = end;
  }
  return out;
}

/**
 * Inflates one entry, handing each produced chunk to `sink`; `sink` returns false to stop early.
 * Throws ZipFormatError for damaged data, and `onLimit`'s error once more than `maxBytes` come out.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  sink: (chunk: Uint8Array) => boolean | void,
  onLimit: (produced: number) => Error,
): number {
  const h = entry.headerOffset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw new ZipFormatError("localHeader", "local header damaged", entry.name);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError("cutOff", "data cut off", entry.name);
  if (entry.encrypted) throw new ZipFormatError("encryptedEntry", "encrypted entry", entry.name);
  let produced = 0;
  let stopped = false;
  const take = (chunk: Uint8Array) => {
    if (stopped || chunk.length === 0) return;
    produced += chunk.length;
    if (produced > maxBytes) throw onLimit(produced);
    if (sink(chunk) === false) stopped = true;
  };
  if (entry.method === 0) {
    for (let p = start; p < end && !stopped; p += STEP) take(bytes.subarray(p, Math.min(end, p + STEP)));
    return produced;
  }
  if (entry.method !== 8) throw new ZipFormatError("method", `compression method ${entry.method}`, entry.name);
  if (end - start <= STEP && entry.declaredSize <= Math.min(maxBytes, ONE_GO_MAX)) {
    // A small part in one go, into a buffer of the size it declares plus one byte: a stream's buffers
    // would cost more than the part. A full buffer means the declaration understated it (the rest
    // was dropped, and at most ~17 MB decoded from 16 KB): then the part goes through the stream.
    let out: Uint8Array;
    try {
      out = inflateSync(bytes.subarray(start, end), { out: new Uint8Array(entry.declaredSize + 1) });
    } catch (e) {
      throw new ZipFormatError("inflate", (e as Error).message, entry.name);
    }
    if (out.length <= entry.declaredSize) {
      for (let p = 0; p < out.length && !stopped; p += OUT_STEP) take(out.subarray(p, Math.min(out.length, p + OUT_STEP)));
      return produced;
    }
  }
  let finished = false;
  const inflate = new Inflate((chunk, final) => {
    take(chunk);
    if (final) finished = true;
  });
  try {
    for (let p = start; p < end && !stopped; p += STEP) inflate.push(bytes.subarray(p, Math.min(end, p + STEP)), p + STEP >= end);
    if (start === end) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ZipFormatError || !(e instanceof Error) || (e as { code?: unknown }).code === undefined) throw e;
    throw new ZipFormatError("inflate", e.message, entry.name);
  }
  if (!finished && !stopped) throw new ZipFormatError("cutOff", "data cut off", entry.name);
  return produced;
}
