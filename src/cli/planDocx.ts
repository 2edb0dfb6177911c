import { constants } from "node:fs";
import { copyFile, link, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Analysis, RemediationTable, WorkbookSnapshot } from "../domain";
import { writePlanDocx } from "../hosts/docx/writePlanDocx";
import { describePlanFor } from "../hosts/workbookActions";
import type { DocxRequest } from "./docxArgs";

/**
 * Writes the Kế hoạch as a Word file: the same table as the GIẢI PHÁP sheet, header fields from the request, else from
 * the workbook's title rows. Never overwrites a file and never leaves a half-written one: the bytes go to a temporary
 * file beside the target, which is then linked to the target's name (fails with EEXIST when the name is taken) — or,
 * on file systems without hard links, copied with COPYFILE_EXCL — and removed.
 */
export interface DocxInput {
  analysis: Analysis;
  snapshot: WorkbookSnapshot;
  table: RemediationTable;
  year: number;
  appraisedYear: number;
}

export async function writePlanDocxFile(request: DocxRequest, input: DocxInput): Promise<void> {
  const facts = { year: input.year, appraisedYear: input.appraisedYear };
  const doc = describePlanFor(input.analysis, input.snapshot, input.table, facts, request.options);
  const bytes = await writePlanDocx(doc);
  const target = path.resolve(request.path);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  await writeFile(temp, bytes, { flag: "wx" });
  try {
    await link(temp, target).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === "EEXIST") throw error;
      await copyFile(temp, target, constants.COPYFILE_EXCL);
    });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
