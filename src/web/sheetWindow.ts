import {
  columnLetters,
  endCol,
  endRow,
  formatNumber,
  isCellError,
  toA1,
  valueAt,
  type CellRef,
  type CellValue,
  type SheetSnapshot,
} from "../domain";

/** One cell of the read-only sheet view. */
export interface WindowCell {
  /** "E12" */
  a1: string;
  text: string;
  marked: boolean;
}

/** The part of a sheet around one cell that the page shows, with that cell marked. */
export interface SheetWindow {
  sheet: string;
  /** "E12" of the marked cell. */
  marked: string;
  columns: string[];
  rows: { number: number; cells: WindowCell[] }[];
}

/**
 * The rows and columns around `ref` (about `rows` × `cols`, fewer at the sheet's edges; always from the sheet's first
 * used column when the cell is near it), so a 10,000-row sheet is never drawn whole.
 */
export function buildSheetWindow(sheet: SheetSnapshot, ref: CellRef, rows = 21, cols = 8): SheetWindow {
  const [top, bottom] = span(ref.row, rows, sheet.origin.row, Math.max(endRow(sheet), ref.row + 1));
  const [left, right] = span(ref.col, cols, sheet.origin.col, Math.max(endCol(sheet), ref.col + 1));
  const columnIndexes = range(left, right);
  return {
    sheet: sheet.name,
    marked: toA1(ref.row, ref.col),
    columns: columnIndexes.map(columnLetters),
    rows: range(top, bottom).map((row) => ({
      number: row + 1,
      cells: columnIndexes.map((col) => ({
        a1: toA1(row, col),
        text: cellText(valueAt(sheet, row, col)),
        marked: row === ref.row && col === ref.col,
      })),
    })),
  };
}

/** A window of `size` around `at`, kept inside [start, end) where the data allows. Returns [first, last + 1). */
function span(at: number, size: number, start: number, end: number): [number, number] {
  let first = Math.max(start, at - Math.floor(size / 2));
  const last = Math.min(end, first + size);
  first = Math.max(start, Math.min(first, last - size));
  return [first, last];
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isCellError(value)) return value.error;
  return value;
}
