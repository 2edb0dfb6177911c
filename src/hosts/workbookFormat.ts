import { unzipSync } from "fflate";
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
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return "unknown";
  }
  if (names.includes("xl/workbook.bin")) return "xlsb";
  if (names.includes("xl/workbook.xml") || names.some((name) => name.startsWith("xl/"))) return "xlsx";
  if (names.includes("content.xml") && names.includes("mimetype")) return "ods";
  return "unknown";
}
