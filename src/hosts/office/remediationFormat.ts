import { columnLetters, type CellRange, type RemediationSheetLayout } from "../../domain";

/**
 * The official formatting of the GIẢI PHÁP sheet, queued as range-wide operations (never cell by cell):
 * Times New Roman (the layout's font), text number format, wrap, bold centred header, title and subtitle merged,
 * thin borders on every table cell, column widths, A4 landscape with the header repeated on each printed page.
 */

/** Border indices that together draw every edge of every cell in a range. */
const ALL_BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/**
 * Excel column width in characters -> points for RangeFormat.columnWidth. A width of w characters of the default
 * font (Calibri 11: 7 px per digit, plus 5 px of cell padding) is w × 7 + 5 pixels; at 96 dpi one pixel is 0.75 pt.
 * So 60 characters -> 425 px -> 318.75 pt (about 5.3 pt per character).
 */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 4) / 4;
}

/** "A1:E12" for 0-based rows/cols, inclusive. */
export function rangeAddress(rect: CellRange): string {
  return `${columnLetters(rect.left)}${rect.top + 1}:${columnLetters(rect.right)}${rect.bottom + 1}`;
}

/**
 * Formats that must precede the values: the text number format on text cells (so "=…", "- …", "+…", "@…" stay
 * text), General on the numbers (the TT column: numbers, without Excel's "number stored as text" mark), font, wrap.
 */
export function queueBaseFormat(sheet: Excel.Worksheet, layout: RemediationSheetLayout, rows: number, cols: number): void {
  const all = sheet.getRange(rangeAddress({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 }));
  all.numberFormat = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => (typeof (layout.cells[r]?.[c] as unknown) === "number" ? "General" : "@")),
  );
  all.format.font.name = layout.fontName;
  all.format.font.size = layout.fontSize;
  all.format.wrapText = true;
  all.format.verticalAlignment = "Top";
  for (let col = 0; col < cols; col++) {
    const width = layout.columnWidths[col] ?? 12;
    sheet.getRange(`${columnLetters(col)}:${columnLetters(col)}`).format.columnWidth = columnWidthPoints(width);
  }
}

/** Merges, title/subtitle/header styles, centred short columns, borders and page setup. */
export function queueTableFormat(sheet: Excel.Worksheet, layout: RemediationSheetLayout, rows: number, cols: number, pageLayout: boolean): void {
  for (const merge of layout.merges) {
    const range = sheet.getRange(rangeAddress(merge));
    range.merge(false);
    range.format.horizontalAlignment = "Center";
  }
  const row = (r: number) => sheet.getRange(rangeAddress({ top: r, left: 0, bottom: r, right: cols - 1 }));
  const title = row(layout.titleRow);
  title.format.font.bold = true;
  title.format.font.size = layout.titleFontSize;
  title.format.horizontalAlignment = "Center";
  const subtitle = row(layout.subtitleRow);
  subtitle.format.font.italic = true;
  subtitle.format.horizontalAlignment = "Center";
  const header = row(layout.headerRow);
  header.format.font.bold = true;
  header.format.horizontalAlignment = "Center";
  header.format.verticalAlignment = "Center";
  if (rows - 1 > layout.headerRow) {
    // TT and the deadline column read best centred, as in the official plans.
    for (const col of [0, 3].filter((c) => c < cols)) {
      sheet.getRange(rangeAddress({ top: layout.headerRow + 1, left: col, bottom: rows - 1, right: col })).format.horizontalAlignment = "Center";
    }
  }
  const table = sheet.getRange(rangeAddress({ top: layout.headerRow, left: 0, bottom: rows - 1, right: cols - 1 }));
  for (const index of ALL_BORDERS) {
    const border = table.format.borders.getItem(index);
    border.style = "Continuous";
    border.weight = "Thin";
  }
  if (pageLayout) {
    sheet.pageLayout.orientation = "Landscape";
    sheet.pageLayout.paperSize = "A4";
    sheet.pageLayout.setPrintTitleRows(`$${layout.headerRow + 1}:$${layout.headerRow + 1}`);
  }
}

/** Row heights once the values are in: Excel autofits the table exactly; merged title rows never autofit, so they
 * take the layout's estimates. */
export function queueRowHeights(sheet: Excel.Worksheet, layout: RemediationSheetLayout, rows: number, cols: number): void {
  sheet.getRange(rangeAddress({ top: layout.headerRow, left: 0, bottom: rows - 1, right: cols - 1 })).format.autofitRows();
  for (const row of [layout.titleRow, layout.subtitleRow]) {
    sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = layout.rowHeights[row];
  }
}
