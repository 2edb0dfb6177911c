import type ExcelJS from "exceljs";

/**
 * Formatting shared by the sample workbooks: what an official Vietnamese scoring table looks like (Times New Roman,
 * merged title rows, bold centred headers, borders on every cell of the table, A4 landscape).
 */

export const FONT = "Times New Roman";
const THIN: Partial<ExcelJS.Border> = { style: "thin" };
export const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Writes `text` into row `row` (1-based) merged across columns 1…`width`, centred. */
export function writeTitle(
  ws: ExcelJS.Worksheet,
  row: number,
  text: string,
  width: number,
  font: Partial<ExcelJS.Font> = {},
): void {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: 13, bold: true, ...font };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

/** Header cell: bold, centred, wrapped, bordered. */
export function styleHeader(cell: ExcelJS.Cell): void {
  cell.font = { name: FONT, size: 12, bold: true };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  cell.border = BORDER;
}

/** Body cell: bordered, wrapped; numbers centred. */
export function styleBody(cell: ExcelJS.Cell, font: Partial<ExcelJS.Font> = {}, centred = false): void {
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { vertical: "middle", wrapText: true, horizontal: centred ? "center" : "left" };
  cell.border = BORDER;
}

/** Writes a one-row header of `labels` at `row`, starting at column 1. */
export function writeHeaderRow(ws: ExcelJS.Worksheet, row: number, labels: readonly string[]): void {
  labels.forEach((label, index) => {
    const cell = ws.getCell(row, index + 1);
    cell.value = label;
    styleHeader(cell);
  });
}

/** A4 landscape, fit to one page wide, header rows repeated on every printed page. */
export function setPrintLayout(ws: ExcelJS.Worksheet, headerRows: string): void {
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: headerRows,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

/** Rounds to 2 decimals without float noise, for cached formula results. */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** A note paragraph below a table: merged across, italic, no border. */
export function writeNote(ws: ExcelJS.Worksheet, row: number, text: string, width: number): void {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = { name: FONT, size: 11, italic: true };
  cell.alignment = { vertical: "top", wrapText: true };
  ws.getRow(row).height = 32;
}
