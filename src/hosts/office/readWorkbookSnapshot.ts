import type { CellRange, CellValue, SheetSnapshot, WorkbookSnapshot } from "../../domain";

/** Excel's error values, as Range.values returns them (strings). */
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

interface QueuedSheet {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
}

/**
 * Reads every sheet's used range (values only, formula results) into a snapshot in exactly 2 round trips,
 * whatever the workbook's size: sync 1 loads the sheets' names, visibility and protection; sync 2 loads every
 * sheet's used range (values and position) and, when `merges` is set (ExcelApi 1.13), its merged areas.
 */
export async function readWorkbookSnapshot(context: Excel.RequestContext, options: { merges: boolean }): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets.load("items/name,items/visibility,items/protection/protected");
  await context.sync();
  const queued = worksheets.items.map((sheet) => queueSheetRead(sheet, options.merges));
  await context.sync();
  return { sheets: queued.map(toSheetSnapshot) };
}

function queueSheetRead(sheet: Excel.Worksheet, merges: boolean): QueuedSheet {
  // getUsedRange (not …OrNullObject) gives A1 for a blank sheet, so the merged-areas call never hangs off a null object.
  const used = sheet.getUsedRange(true).load("values,rowIndex,columnIndex");
  const merged = merges
    ? used.getMergedAreasOrNullObject().load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount")
    : null;
  return { sheet, used, merged };
}

function toSheetSnapshot({ sheet, used, merged }: QueuedSheet): SheetSnapshot {
  const values = used.values.map((line) => line.map(toCellValue));
  const blank = values.length === 1 && values[0].length === 1 && values[0][0] === null;
  return {
    name: sheet.name,
    origin: { row: used.rowIndex, col: used.columnIndex },
    values: blank ? [] : values,
    merges: merged && !merged.isNullObject ? merged.areas.items.map(toCellRange) : [],
    protected: sheet.protection.protected,
    hidden: sheet.visibility !== "Visible",
  };
}

/** Excel gives "" for an empty cell and the error text ("#REF!") for an error. */
function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value);
  return ERROR_TEXT.test(text) ? { error: text } : text;
}

function toCellRange(area: Excel.Range): CellRange {
  return {
    top: area.rowIndex,
    left: area.columnIndex,
    bottom: area.rowIndex + area.rowCount - 1,
    right: area.columnIndex + area.columnCount - 1,
  };
}
