import { writeFile } from "node:fs/promises";
import type { Analysis, RemediationTable, WorkbookSnapshot } from "../domain";
import { writePlanDocx } from "../hosts/docx/writePlanDocx";
import { describePlanFor } from "../hosts/workbookActions";
import type { DocxRequest } from "./docxArgs";

/**
 * Writes the Kế hoạch as a Word file: the same table as the GIẢI PHÁP sheet, header fields from the request, else from
 * the workbook's title rows. Never overwrites a file (the "wx" flag fails with EEXIST); the bytes are made in full
 * before the file is opened, so a failure leaves no half-written document.
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
  await writeFile(request.path, bytes, { flag: "wx" });
}
