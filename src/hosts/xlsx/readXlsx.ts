import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../domain";
import { HostError } from "../errors";
import { openXlsxBytes } from "./openXlsxBytes";

/** An .xlsx file opened with exceljs, with the snapshot the engine reads. */
export interface XlsxDocument {
  /** The path as the caller gave it (used in messages). */
  path: string;
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
}

/**
 * Opens an .xlsx file and takes its snapshot. Never writes to the file.
 * @throws HostError `file_not_found` (missing), `file_encrypted` (password-protected or old .xls),
 *   `file_unreadable` (not an .xlsx, corrupt, a folder, no permission); the message is Vietnamese and names the file.
 */
export async function readXlsxFile(path: string): Promise<XlsxDocument> {
  const bytes = await readBytes(path);
  return { path, ...(await openXlsxBytes(bytes, path)) };
}

async function readBytes(path: string): Promise<Buffer> {
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
