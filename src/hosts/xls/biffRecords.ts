/** One BIFF record with the bodies of the CONTINUE records that follow it. */
export interface BiffRecord {
  type: number;
  /** Offset of the record header in the stream (BOUNDSHEET points at these). */
  offset: number;
  data: Uint8Array;
  continues: Uint8Array[];
}

const CONTINUE = 0x003c;

/** The records of a BIFF stream from `start`, CONTINUE records attached to the record they continue. */
export function* readRecords(stream: Uint8Array, start = 0): Generator<BiffRecord> {
  let at = start;
  let current: BiffRecord | null = null;
  while (at + 4 <= stream.length) {
    const type = stream[at] | (stream[at + 1] << 8);
    const length = stream[at + 2] | (stream[at + 3] << 8);
    const data = stream.subarray(at + 4, Math.min(at + 4 + length, stream.length));
    if (type === CONTINUE && current) current.continues.push(data);
    else {
      if (current) yield current;
      current = { type, offset: at, data, continues: [] };
    }
    at += 4 + length;
  }
  if (current) yield current;
}

/**
 * Reads across a record and its CONTINUE records. Strings split over a CONTINUE boundary restart with a fresh
 * "high byte" flag in the next record ([MS-XLS] 2.5.293), which `readChars` handles.
 */
export class BiffCursor {
  private readonly parts: Uint8Array[];
  private part = 0;
  private at = 0;

  constructor(record: Pick<BiffRecord, "data" | "continues">, offset = 0) {
    this.parts = [record.data, ...record.continues];
    this.at = offset;
  }

  get done(): boolean {
    this.settle();
    return this.part >= this.parts.length;
  }

  u8(): number {
    this.settle();
    const bytes = this.parts[this.part];
    if (!bytes) throw new RangeError("BIFF record ends early");
    return bytes[this.at++];
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    for (let left = count; left > 0; ) {
      this.settle();
      const bytes = this.parts[this.part];
      if (!bytes) throw new RangeError("BIFF record ends early");
      const step = Math.min(left, bytes.length - this.at);
      this.at += step;
      left -= step;
    }
  }

  /** `count` characters, one byte each (Latin-1) or two (UTF-16LE) as `high` says, re-read at each CONTINUE. */
  chars(count: number, high: boolean): string {
    let text = "";
    let wide = high;
    let left = count;
    while (left > 0) {
      const bytes = this.parts[this.part];
      if (!bytes) throw new RangeError("BIFF string ends early");
      if (this.at >= bytes.length) {
        this.part += 1;
        this.at = 0;
        if (!this.parts[this.part]) throw new RangeError("BIFF string ends early");
        wide = (this.parts[this.part][this.at++] & 1) === 1;
        continue;
      }
      const available = Math.floor((bytes.length - this.at) / (wide ? 2 : 1));
      const take = Math.min(left, available);
      if (take === 0) throw new RangeError("BIFF string split inside a character");
      text += decodeChars(bytes, this.at, take, wide);
      this.at += take * (wide ? 2 : 1);
      left -= take;
    }
    return text;
  }

  private settle(): void {
    while (this.part < this.parts.length && this.at >= this.parts[this.part].length) {
      this.part += 1;
      this.at = 0;
    }
  }
}

function decodeChars(bytes: Uint8Array, at: number, count: number, wide: boolean): string {
  let text = "";
  for (let i = 0; i < count; i++) {
    text += String.fromCharCode(wide ? bytes[at + 2 * i] | (bytes[at + 2 * i + 1] << 8) : bytes[at + i]);
  }
  return text;
}

/** XLUnicodeString: cch (16-bit), flags, characters. ShortXLUnicodeString when `shortLength`: cch is 8-bit. */
export function readUnicodeString(cursor: BiffCursor, shortLength = false): string {
  const count = shortLength ? cursor.u8() : cursor.u16();
  const flags = cursor.u8();
  return cursor.chars(count, (flags & 1) === 1);
}

/** XLUnicodeRichExtendedString (an SST entry): the text, its formatting runs and phonetic data skipped. */
export function readRichString(cursor: BiffCursor): string {
  const count = cursor.u16();
  const flags = cursor.u8();
  const runs = flags & 0x08 ? cursor.u16() : 0;
  const extra = flags & 0x04 ? cursor.u32() : 0;
  const text = cursor.chars(count, (flags & 1) === 1);
  cursor.skip(runs * 4 + extra);
  return text;
}
