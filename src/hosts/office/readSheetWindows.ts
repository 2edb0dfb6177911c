import { columnLetters, type CellRange, type CellValue } from "../../domain";
import { isTooLarge, MAX_HALVINGS, WINDOW_COLS, WINDOW_ROWS } from "./readLimits";
import { toCellRange, toCellValue } from "./readCells";

/** One sheet after its first read: its used range, the values of the window read, and the window's merges. */
export interface SheetWindow {
  name: string;
  hidden: boolean;
  protected: boolean;
  /** The used range (values only); null for a blank sheet. */
  used: CellRange | null;
  /** The part of the used range whose values were read (all of it for an ordinary sheet). */
  read: CellRange | null;
  values: CellValue[][];
  /** Merges whose top-left cell lies in `read`; null when they were not read (too many, or no ExcelApi 1.13). */
  merges: CellRange[] | null;
}

interface Queued {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  window: Excel.Range;
  merged: Excel.RangeAreas | null;
}

/**
 * Sync 1 lists the sheets (name, visibility, protection); sync 2 reads every sheet's used range (position and size)
 * and the values of its window — the used range clipped to the first WINDOW_ROWS × WINDOW_COLS cells of the
 * sheet — with the window's merged areas. An ordinary workbook is read whole in these 2 syncs; a huge sheet costs
 * no more than its window. When Excel refuses the response the windows are halved, and when the merged-areas call
 * fails (over 512 areas in a window) sync 2 is repeated without merges: the caller reads them in bands.
 */
export async function readSheetWindows(context: Excel.RequestContext, merges: boolean): Promise<SheetWindow[]> {
  const worksheets = context.workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
  await context.sync();
  let rows = WINDOW_ROWS;
  let withMerges = merges;
  for (let attempt = 0; ; attempt++) {
    const queued = worksheets.items.map((sheet) => queueWindow(sheet, rows, withMerges));
    try {
      await context.sync();
      return queued.map((q) => toWindow(q, withMerges));
    } catch (error) {
      if (isTooLarge(error) && rows > 1 && attempt < MAX_HALVINGS) rows = Math.ceil(rows / 2);
      else if (withMerges) withMerges = false;
      else throw error;
    }
  }
}

function queueWindow(sheet: Excel.Worksheet, rows: number, merges: boolean): Queued {
  // getUsedRange (not …OrNullObject) gives A1 for a blank sheet; its size tells whether the window holds it all.
  const used = sheet.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount");
  const bounds = sheet.getRange(`A1:${columnLetters(WINDOW_COLS - 1)}${rows}`);
  const window = bounds.getIntersectionOrNullObject(used).load("values,rowIndex,columnIndex,rowCount,columnCount");
  const merged = merges
    ? window.getMergedAreasOrNullObject().load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount")
    : null;
  return { sheet, used, window, merged };
}

function toWindow({ sheet, used, window, merged }: Queued, merges: boolean): SheetWindow {
  const usedRect = toCellRange(used);
  const values = window.isNullObject ? [] : window.values.map((line) => line.map(toCellValue));
  const blank = values.length <= 1 && (values[0] ?? []).every((v) => v === null) && usedRect.top === usedRect.bottom && usedRect.left === usedRect.right;
  const read = window.isNullObject ? null : toCellRange(window);
  return {
    name: sheet.name,
    hidden: sheet.visibility !== "Visible",
    protected: sheet.protection.protected,
    used: blank ? null : usedRect,
    read: blank ? null : read,
    values: blank ? [] : values,
    merges: !merges ? null : merged && !merged.isNullObject ? merged.areas.items.map(toCellRange) : [],
  };
}
