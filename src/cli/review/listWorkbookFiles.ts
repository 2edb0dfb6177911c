import { promises as fs } from "node:fs";
import path from "node:path";

/** File names the review reads from a folder: .xlsx, .xlsm, .xls and .ods (the reader tells them apart by content). */
const WORKBOOK = /\.(xls[xm]?|ods)$/i;

/**
 * The workbooks to review, in the order given: a file is taken as named (even when it does not exist: it then gets its
 * row as unusable); a folder is walked recursively, in name order, for .xlsx, .xlsm, .xls and .ods files, skipping hidden files and folders
 * (".…") and Excel's lock files ("~$…"), and skipping `exclude` (the summary being written, from an earlier run).
 * A file reached twice is listed once.
 */
export async function listWorkbookFiles(inputs: readonly string[], exclude: readonly string[] = []): Promise<string[]> {
  const seen = new Set(exclude.map((file) => path.resolve(file)));
  const files: string[] = [];
  const add = (file: string): void => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) (await walk(input)).forEach(add);
    else add(input);
  }
  return files;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name, "vi", { numeric: true }));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(full)));
    else if (entry.isFile() && WORKBOOK.test(entry.name)) files.push(full);
  }
  return files;
}
