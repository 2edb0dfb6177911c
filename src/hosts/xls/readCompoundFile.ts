/**
 * A reader for the OLE compound file (Microsoft [MS-CFB]) that wraps .xls workbooks and encrypted Office files: the
 * streams of the root storage by name. Pure over Uint8Array (runs in a browser); throws CompoundFileError on a
 * malformed file. Written for what the .xls reader needs: no writing, no nested storages.
 */
export class CompoundFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CompoundFileError";
  }
}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_REGULAR = 0xfffffffa;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, i) => bytes[i] === byte);
}

interface DirectoryEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

/** The streams directly under the root storage, by name (as stored, e.g. "Workbook", "EncryptionInfo"). */
export function readCompoundFile(bytes: Uint8Array): Map<string, Uint8Array> {
  if (!isCompoundFile(bytes)) throw new CompoundFileError("not a compound file");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorSize = 1 << view.getUint16(0x1e, true);
  const miniSectorSize = 1 << view.getUint16(0x20, true);
  if (sectorSize !== 512 && sectorSize !== 4096) throw new CompoundFileError(`bad sector size ${sectorSize}`);
  const cutoff = view.getUint32(0x38, true);
  const sectorAt = (n: number): Uint8Array => {
    const start = (n + 1) * sectorSize;
    if (start + sectorSize > bytes.length + sectorSize || start >= bytes.length) {
      throw new CompoundFileError(`sector ${n} beyond the end of the file`);
    }
    return bytes.subarray(start, Math.min(start + sectorSize, bytes.length));
  };
  const fat = readFat(view, sectorSize, sectorAt);
  const chain = (start: number, table: Uint32Array): number[] => followChain(start, table);
  const readChain = (start: number, size?: number): Uint8Array => join(chain(start, fat).map(sectorAt), size);
  const directory = readDirectory(readChain(view.getUint32(0x30, true)));
  const root = directory[0];
  if (!root || root.type !== 5) throw new CompoundFileError("no root entry");
  const miniFatStart = view.getUint32(0x3c, true);
  const miniFat = miniFatStart >= MAX_REGULAR ? new Uint32Array(0) : toUint32(readChain(miniFatStart));
  const miniStream = root.start >= MAX_REGULAR ? new Uint8Array(0) : readChain(root.start, root.size);
  const streams = new Map<string, Uint8Array>();
  for (const entry of directory.slice(1)) {
    if (entry.type !== 2) continue;
    if (entry.size < cutoff) {
      const parts = chain(entry.start, miniFat).map((n) => miniStream.subarray(n * miniSectorSize, (n + 1) * miniSectorSize));
      streams.set(entry.name, join(parts, entry.size));
    } else {
      streams.set(entry.name, readChain(entry.start, entry.size));
    }
  }
  return streams;
}

function readFat(view: DataView, sectorSize: number, sectorAt: (n: number) => Uint8Array): Uint32Array {
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const n = view.getUint32(0x4c + i * 4, true);
    if (n <= MAX_REGULAR) fatSectors.push(n);
  }
  let difat = view.getUint32(0x44, true);
  const perSector = sectorSize / 4;
  for (let guard = 0; difat <= MAX_REGULAR; guard++) {
    if (guard > 100000) throw new CompoundFileError("DIFAT loop");
    const sector = toUint32(sectorAt(difat));
    for (let i = 0; i < perSector - 1; i++) if (sector[i] <= MAX_REGULAR) fatSectors.push(sector[i]);
    difat = sector[perSector - 1];
  }
  return toUint32(join(fatSectors.map(sectorAt)));
}

function followChain(start: number, table: Uint32Array): number[] {
  const sectors: number[] = [];
  for (let n = start; n !== END_OF_CHAIN && n !== FREE; n = table[n]) {
    if (n > MAX_REGULAR || n >= table.length || sectors.length > table.length) {
      throw new CompoundFileError(`broken sector chain at ${n}`);
    }
    sectors.push(n);
  }
  return sectors;
}

function readDirectory(bytes: Uint8Array): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: DirectoryEntry[] = [];
  for (let offset = 0; offset + 128 <= bytes.length; offset += 128) {
    const nameBytes = Math.min(view.getUint16(offset + 0x40, true), 64);
    let name = "";
    for (let i = 0; i + 2 < nameBytes; i += 2) name += String.fromCharCode(view.getUint16(offset + i, true));
    entries.push({
      name,
      type: bytes[offset + 0x42],
      start: view.getUint32(offset + 0x74, true),
      size: view.getUint32(offset + 0x78, true),
    });
  }
  return entries;
}

function join(parts: Uint8Array[], size?: number): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(size === undefined ? total : Math.min(size, total));
  let at = 0;
  for (const part of parts) {
    if (at >= out.length) break;
    out.set(part.subarray(0, out.length - at), at);
    at += part.length;
  }
  return out;
}

function toUint32(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(Math.floor(bytes.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
