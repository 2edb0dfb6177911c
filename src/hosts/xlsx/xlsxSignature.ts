/**
 * What the first bytes of a file say it is: an .xlsx is a zip; password-protected .xlsx files and old .xls files are
 * OLE compound files. Used by every reader of workbook bytes (the CLI's file reader and the web page's).
 */
export type XlsxSignature = "zip" | "ole" | "other";

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function detectXlsxSignature(bytes: Uint8Array): XlsxSignature {
  if (startsWith(bytes, OLE_MAGIC)) return "ole";
  if (startsWith(bytes, ZIP_MAGIC)) return "zip";
  return "other";
}

/** The first four bytes in hex, for the cause of a "not an .xlsx" error. */
export function describeLeadingBytes(bytes: Uint8Array): string {
  const head = Array.from(bytes.subarray(0, 4), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return head || "nothing";
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}
