import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../domain";
import { HostError } from "../errors";
import { toWorkbookSnapshot } from "./toSnapshot";

/** An .xlsx file opened with exceljs, with the snapshot the engine reads. */
export interface XlsxDocument {
  /** The path as the caller gave it (used in messages). */
  path: string;
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
}

/** Password-protected .xlsx files and old .xls files are OLE compound files, not zips. */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Opens an .xlsx file and takes its snapshot. Never writes to the file.
 * @throws HostError `file_not_found` (missing), `file_encrypted` (password-protected or old .xls),
 *   `file_unreadable` (not an .xlsx, corrupt, a folder, no permission); the message is Vietnamese and names the file.
 */
export async function readXlsxFile(path: string): Promise<XlsxDocument> {
  return readXlsxBytes(path, await readBytes(path));
}

/** An .xlsx file already read into memory (`path` names it in messages). Same errors as readXlsxFile. */
export async function readXlsxBytes(path: string, bytes: Buffer): Promise<XlsxDocument> {
  checkSignature(path, bytes);
  const workbook = await loadWorkbook(path, bytes);
  return { path, workbook, snapshot: toWorkbookSnapshot(workbook) };
}

/** The bytes of a file. @throws HostError `file_not_found`, `file_unreadable` (a folder, no permission…). */
export async function readBytes(path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new HostError("file_not_found", `Không tìm thấy tệp "${path}".`, { target: path, cause });
    }
    throw new HostError("file_unreadable", `Không đọc được tệp "${path}" (${describeFsError(code)}).`, {
      target: path,
      cause,
    });
  }
}

function describeFsError(code: string | undefined): string {
  if (code === "EISDIR") return "đây là một thư mục, không phải tệp";
  if (code === "EACCES" || code === "EPERM") return "không có quyền đọc";
  return code ?? "lỗi hệ thống tệp";
}

function checkSignature(path: string, bytes: Buffer): void {
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) {
    throw new HostError(
      "file_encrypted",
      `Tệp "${path}" được đặt mật khẩu (mã hóa) hoặc là tệp Excel cũ (.xls). ` +
        `Hãy mở tệp bằng Excel, gỡ mật khẩu hoặc lưu lại dưới dạng .xlsx rồi thử lại.`,
      { target: path, cause: new Error("OLE compound file signature D0 CF 11 E0, not a zip") },
    );
  }
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw notXlsx(path, new Error(`not a zip file (starts with ${bytes.subarray(0, 4).toString("hex") || "nothing"})`));
  }
}

async function loadWorkbook(path: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw notXlsx(path, cause);
  }
  if (workbook.worksheets.length === 0) throw notXlsx(path, new Error("no worksheet in the file"));
  return workbook;
}

function notXlsx(path: string, cause: unknown): HostError {
  return new HostError("file_unreadable", `Tệp "${path}" không phải tệp Excel .xlsx hợp lệ hoặc đã bị hỏng.`, {
    target: path,
    cause,
  });
}
