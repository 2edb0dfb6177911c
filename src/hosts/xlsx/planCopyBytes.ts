import type ExcelJS from "exceljs";
import type { HighlightPlan, RemediationSheetLayout } from "../../domain";
import { applyHighlightRules, removeHighlights, type AddedHighlight } from "./applyHighlight";
import { addRemediationSheet } from "./writeRemediationSheet";

/** What goes into the copy: the GIẢI PHÁP sheet, and optionally the highlight of the scoring sheet. */
export interface PlanCopyParts {
  layout: RemediationSheetLayout;
  highlight?: HighlightPlan;
  /** Name for the new sheet; default "GIẢI PHÁP" (then "GIẢI PHÁP (2)", … when taken). */
  baseName?: string;
}

/**
 * The bytes of a copy of `workbook` with the GIẢI PHÁP sheet added (and the highlight applied), and the new sheet's
 * name: the one writer behind `cchc plan` (which saves them to a file) and the web page (which downloads them).
 * `workbook` is borrowed: the sheet and conditional formats are added for the write and removed afterwards, so the
 * caller's workbook holds the same sheets and formats before and after (and the call can be repeated).
 * Serialisation failures are rethrown as they come; the caller words them for its output.
 */
export async function writePlanCopyBytes(
  workbook: ExcelJS.Workbook,
  parts: PlanCopyParts,
): Promise<{ sheetName: string; bytes: Uint8Array }> {
  let added: AddedHighlight[] = [];
  const sheetCount = workbook.worksheets.length;
  try {
    const sheetName = addRemediationSheet(workbook, parts.layout, parts.baseName);
    if (parts.highlight) added = applyHighlightRules(workbook, parts.highlight);
    const buffer = await workbook.xlsx.writeBuffer();
    return { sheetName, bytes: new Uint8Array(buffer as ArrayBuffer) };
  } finally {
    removeHighlights(added);
    workbook.worksheets.slice(sheetCount).forEach((sheet) => workbook.removeWorksheet(sheet.id));
  }
}
