import type { CellRange, CellValue } from "../../src/domain";

/** The state of a fake workbook. Proxies read and write it only while a sync runs. */

export type BorderSide = "top" | "bottom" | "left" | "right";

export interface BorderLine {
  style: string;
  weight: string;
}

/** A cell's direct format; absent fields are Excel's defaults (Calibri 11, no fill, General). */
export interface CellFormat {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fill?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  borders?: Partial<Record<BorderSide, BorderLine>>;
}

export interface CellModel {
  /** null when empty. Errors are `{ error }`. */
  value: CellValue;
  /** Set when Excel took the text for a formula. */
  formula?: string;
  numberFormat: string;
  format: CellFormat;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  rect: CellRange;
  formula: string;
  fill: string | null;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  printTitleRows: string | null;
}

export interface SheetModel {
  id: number;
  name: string;
  visibility: string;
  protected: boolean;
  /** Sparse: key = row * 16384 + col. */
  cells: Map<number, CellModel>;
  merges: CellRange[];
  conditionalFormats: ConditionalFormatModel[];
  /** Points, by 0-based column / row. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  pageLayout: PageLayoutModel;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheetId: number;
  selection: { sheetId: number; rect: CellRange } | null;
  nextSheetId: number;
  nextConditionalFormatId: number;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function cellKey(row: number, col: number): number {
  return row * 16384 + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / 16384);
}

export function keyCol(key: number): number {
  return key % 16384;
}

export function newSheet(id: number, name: string): SheetModel {
  return {
    id,
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    merges: [],
    conditionalFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    pageLayout: { orientation: "Portrait", paperSize: "Letter", printTitleRows: null },
  };
}

/** Excel compares sheet names without case. */
export function findSheet(model: WorkbookModel, name: string): SheetModel | undefined {
  const wanted = name.toLocaleLowerCase();
  return model.sheets.find((s) => s.name.toLocaleLowerCase() === wanted);
}

/** The cell at (row, col), created empty when `create` is set. */
export function cellAt(sheet: SheetModel, row: number, col: number, create: true): CellModel;
export function cellAt(sheet: SheetModel, row: number, col: number, create?: false): CellModel | undefined;
export function cellAt(sheet: SheetModel, row: number, col: number, create = false): CellModel | undefined {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell && create) {
    cell = { value: null, numberFormat: "General", format: {} };
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Calls `visit` for every cell of `rect`, creating the cells (a format write materialises them, as in Excel). */
export function forEachCell(sheet: SheetModel, rect: CellRange, visit: (cell: CellModel, row: number, col: number) => void): void {
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let col = rect.left; col <= rect.right; col++) visit(cellAt(sheet, row, col, true), row, col);
  }
}

/** The used range: every cell with a value (valuesOnly) or with anything set; null for a blank sheet. */
export function usedRect(sheet: SheetModel, valuesOnly: boolean): CellRange | null {
  let rect: CellRange | null = null;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === null) continue;
    if (!valuesOnly && cell.value === null && cell.numberFormat === "General" && Object.keys(cell.format).length === 0) continue;
    const row = keyRow(key);
    const col = keyCol(key);
    rect = rect
      ? { top: Math.min(rect.top, row), left: Math.min(rect.left, col), bottom: Math.max(rect.bottom, row), right: Math.max(rect.right, col) }
      : { top: row, left: col, bottom: row, right: col };
  }
  return rect;
}
