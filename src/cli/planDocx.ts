import type { Analysis, RemediationTable, WorkbookSnapshot } from "../domain";
import { writePlanDocx } from "../hosts/docx/writePlanDocx";
import { describePlanFor } from "../hosts/workbookActions";
import type { DocxRequest } from "./docxArgs";

/** What the Word document is made from: the analysis, its workbook, the planned table and the years. */
export interface DocxInput {
  analysis: Analysis;
  snapshot: WorkbookSnapshot;
  table: RemediationTable;
  year: number;
  appraisedYear: number;
}

/**
 * The Kế hoạch as .docx bytes: the same table as the GIẢI PHÁP sheet, header fields from the request, else from the
 * workbook's title rows, else "…". The caller writes them with writeNewFile (no overwrite, never half-written).
 */
export async function planDocxBytes(request: DocxRequest, input: DocxInput): Promise<Uint8Array> {
  const facts = { year: input.year, appraisedYear: input.appraisedYear };
  return writePlanDocx(describePlanFor(input.analysis, input.snapshot, input.table, facts, request.options));
}
