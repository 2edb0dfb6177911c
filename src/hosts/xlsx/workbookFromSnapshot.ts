import ExcelJS from "exceljs";
import { isCellError, type WorkbookSnapshot } from "../../domain";

/**
 * An exceljs workbook holding what a snapshot read from an .xls or .ods file has: every sheet in tab order with its
 * values (formula results as values), merged areas, visibility, and the legacy Vietnamese fonts of cells (so TCVN3/VNI
 * text still shows as the user typed it). Used to write the plan copy of such a file as .xlsx; formulas, number
 * formats and other formatting of the original are not carried over.
 */
export function workbookFromSnapshot(snapshot: WorkbookSnapshot): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible" });
    sheet.values.forEach((line, r) => {
      line.forEach((value, c) => {
        if (value === null) return;
        const cell = ws.getCell(sheet.origin.row + r + 1, sheet.origin.col + c + 1);
        cell.value = isCellError(value) ? ({ error: value.error } as ExcelJS.CellErrorValue) : value;
        const font = sheet.fonts?.[r]?.[c];
        if (font) cell.font = { name: font };
      });
    });
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return workbook;
}
