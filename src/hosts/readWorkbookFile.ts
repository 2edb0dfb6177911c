import { readWorkbookBytes, type WorkbookFile } from "./readWorkbookBytes";
import type { OpenOptions } from "./xlsx/package/openXlsx";
import { inflateWithZlib, readFileBytes } from "./xlsx/xlsxFile";

export type { WorkbookFile } from "./readWorkbookBytes";

/**
 * Reads an .xlsx/.xlsm, .xls (Excel 97–2003) or .ods file from disk, chosen by content. Never writes to the file.
 * @throws HostError `file_not_found`, `file_is_folder`, `file_no_permission`, and those of `readWorkbookBytes`.
 */
export async function readWorkbookFile(path: string, options?: OpenOptions): Promise<WorkbookFile> {
  // Node's zlib inflates the parts (fflate's portable inflater, the web page's, is several times slower).
  return readWorkbookBytes(await readFileBytes(path), path, { inflateRaw: inflateWithZlib, ...options });
}
