import type { RemediationSheetLayout } from "../../domain";
import { chunkRows, CHUNK_BYTES } from "./payloadBytes";
import { queueBaseFormat, queueRowHeights, queueTableFormat, rangeAddress } from "./remediationFormat";

export interface RemediationWriteOptions {
  /** Set A4 landscape and print title rows (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Values above this many bytes are written in row chunks, one sync each (default ~4 MB). */
  chunkBytes?: number;
}

/**
 * Adds `sheetName` (Excel refuses an existing name with ItemAlreadyExists: nothing is overwritten) and writes the
 * layout as whole 2-D arrays with range-wide formats, then activates the sheet. One round trip, unless the values
 * exceed ~4 MB: then they go in row chunks, each its own sync, so no request nears Excel on the web's 5 MB limit.
 * The sheet is added first in the first request, so a failed add writes nothing.
 */
export async function writeRemediationSheet(
  context: Excel.RequestContext,
  layout: RemediationSheetLayout,
  sheetName: string,
  options: RemediationWriteOptions,
): Promise<void> {
  const cols = Math.max(layout.columnWidths.length, ...layout.cells.map((line) => line.length));
  const grid = layout.cells.map((line) => Array.from({ length: cols }, (_, c) => line[c] ?? ""));
  const rows = grid.length;
  const sheet = context.workbook.worksheets.add(sheetName);
  queueBaseFormat(sheet, layout, rows, cols);
  const chunks = chunkRows(grid, options.chunkBytes ?? CHUNK_BYTES);
  for (const [index, chunk] of chunks.entries()) {
    const last = chunk.start + chunk.rows.length - 1;
    sheet.getRange(rangeAddress({ top: chunk.start, left: 0, bottom: last, right: cols - 1 })).values = chunk.rows;
    if (index === 0) queueTableFormat(sheet, layout, rows, cols, options.pageLayout);
    if (index === chunks.length - 1) {
      queueRowHeights(sheet, layout, rows, cols);
      sheet.activate();
    }
    await context.sync();
  }
}
