import ExcelJS from "exceljs";
import type { ReviewColumn, ReviewSheet, ReviewWorkbookLayout } from "../../domain";
import { HostError } from "../errors";
import { replaceFile } from "./savePlanCopy";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF000000" } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
/** Inches, as the GIẢI PHÁP sheet (Nghị định 30/2020). */
const MARGINS = { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 };
const NUMBER_FORMAT: Record<ReviewColumn["format"], string> = { text: "@", score: "0.00", count: "0" };

/**
 * Writes the reviewer's summary workbook, a new file, formatted like the GIẢI PHÁP sheet: the layout's font, bold
 * centred title, italic subtitle, bold centred header on a light fill, thin borders, wrapped text, A4 landscape one
 * page wide with the header repeated, the header frozen and an autofilter on it. Written through a temporary file.
 * @throws HostError `file_unwritable`
 */
export async function writeReviewWorkbook(outPath: string, layout: ReviewWorkbookLayout): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of layout.sheets) addSheet(workbook, sheet, layout);
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  } catch (cause) {
    throw new HostError("file_unwritable", `Không tạo được nội dung tệp "${outPath}" (${String(cause)}).`, { target: outPath, cause });
  }
  await replaceFile(outPath, bytes);
}

function addSheet(workbook: ExcelJS.Workbook, sheet: ReviewSheet, layout: ReviewWorkbookLayout): void {
  const header = sheet.headerRow + 1;
  const width = sheet.columns.length;
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", ySplit: header, xSplit: 0 }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: MARGINS,
      printTitlesRow: `${header}:${header}`,
    },
  });
  const font: Partial<ExcelJS.Font> = { name: layout.fontName, size: layout.fontSize };
  sheet.columns.forEach((column, col) => (ws.getColumn(col + 1).width = column.width));
  writeBanner(ws, 1, sheet.title, { ...font, bold: true, size: layout.fontSize + 2 }, width);
  if (sheet.subtitle) writeBanner(ws, 2, sheet.subtitle, { ...font, italic: true }, width);
  sheet.rowHeights.forEach((height, at) => (ws.getRow(header + at).height = height));
  sheet.columns.forEach((column, col) => {
    const cell = ws.getCell(header, col + 1);
    cell.value = column.header;
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDERS;
  });
  sheet.rows.forEach((values, at) => {
    const row = ws.getRow(header + 1 + at);
    sheet.columns.forEach((column, col) => {
      const cell = row.getCell(col + 1);
      const value = values[col] ?? null;
      if (value !== null && value !== "") cell.value = value;
      cell.font = font;
      cell.border = BORDERS;
      cell.numFmt = typeof value === "number" ? NUMBER_FORMAT[column.format === "text" ? "score" : column.format] : "@";
      cell.alignment = { vertical: "top", wrapText: true, horizontal: typeof value === "number" ? "right" : "left" };
    });
  });
  ws.autoFilter = { from: { row: header, column: 1 }, to: { row: header + sheet.rows.length, column: width } };
}

function writeBanner(ws: ExcelJS.Worksheet, row: number, text: string, font: Partial<ExcelJS.Font>, width: number): void {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = font;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.getRow(row).height = font.size !== undefined ? font.size * 1.8 : 20;
}
