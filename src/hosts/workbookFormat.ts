import { readZipDirectory } from "./xlsx/package/zipDirectory";
import { isCompoundFile } from "./xls/readCompoundFile";

/**
 * What a file is, from its first bytes and (for zips) the names inside — never from its extension, which users
 * change freely:
 * - `xlsx`, `xls`, `ods`: workbooks the engine reads;
 * - `xlsb` (Excel binary workbook), `lotus` (Lotus 1-2-3 / Works .wks), `works` (Works .xlr, an OLE file without a
 *   workbook stream), `ole_encrypted` (an .xlsx saved with a password), `unknown`: files it cannot use.
 * An encrypted or too old .xls is told apart by the .xls reader itself.
 */
export type WorkbookFormat = "xlsx" | "xls" | "ods" | "xlsb" | "lotus" | "works" | "ole_encrypted" | "unknown";

const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function detectWorkbookFormat(bytes: Uint8Array, streams?: () => string[]): WorkbookFormat {
  if (ZIP.every((byte, i) => bytes[i] === byte)) return detectZip(bytes);
  if (isCompoundFile(bytes)) {
    const names = streams?.() ?? [];
    if (names.includes("EncryptionInfo") || names.includes("EncryptedPackage")) return "ole_encrypted";
    if (names.includes("Workbook") || names.includes("Book") || names.length === 0) return "xls";
    return "works";
  }
  // Lotus 1-2-3 and Works .wks files start with a BOF record: type 0, length 2 (WK1/WKS) or 26 (WK3/WK4).
  if (bytes[0] === 0 && bytes[1] === 0 && (bytes[2] === 2 || bytes[2] === 0x1a) && bytes[3] === 0) return "lotus";
  return "unknown";
}

function detectZip(bytes: Uint8Array): WorkbookFormat {
  const names = zipNames(bytes);
  if (!names) return "unknown";
  if (names.includes("xl/workbook.bin")) return "xlsb";
  if (names.includes("xl/workbook.xml") || names.some((name) => name.startsWith("xl/"))) return "xlsx";
  if (names.includes("content.xml") && names.includes("mimetype")) return "ods";
  return "unknown";
}

/**
 * The names in a zip, from its central directory (the reader the .xlsx path uses anyway, so fflate need not load);
 * when that cannot read it, fflate decides as before; null when neither can.
 */
function zipNames(bytes: Uint8Array): string[] | null {
  try {
    return readZipDirectory(bytes).entries.map((entry) => entry.name);
  } catch {
    return fflateNames(bytes);
  }
}

function fflateNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require("fflate") as typeof import("fflate")).unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}
