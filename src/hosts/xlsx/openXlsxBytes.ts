import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../domain";
import { HostError } from "../errors";
import { toWorkbookSnapshot } from "./toSnapshot";
import { describeLeadingBytes, detectXlsxSignature } from "./xlsxSignature";

/** An .xlsx workbook opened from its bytes, with the snapshot the engine reads. */
export interface OpenedXlsx {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
}

/**
 * Opens the bytes of an .xlsx file (no file system: the CLI reads the file, the web page the picked file) and takes
 * its snapshot. `name` is the file's name or path as the user knows it, used in messages.
 * @throws HostError `file_encrypted` (password-protected or old .xls), `file_unreadable` (not an .xlsx, corrupt,
 *   no worksheet); the message is Vietnamese and names the file.
 */
export async function openXlsxBytes(bytes: Uint8Array, name: string): Promise<OpenedXlsx> {
  checkSignature(name, bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings want its own Buffer type; it reads any byte array (JSZip underneath).
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw notXlsx(name, cause);
  }
  if (workbook.worksheets.length === 0) throw notXlsx(name, new Error("no worksheet in the file"));
  return { workbook, snapshot: toWorkbookSnapshot(workbook) };
}

function checkSignature(name: string, bytes: Uint8Array): void {
  const signature = detectXlsxSignature(bytes);
  if (signature === "ole") {
    throw new HostError(
      "file_encrypted",
      `Tệp "${name}" được đặt mật khẩu (mã hóa) hoặc là tệp Excel cũ (.xls). ` +
        `Hãy mở tệp bằng Excel, gỡ mật khẩu hoặc lưu lại dưới dạng .xlsx rồi thử lại.`,
      { target: name, cause: new Error("OLE compound file signature D0 CF 11 E0, not a zip") },
    );
  }
  if (signature !== "zip") throw notXlsx(name, new Error(`not a zip file (starts with ${describeLeadingBytes(bytes)})`));
}

function notXlsx(name: string, cause: unknown): HostError {
  return new HostError("file_unreadable", `Tệp "${name}" không phải tệp Excel .xlsx hợp lệ hoặc đã bị hỏng.`, {
    target: name,
    cause,
  });
}
