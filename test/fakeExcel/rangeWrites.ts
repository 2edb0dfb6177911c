import type { CellRange } from "../../src/domain";
import { contains, formatAddress, intersects } from "./address";
import { writeCellValue } from "./cellValues";
import { fakeError } from "./fakeError";
import { cellAt, forEachCell, type SheetModel } from "./model";

/** A range proxy's target: a rectangle of one sheet. */
export interface RangeTarget {
  sheet: SheetModel;
  rect: CellRange;
}

export function rowCount(target: RangeTarget): number {
  return target.rect.bottom - target.rect.top + 1;
}

export function columnCount(target: RangeTarget): number {
  return target.rect.right - target.rect.left + 1;
}

/** Excel refuses any change to a protected sheet with AccessDenied. */
export function assertWritable(sheet: SheetModel, location: string): void {
  if (sheet.protected) {
    throw fakeError("AccessDenied", location, `The sheet "${sheet.name}" is protected.`);
  }
}

/** Reads a 2-D property of every cell. */
export function readGrid<V>(target: RangeTarget, read: (row: number, col: number) => V): V[][] {
  const grid: V[][] = [];
  for (let row = target.rect.top; row <= target.rect.bottom; row++) {
    const line: V[] = [];
    for (let col = target.rect.left; col <= target.rect.right; col++) line.push(read(row, col));
    grid.push(line);
  }
  return grid;
}

/** A 2-D array must match the range exactly (Excel: InvalidArgument); a scalar applies to every cell. */
export function gridValue(target: RangeTarget, value: unknown, location: string): (row: number, col: number) => unknown {
  if (!Array.isArray(value)) return () => value;
  const fits =
    value.length === rowCount(target) && value.every((line) => Array.isArray(line) && line.length === columnCount(target));
  if (!fits) {
    throw fakeError("InvalidArgument", location, `The array does not match the size of ${formatAddress(target.sheet.name, target.rect)}.`);
  }
  return (row, col) => value[row - target.rect.top][col - target.rect.left];
}

export function writeValues(target: RangeTarget, values: unknown, location: string): void {
  assertWritable(target.sheet, location);
  const at = gridValue(target, values, location);
  forEachCell(target.sheet, target.rect, (cell, row, col) => writeCellValue(cell, at(row, col)));
}

export function writeNumberFormats(target: RangeTarget, formats: unknown, location: string): void {
  assertWritable(target.sheet, location);
  const at = gridValue(target, formats, location);
  forEachCell(target.sheet, target.rect, (cell, row, col) => {
    const format = at(row, col);
    if (format !== null && format !== undefined) cell.numberFormat = String(format);
  });
}

/** Range.merge(across): Excel keeps the top-left value only. */
export function mergeRange(target: RangeTarget, across: boolean, location: string): void {
  assertWritable(target.sheet, location);
  const rows = across
    ? Array.from({ length: rowCount(target) }, (_, i) => ({ ...target.rect, top: target.rect.top + i, bottom: target.rect.top + i }))
    : [target.rect];
  for (const rect of rows) {
    if (rect.top === rect.bottom && rect.left === rect.right) continue;
    const sheet = target.sheet;
    if (sheet.merges.some((m) => intersects(m, rect) && !contains(rect, m))) {
      throw fakeError("MergedRangeConflict", location);
    }
    sheet.merges = sheet.merges.filter((m) => !contains(rect, m)).concat([{ ...rect }]);
    forEachCell(sheet, rect, (cell, row, col) => {
      if (row !== rect.top || col !== rect.left) cell.value = null;
    });
  }
}

/** Row heights as Excel's autofit would make them: lines of wrapped text × line height of the font. */
export function autofitRows(target: RangeTarget, location: string): void {
  assertWritable(target.sheet, location);
  const sheet = target.sheet;
  for (let row = target.rect.top; row <= target.rect.bottom; row++) {
    let lines = 1;
    let size = 11;
    for (let col = target.rect.left; col <= target.rect.right; col++) {
      const cell = cellAt(sheet, row, col);
      if (!cell || cell.value === null || sheet.merges.some((m) => intersects(m, { top: row, bottom: row, left: col, right: col }))) continue;
      size = Math.max(size, cell.format.fontSize ?? 11);
      const width = sheet.columnWidths.get(col) ?? 48;
      const perLine = Math.max(1, Math.floor(width / ((cell.format.fontSize ?? 11) * 0.5)));
      const text = String(typeof cell.value === "object" ? cell.value.error : cell.value);
      const count = cell.format.wrapText
        ? text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0)
        : 1;
      lines = Math.max(lines, count);
    }
    sheet.rowHeights.set(row, Math.round(lines * size * 1.35 * 4) / 4);
  }
}
