import { promises as fs } from "node:fs";
import { crc32, deflateRawSync, inflateRawSync } from "node:zlib";
import nodePath from "node:path";
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
    return { path, ...openXlsx(bytes, { inflateRaw: inflateWithZlib, ...options }) };
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    throw new HostError(error.code, `"${path}": ${error.message}`, { target: path, cause: error.cause ?? error });
  }
}

/** Node's zlib for addPlanToXlsx: inflating the parts it edits, deflating the parts it writes, their CRC. */
export const zlibCodec = {
  inflateRaw: inflateWithZlib,
  deflateRaw: (data: Uint8Array): Uint8Array => {
    const out = deflateRawSync(data, { level: 6 });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  },
  crc32: (data: Uint8Array): number => crc32(data),
};

/** Node's zlib: several times faster than the portable inflater the browser uses. */
export function inflateWithZlib(raw: Uint8Array, size: number): Uint8Array {
  const out = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
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

/**
 * Writes `bytes` to `outPath` through a temporary file in the same folder renamed into place, so `outPath` is either
 * the complete new file or untouched; the temporary file is removed on failure. Never replaces the input file, and
 * replaces another existing file only with `force`.
 * @throws HostError `output_is_input`, `output_exists`, `file_unwritable` (the message names the file and why).
 */
export async function writeNewFile(outPath: string, bytes: Uint8Array, options: { inputPath: string; force?: boolean }): Promise<void> {
  const [input, output] = await Promise.all([resolveReal(options.inputPath), resolveReal(outPath)]);
  if (input === output) {
    throw new HostError("output_is_input", `Tệp kết quả "${outPath}" trùng với tệp đầu vào; hãy chọn tên khác.`, { target: outPath });
  }
  if (await isFolder(outPath)) {
    const cause = Object.assign(new Error(`EISDIR: ${outPath} is a folder`), { code: "EISDIR" });
    throw new HostError("file_unwritable", `Không ghi được tệp "${outPath}" (EISDIR).`, { target: outPath, cause });
  }
  if (!options.force && (await exists(outPath))) {
    throw new HostError("output_exists", `Tệp "${outPath}" đã có; thêm --force để ghi đè.`, { target: outPath });
  }
  const absolute = nodePath.resolve(outPath);
  const temp = nodePath.join(nodePath.dirname(absolute), `.${nodePath.basename(absolute)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.mkdir(nodePath.dirname(absolute), { recursive: true });
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, absolute);
  } catch (cause) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (cause as NodeJS.ErrnoException).code ?? String(cause);
    throw new HostError("file_unwritable", `Không ghi được tệp "${outPath}" (${code}).`, { target: outPath, cause });
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** The real path of a file, or of its folder joined with its name when the file does not exist yet. */
async function resolveReal(path: string): Promise<string> {
  const absolute = nodePath.resolve(path);
  try {
    return await fs.realpath(absolute);
  } catch {
    try {
      return nodePath.join(await fs.realpath(nodePath.dirname(absolute)), nodePath.basename(absolute));
    } catch {
      return absolute;
    }
  }
}
