/**
 * The plain value every host hands the domain: the cells of a workbook's sheets, with formula results already
 * resolved and each library's value unions (rich text, dates, shared formulas) flattened by the host.
 */

/** A formula error as Excel shows it, e.g. `{ error: "#REF!" }`. */
export interface CellError {
  error: string;
}

/** One cell's value. Empty cells are `null`. Dates arrive as their text form, never as `Date`. */
export type CellValue = number | string | boolean | null | CellError;

/** A rectangle of cells in sheet coordinates: 0-based, inclusive (row 0 is Excel row 1, col 0 is column A). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One worksheet as a 2-D block of values placed at `origin` (the used range; it need not start at A1). */
export interface SheetSnapshot {
  name: string;
  /** Sheet coordinates of `values[0][0]`, 0-based. */
  origin: { row: number; col: number };
  /** Row-major values; rows may be shorter than the widest row (missing cells are empty). */
  values: CellValue[][];
  /** Merged areas, in sheet coordinates. Only the top-left cell of a merge holds its value. */
  merges: CellRange[];
  /** True when the sheet is protected (the add-in then writes nothing to it). */
  protected?: boolean;
  /** True when the sheet is hidden or very hidden. */
  hidden?: boolean;
  /**
   * Font name of each cell, aligned with `values` (same origin and shape; missing entries: the default font). Hosts
   * that can read fonts fill it; the engine only uses it to recognise text typed in legacy Vietnamese fonts
   * (.VnTime, VNI-Times) — see legacy/readLegacyText.ts.
   */
  fonts?: (string | null | undefined)[][];
}

/** The sheets of one workbook, in tab order. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** The value at sheet coordinates (row, col), or null outside the snapshot. */
export function valueAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const line = sheet.values[row - sheet.origin.row];
  if (!line) return null;
  const value = line[col - sheet.origin.col];
  return value === undefined ? null : value;
}

/** Index one past the last row of the snapshot, in sheet coordinates. */
export function endRow(sheet: SheetSnapshot): number {
  return sheet.origin.row + sheet.values.length;
}

/** Index one past the last column of the widest row, in sheet coordinates. */
export function endCol(sheet: SheetSnapshot): number {
  const width = sheet.values.reduce((max, line) => Math.max(max, line.length), 0);
  return sheet.origin.col + width;
}
