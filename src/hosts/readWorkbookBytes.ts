import type { WorkbookSnapshot } from "../domain";
import { HostError } from "./errors";
import { detectWorkbookFormat } from "./workbookFormat";
import { XlsReadError, readXlsWorkbook } from "./xls/readXls";
import { readCompoundFile } from "./xls/readCompoundFile";
import { openXlsx, type OpenOptions, type SheetNote, type XlsxPackage } from "./xlsx/package/openXlsx";

/**
 * A workbook read from its bytes (a file on disk, or a file picked on the web page): its snapshot, and for an
 * .xlsx/.xlsm the package a plan copy is made from. `format` is what the file is (by content, not by extension).
 * Pure: no file system, so the CLI and the web page share it.
 */
export interface WorkbookFile {
  /** The path or file name the messages name. */
  path: string;
  format: "xlsx" | "xls" | "ods";
  snapshot: WorkbookSnapshot;
  /** Sheets read only in part (.xlsx only). */
  notes: SheetNote[];
  /** Only for .xlsx/.xlsm: the package as read (the copy keeps every part of it). */
  package?: XlsxPackage;
}

/**
 * Reads the bytes of an .xlsx/.xlsm, .xls (Excel 97–2003) or .ods workbook, chosen by content; `path` is only named
 * in messages.
 * @throws HostError `file_unreadable`, `file_encrypted`, `file_xlsb`, `file_lotus_works`, `file_old_excel`; the
 *   message is Vietnamese and names the file.
 */
export function readWorkbookBytes(bytes: Uint8Array, path: string, options?: OpenOptions): WorkbookFile {
  const format = detectWorkbookFormat(bytes, () => streamNames(bytes));
  switch (format) {
    case "xls":
      return { path, format, snapshot: readXls(path, bytes), notes: [] };
    case "ods":
      return { path, format, snapshot: readOds(path, bytes), notes: [] };
    case "ole_encrypted":
      throw encrypted(path, new Error("OLE file with EncryptionInfo: a password-protected .xlsx"));
    case "xlsb":
      throw new HostError("file_xlsb", `Tệp "${path}" là sổ làm việc nhị phân Excel (.xlsb); hãy mở bằng Excel và lưu lại dạng .xlsx.`, { target: path });
    case "lotus":
    case "works":
      throw new HostError("file_lotus_works", `Tệp "${path}" là bảng tính Lotus 1-2-3 hoặc Microsoft Works; hãy lưu lại dạng .xlsx.`, { target: path });
    default:
      // .xlsx, and anything unknown: the .xlsx reader words what is wrong (not a zip, a zip with no workbook…).
      return { path, format: "xlsx", ...openXlsxBytes(path, bytes, options) };
  }
}

/**
 * The package a plan copy is added to: the workbook's own for an .xlsx/.xlsm (every part kept), else a new .xlsx
 * made from the snapshot of the .xls/.ods (values, merges, sheets; the input itself is never written).
 */
export function planPackageOf(doc: WorkbookFile): XlsxPackage {
  if (doc.package) return doc.package;
  // Required on demand, as the .ods reader below: both bring fflate, which an .xlsx read in Node does not need.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { snapshotToXlsx } = require("./xlsx/package/snapshotToXlsx") as typeof import("./xlsx/package/snapshotToXlsx");
  return openXlsx(snapshotToXlsx(doc.snapshot)).package;
}

function openXlsxBytes(path: string, bytes: Uint8Array, options?: OpenOptions): Omit<WorkbookFile, "path" | "format"> {
  try {
    const opened = openXlsx(bytes, options);
    return { snapshot: opened.snapshot, notes: opened.notes, package: opened.package };
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    throw new HostError(error.code, `"${path}": ${error.message}`, { target: path, cause: error.cause ?? error });
  }
}

function streamNames(bytes: Uint8Array): string[] {
  try {
    return [...readCompoundFile(bytes).keys()];
  } catch {
    return [];
  }
}

function readXls(path: string, bytes: Uint8Array): WorkbookSnapshot {
  try {
    return readXlsWorkbook(bytes);
  } catch (cause) {
    if (!(cause instanceof XlsReadError)) throw cause;
    // An OLE file whose compound structure cannot be read is most often an encrypted package seen whole: say that.
    if (cause.kind === "encrypted" || cause.kind === "not_ole") throw encrypted(path, cause);
    if (cause.kind === "too_old") {
      throw new HostError("file_old_excel", `Tệp "${path}" là tệp Excel 5.0/95 hoặc cũ hơn; hãy mở bằng Excel và lưu lại dạng .xlsx.`, { target: path, cause });
    }
    if (cause.kind === "not_workbook") {
      throw new HostError("file_lotus_works", `Tệp "${path}" không chứa sổ làm việc Excel (có thể là tệp Works hoặc Word).`, { target: path, cause });
    }
    throw new HostError("file_unreadable", `Tệp "${path}" là tệp Excel .xls bị hỏng, không đọc được.`, { target: path, cause });
  }
}

function readOds(path: string, bytes: Uint8Array): WorkbookSnapshot {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OdsReadError, readOdsWorkbook } = require("./ods/readOds") as typeof import("./ods/readOds");
  try {
    return readOdsWorkbook(bytes);
  } catch (cause) {
    if (!(cause instanceof OdsReadError)) throw cause;
    if (cause.kind === "encrypted") throw encrypted(path, cause);
    throw new HostError("file_unreadable", `Tệp "${path}" là tệp .ods bị hỏng, không đọc được.`, { target: path, cause });
  }
}

function encrypted(path: string, cause: unknown): HostError {
  return new HostError("file_encrypted", `Tệp "${path}" được đặt mật khẩu; hãy mở bằng Excel, gỡ mật khẩu rồi thử lại.`, { target: path, cause });
}
