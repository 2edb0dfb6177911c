import { promises as fs } from "node:fs";
import { HostError } from "../errors";
import { openXlsx, type OpenedXlsx, type OpenOptions } from "./package/openXlsx";

/** An .xlsx/.xlsm file opened from disk: the path as given (for messages) and what openXlsx read. */
export interface XlsxFile extends OpenedXlsx {
  path: string;
}

/**
 * Reads an .xlsx/.xlsm file and opens it with openXlsx (the same reader the web page bundles). Never writes.
 * @throws HostError `file_not_found`, `file_is_folder`, `file_no_permission`, `file_encrypted`, `file_unreadable`;
 *   the message is Vietnamese and names the file.
 */
export async function openXlsxFile(path: string, options?: OpenOptions): Promise<XlsxFile> {
  const bytes = await readFileBytes(path);
  try {
    return { path, ...openXlsx(bytes, options) };
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    throw new HostError(error.code, `"${path}": ${error.message}`, { target: path, cause: error.cause ?? error });
  }
}

/** The bytes of a file, or a HostError saying in words why not. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    const buffer = await fs.readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new HostError("file_not_found", `Không tìm thấy tệp "${path}".`, { target: path, cause });
    }
    if (code === "EISDIR") {
      throw new HostError("file_is_folder", `"${path}" là một thư mục, không phải tệp.`, { target: path, cause });
    }
    if (code === "EACCES" || code === "EPERM") {
      throw new HostError("file_no_permission", `Không có quyền đọc tệp "${path}".`, { target: path, cause });
    }
    throw new HostError("file_unreadable", `Không đọc được tệp "${path}" (${code ?? "lỗi hệ thống tệp"}).`, { target: path, cause });
  }
}
