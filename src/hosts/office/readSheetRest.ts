import type { CellRange, CellValue } from "../../domain";
import { rangeAddress } from "./remediationFormat";
import { toCellRange, toCellValue } from "./readCells";
import { CHUNK_CELLS, isTooLarge, MAX_HALVINGS, MERGE_BAND_ROWS } from "./readLimits";

/**
 * The values of a sheet's whole used range, in row chunks of about CHUNK_CELLS cells, one sync each; a chunk Excel
 * refuses as too large is asked for again in halves.
 */
export async function readValuesInChunks(context: Excel.RequestContext, sheetName: string, used: CellRange): Promise<CellValue[][]> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const cols = used.right - used.left + 1;
  const values: CellValue[][] = [];
  let rows = Math.min(used.bottom - used.top + 1, Math.max(1, Math.floor(CHUNK_CELLS / cols)));
  let halvings = 0;
  for (let top = used.top; top <= used.bottom; ) {
    const bottom = Math.min(used.bottom, top + rows - 1);
    const range = sheet.getRange(rangeAddress({ ...used, top, bottom })).load("values");
    try {
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error) || rows === 1 || halvings++ >= MAX_HALVINGS) throw error;
      rows = Math.ceil(rows / 2);
      continue;
    }
    range.values.forEach((line) => values.push(line.map(toCellValue)));
    top = bottom + 1;
  }
  return values;
}

/**
 * The merged areas of `area`, asked for in bands of rows (all bands of a pass in one sync): a pass that fails —
 * a band holding more than 512 merged areas — is repeated with bands half as tall. Returns null when even
 * one-row bands fail: the snapshot then has no merges for that sheet rather than no snapshot at all.
 */
export async function readMergesInBands(context: Excel.RequestContext, sheetName: string, area: CellRange): Promise<CellRange[] | null> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (let band = MERGE_BAND_ROWS; band >= 1; band = band === 1 ? 0 : Math.ceil(band / 2)) {
    const queued: Excel.RangeAreas[] = [];
    for (let top = area.top; top <= area.bottom; top += band) {
      const range = sheet.getRange(rangeAddress({ ...area, top, bottom: Math.min(area.bottom, top + band - 1) }));
      queued.push(range.getMergedAreasOrNullObject().load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount"));
    }
    try {
      await context.sync();
    } catch {
      continue;
    }
    return queued.flatMap((merged) => (merged.isNullObject ? [] : merged.areas.items.map(toCellRange)));
  }
  return null;
}
