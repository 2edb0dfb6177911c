/** Excel on the web rejects a request over 5 MB; the host splits a write only above this many bytes of values. */
export const CHUNK_BYTES = 4_000_000;

/** Bytes of `value` as JSON in UTF-8: what a write of it adds to a request. TextEncoder: runs in Excel and Node. */
export function payloadBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? "").length;
}

/** Splits rows into consecutive chunks of at most `limit` bytes each (a row is never split); one chunk when it fits. */
export function chunkRows<R>(rows: R[], limit = CHUNK_BYTES): { start: number; rows: R[] }[] {
  const chunks: { start: number; rows: R[] }[] = [];
  let current: { start: number; rows: R[] } = { start: 0, rows: [] };
  let size = 2;
  rows.forEach((row, index) => {
    const bytes = payloadBytes(row) + 1;
    if (current.rows.length > 0 && size + bytes > limit) {
      chunks.push(current);
      current = { start: index, rows: [] };
      size = 2;
    }
    current.rows.push(row);
    size += bytes;
  });
  chunks.push(current);
  return chunks;
}
