import type ExcelJS from "exceljs";
import { uniqueSheetName, type RemediationSheetLayout } from "../../domain";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
/** "@": Excel keeps what the user types later in these cells as text too. */
const TEXT_FORMAT = "@";
/** Inches. Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm. */
const MARGINS = { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 };

/**
 * Adds the GIẢI PHÁP table as a NEW sheet, named `baseName` or, when taken, "GIẢI PHÁP (2)", … (uniqueSheetName),
 * and returns that name. Every cell is written as text, never as a formula ("=1+1" and "- Tiêu chí …" stay strings),
 * with the official format: the layout's font, bold centred title (2 points larger), italic centred subtitle, bold
 * centred header on a light fill, thin borders on the header and body, wrapped top-aligned body, the layout's column
 * widths and merges, A4 landscape fitted to one page wide with the header row repeated on every page (not when the
 * name holds an apostrophe, see pageSetupFor). Existing sheets are not touched.
 */
export function addRemediationSheet(
  workbook: ExcelJS.Workbook,
  layout: RemediationSheetLayout,
  baseName = "GIẢI PHÁP",
): string {
  const name = uniqueSheetName(baseName, workbook.worksheets.map((sheet) => sheet.name));
  const sheet = workbook.addWorksheet(name, { pageSetup: pageSetupFor(layout, name) });
  const width = columnCount(layout);
  writeTexts(sheet, layout, width);
  layout.merges.forEach((m) => sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1));
  layout.columnWidths.forEach((w, col) => (sheet.getColumn(col + 1).width = w));
  // Neither Excel nor LibreOffice fits wrapped or merged rows of a file written outside Excel: set the estimates.
  layout.rowHeights.forEach((height, row) => (sheet.getRow(row + 1).height = height));
  return name;
}

function pageSetupFor(layout: RemediationSheetLayout, sheetName: string): Partial<ExcelJS.PageSetup> {
  const headerRow = layout.headerRow + 1;
  // exceljs writes the print titles as '<name>'!$3:$3 without doubling an apostrophe inside the name, which Excel
  // would reject as a damaged file; such a sheet prints without the repeated header instead.
  const printTitlesRow = sheetName.includes("'") ? undefined : `${headerRow}:${headerRow}`;
  return {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: MARGINS,
    printTitlesRow,
  };
}

function columnCount(layout: RemediationSheetLayout): number {
  return layout.cells.reduce((max, row) => Math.max(max, row.length), layout.columnWidths.length);
}

function writeTexts(sheet: ExcelJS.Worksheet, layout: RemediationSheetLayout, width: number): void {
  layout.cells.forEach((texts, row) => {
    const inTable = row >= layout.headerRow;
    for (let col = 0; col < width; col++) {
      const value: string | number = texts[col] ?? "";
      if (value === "" && !inTable) continue;
      const cell = sheet.getCell(row + 1, col + 1);
      // A plain string value is always stored as a string (a shared string), whatever its first character;
      // a number (the TT column) as a number.
      if (value !== "") cell.value = value;
      styleCell(cell, layout, row);
      if (typeof value === "number") {
        // The TT: a number (no "number stored as text" mark), centred as in the official plans and the add-in.
        cell.numFmt = "General";
        cell.alignment = { ...cell.alignment, horizontal: "center" };
      }
    }
  });
}

function styleCell(cell: ExcelJS.Cell, layout: RemediationSheetLayout, row: number): void {
  const font: Partial<ExcelJS.Font> = { name: layout.fontName, size: layout.fontSize };
  cell.numFmt = TEXT_FORMAT;
  if (row === layout.titleRow) {
    cell.font = { ...font, bold: true, size: layout.titleFontSize };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  } else if (row === layout.subtitleRow) {
    cell.font = { ...font, italic: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  } else if (row === layout.headerRow) {
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDERS;
  } else if (row > layout.headerRow) {
    cell.font = font;
    cell.alignment = { vertical: "top", wrapText: true };
    cell.border = BORDERS;
  } else {
    cell.font = font;
  }
}
