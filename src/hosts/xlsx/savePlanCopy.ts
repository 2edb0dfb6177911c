import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as nodePath from "path";
import { HostError } from "../errors";
import { writePlanCopyBytes, type PlanCopyParts } from "./planCopyBytes";
import type { XlsxDocument } from "./readXlsx";

export type { PlanCopyParts } from "./planCopyBytes";

/**
 * Writes a copy of the document with the GIẢI PHÁP sheet added (and the highlight applied) to `outPath`, and returns
 * the new sheet's name and the path written. The input file is never written.
 * The copy is written to a temporary file in the target folder and then renamed over `outPath`, so `outPath` is
 * either the complete new file or left as it was; on failure the temporary file is removed.
 * `doc.workbook` is borrowed and left as it was (writePlanCopyBytes), so the call can be repeated.
 * @throws HostError `output_is_input` when `outPath` is the input file (also through a link or another spelling);
 *   `file_unwritable` when the copy cannot be written.
 */
export async function savePlanCopy(
  doc: XlsxDocument,
  outPath: string,
  parts: PlanCopyParts,
): Promise<{ sheetName: string; outPath: string }> {
  await refuseInput(doc.path, outPath);
  const { sheetName, bytes } = await serialize(doc, parts, outPath);
  await replaceFile(outPath, bytes);
  return { sheetName, outPath };
}

async function refuseInput(inputPath: string, outPath: string): Promise<void> {
  const [input, output] = await Promise.all([resolveReal(inputPath), resolveReal(outPath)]);
  if (input === output) {
    throw new HostError(
      "output_is_input",
      `Tệp kết quả "${outPath}" trùng với tệp đầu vào; hãy chọn tên khác (tệp gốc không bao giờ bị ghi đè).`,
      { target: outPath },
    );
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

async function serialize(doc: XlsxDocument, parts: PlanCopyParts, outPath: string): Promise<{ sheetName: string; bytes: Uint8Array }> {
  try {
    return await writePlanCopyBytes(doc.workbook, parts);
  } catch (cause) {
    throw new HostError("file_unwritable", `Không tạo được nội dung tệp "${outPath}" (${String(cause)}).`, {
      target: outPath,
      cause,
    });
  }
}

async function replaceFile(outPath: string, bytes: Uint8Array): Promise<void> {
  const absolute = nodePath.resolve(outPath);
  const temp = nodePath.join(
    nodePath.dirname(absolute),
    `.${nodePath.basename(absolute)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    await fs.writeFile(temp, bytes, { flag: "wx" });
    await fs.rename(temp, absolute);
  } catch (cause) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new HostError("file_unwritable", `Không ghi được tệp "${outPath}" (${describeWriteError(cause)}).`, {
      target: outPath,
      cause,
    });
  }
}

function describeWriteError(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "thư mục không tồn tại";
  if (code === "EACCES" || code === "EPERM") return "không có quyền ghi, hoặc tệp đang mở trong Excel";
  if (code === "EISDIR") return "đây là một thư mục";
  if (code === "ENOSPC") return "ổ đĩa đã đầy";
  return code ?? "lỗi hệ thống tệp";
}
