import { promises as fs } from "node:fs";
import path from "node:path";
import { parseFrameworkJson, readFrameworkSheet, type Framework, type Lang } from "../domain";
import { isHostError } from "../hosts/errors";
import { openXlsxFile } from "../hosts/xlsx/xlsxFile";
import { cliStrings } from "./strings";

export type LoadedFramework = { ok: true; framework: Framework } | { ok: false; message: string };

/**
 * Reads `--framework FILE`: a small JSON (see parseFrameworkJson) or an .xlsx whose scoring sheet without scores is
 * the framework. Problems come back as a sentence naming the file and where it is wrong.
 */
export async function loadFramework(file: string, lang: Lang): Promise<LoadedFramework> {
  const s = cliStrings(lang);
  const name = path.basename(file);
  if (/\.json$/i.test(file)) {
    let value: unknown;
    try {
      value = JSON.parse(await fs.readFile(file, "utf8"));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      return { ok: false, message: s.frameworkUnusable(file, missing ? s.hostError.file_not_found(file) : s.frameworkNotJson) };
    }
    const result = parseFrameworkJson(value, name);
    return result.ok ? result : { ok: false, message: s.frameworkUnusable(file, s.frameworkBadField(result.where)) };
  }
  try {
    const { snapshot } = await openXlsxFile(file);
    const result = readFrameworkSheet(snapshot, name);
    return result.ok ? result : { ok: false, message: s.frameworkUnusable(file, s.frameworkNoTable(result.where)) };
  } catch (error) {
    if (!isHostError(error)) throw error;
    const describe = s.hostError[error.code];
    return { ok: false, message: s.frameworkUnusable(file, describe ? describe(file) : error.message) };
  }
}
