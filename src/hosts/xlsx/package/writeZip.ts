import { deflateSync } from "fflate";
import type { ZipDirectory } from "./zipDirectory";

/**
 * A copy of a zip with some entries replaced and some added: every other entry's bytes (local header, data, data
 * descriptor) and central record are copied as they are, only its offset updated. Replaced entries keep their place.
 * @throws Error when the copy would need zip64 (over 4 GB or 65,535 entries), which an .xlsx of this tool never does.
 */
export function writeZipCopy(
  bytes: Uint8Array,
  zip: ZipDirectory,
  replaced: ReadonlyMap<string, Uint8Array>,
  added: readonly { name: string; data: Uint8Array }[],
  codec: ZipCodec = PORTABLE,
): Uint8Array {
  const ends = recordEnds(zip);
  const pieces: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (piece: Uint8Array): void => {
    pieces.push(piece);
    offset += piece.length;
  };
  for (const entry of zip.entries) {
    const start = offset;
    const content = replaced.get(entry.name);
    if (content) {
      const record = buildEntry(entry.name, content, start, codec);
      push(record.local);
      central.push(record.central);
    } else {
      push(bytes.subarray(entry.localOffset, ends.get(entry.localOffset)));
      const copy = entry.central.slice();
      new DataView(copy.buffer).setUint32(42, checkedOffset(start), true);
      central.push(copy);
    }
  }
  for (const entry of added) {
    const record = buildEntry(entry.name, entry.data, offset, codec);
    push(record.local);
    central.push(record.central);
  }
  const centralStart = offset;
  central.forEach(push);
  push(endRecord(central.length, offset - centralStart, centralStart));
  return concat(pieces, offset);
}

/** Where each entry's local record ends: at the next record in the file, or at the central directory. */
function recordEnds(zip: ZipDirectory): Map<number, number> {
  const starts = zip.entries.map((entry) => entry.localOffset).sort((a, b) => a - b);
  const ends = new Map<number, number>();
  starts.forEach((start, index) => ends.set(start, index + 1 < starts.length ? starts[index + 1] : zip.centralOffset));
  return ends;
}

function checkedOffset(offset: number): number {
  if (offset >= 0xffffffff) throw new Error("the copy would exceed 4 GB (zip64), which is not supported");
  return offset;
}

/** Compression for the entries written anew: fflate and a table CRC by default, Node's zlib where there is one. */
export interface ZipCodec {
  deflateRaw(data: Uint8Array): Uint8Array;
  crc32(data: Uint8Array): number;
}

const PORTABLE: ZipCodec = { deflateRaw: (data) => deflateSync(data, { level: 6 }), crc32: (data) => crc32(data) };

const encoder = new TextEncoder();
// 2026-01-01 00:00 in DOS date/time: a fixed stamp keeps the copy reproducible.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

function buildEntry(name: string, content: Uint8Array, offset: number, codec: ZipCodec): { local: Uint8Array; central: Uint8Array } {
  const nameBytes = encoder.encode(name);
  const data = codec.deflateRaw(content);
  const crc = codec.crc32(content);
  const flags = nameBytes.length !== name.length ? 0x0800 : 0;
  const local = new Uint8Array(30 + nameBytes.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, flags, true);
  lv.setUint16(8, 8, true);
  lv.setUint16(10, DOS_TIME, true);
  lv.setUint16(12, DOS_DATE, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, content.length, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  local.set(data, 30 + nameBytes.length);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, flags, true);
  cv.setUint16(10, 8, true);
  cv.setUint16(12, DOS_TIME, true);
  cv.setUint16(14, DOS_DATE, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, content.length, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, checkedOffset(offset), true);
  central.set(nameBytes, 46);
  return { local, central };
}

function endRecord(count: number, size: number, offset: number): Uint8Array {
  if (count > 0xffff) throw new Error("the copy would have more than 65,535 entries (zip64), which is not supported");
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, size, true);
  view.setUint32(16, checkedOffset(offset), true);
  return end;
}

function concat(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

let table: Uint32Array | undefined;

/** CRC-32 (IEEE), as zip stores it. */
export function crc32(data: Uint8Array): number {
  table ??= makeTable();
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function makeTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}
