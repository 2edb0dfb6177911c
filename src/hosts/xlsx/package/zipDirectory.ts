import type * as Fflate from "fflate";

let fflate: typeof Fflate | undefined;

/**
 * fflate, loaded on first use: in Node the sheets are inflated by zlib, and loading fflate cost a check ~16 ms of
 * start-up for nothing (it stays the inflater of the browser and of sheets streamed above 64 MB).
 */
function portable(): typeof Fflate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (fflate ??= require("fflate") as typeof Fflate);
}

/** One entry of a zip file as its central directory describes it. Offsets are into the zip's bytes. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the only two an .xlsx uses). */
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  /** Where the entry's local header starts. */
  localOffset: number;
  /** Where its compressed data starts. */
  dataOffset: number;
  /** The whole central directory record, copied as is when the entry is kept. */
  central: Uint8Array;
}

/** The entries of a zip held in memory, in central directory order, and where that directory starts. */
export interface ZipDirectory {
  entries: ZipEntry[];
  centralOffset: number;
}

/** A zip that cannot be read: not a zip, truncated, or using a feature an .xlsx never uses (encryption, zip spanning). */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;

/** Reads the central directory of a zip. No entry is inflated. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  let count = view.getUint16(end + 10, true);
  let centralOffset = view.getUint32(end + 16, true);
  if (centralOffset === 0xffffffff || count === 0xffff) ({ count, centralOffset } = readZip64End(view, end));
  const entries: ZipEntry[] = [];
  let at = centralOffset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError("central directory damaged");
    const entry = readCentralRecord(bytes, view, at);
    entries.push(entry);
    at += entry.central.length;
  }
  return { entries, centralOffset };
}

function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipFormatError("no end of central directory (not a zip, or truncated)");
}

function readZip64End(view: DataView, end: number): { count: number; centralOffset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_EOCD_LOCATOR) throw new ZipFormatError("zip64 locator missing");
  const record = Number(view.getBigUint64(locator + 8, true));
  return { count: Number(view.getBigUint64(record + 32, true)), centralOffset: Number(view.getBigUint64(record + 48, true)) };
}

function readCentralRecord(bytes: Uint8Array, view: DataView, at: number): ZipEntry {
  const flags = view.getUint16(at + 8, true);
  if (flags & 1) throw new ZipFormatError("encrypted zip entry");
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const commentLength = view.getUint16(at + 32, true);
  const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
  const sizes = {
    compressedSize: view.getUint32(at + 20, true),
    size: view.getUint32(at + 24, true),
    localOffset: view.getUint32(at + 42, true),
  };
  readZip64Sizes(view, at + 46 + nameLength, extraLength, sizes);
  const central = bytes.subarray(at, at + 46 + nameLength + extraLength + commentLength);
  const local = sizes.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipFormatError(`local header of ${name} missing`);
  const dataOffset = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (dataOffset + sizes.compressedSize > bytes.length) throw new ZipFormatError(`${name} is truncated`);
  return { name, method: view.getUint16(at + 10, true), crc: view.getUint32(at + 16, true), dataOffset, central, ...sizes };
}

/** Sizes saturated at 0xFFFFFFFF are in the zip64 extra field, in this order. */
function readZip64Sizes(view: DataView, extra: number, length: number, sizes: { compressedSize: number; size: number; localOffset: number }): void {
  if (sizes.size !== 0xffffffff && sizes.compressedSize !== 0xffffffff && sizes.localOffset !== 0xffffffff) return;
  for (let at = extra; at + 4 <= extra + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (sizes.size === 0xffffffff) sizes.size = next();
      if (sizes.compressedSize === 0xffffffff) sizes.compressedSize = next();
      if (sizes.localOffset === 0xffffffff) sizes.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** The compressed bytes of an entry, as stored. */
export function rawEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  return bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/** The whole content of an entry (inflated by `inflateRaw` when given, Node's zlib; else by fflate). */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, inflateRaw?: (raw: Uint8Array, size: number) => Uint8Array): Uint8Array {
  const raw = rawEntryData(bytes, entry);
  if (entry.method === 0) return raw;
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  return inflateRaw ? inflateRaw(raw, entry.size) : portable().inflateSync(raw, { out: new Uint8Array(entry.size) });
}

// fflate's streaming inflater pays per push: 1 MB of compressed input at a time (≈10 MB of XML).
const STEP = 1 << 20;

/**
 * Inflates an entry piece by piece, handing each piece to `onChunk`; stops early (without inflating the rest) as soon
 * as `onChunk` returns false. Returns false when stopped early.
 */
export function streamEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => boolean): boolean {
  const raw = rawEntryData(bytes, entry);
  if (entry.method === 0) {
    for (let at = 0; at < raw.length; at += STEP) if (!onChunk(raw.subarray(at, at + STEP))) return false;
    return true;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  let going = true;
  const inflate = new (portable().Inflate)((chunk) => {
    if (going && !onChunk(chunk)) going = false;
  });
  for (let at = 0; at < raw.length && going; at += STEP) inflate.push(raw.subarray(at, at + STEP), at + STEP >= raw.length);
  return going;
}
