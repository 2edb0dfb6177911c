import type { CellRange, CellValue } from "../../domain";

/** Excel's error values, as Range.values returns them (strings). */
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/** Excel gives "" for an empty cell and the error text ("#REF!") for an error. */
export function toCellValue(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value);
  return ERROR_TEXT.test(text) ? { error: text } : text;
}

/** A loaded range (rowIndex, columnIndex, rowCount, columnCount) as a 0-based inclusive rectangle. */
export function toCellRange(area: Pick<Excel.Range, "rowIndex" | "columnIndex" | "rowCount" | "columnCount">): CellRange {
  return {
    top: area.rowIndex,
    left: area.columnIndex,
    bottom: area.rowIndex + area.rowCount - 1,
    right: area.columnIndex + area.columnCount - 1,
  };
}
