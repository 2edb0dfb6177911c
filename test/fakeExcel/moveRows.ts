import type { CellRange } from "../../src/domain";
import { cellKey, keyCol, keyRow, type SheetModel } from "./model";

/**
 * What Excel does to a sheet when the user inserts rows or pastes over part of a conditional format: cells, merges
 * and conditional formats move, and every A1 reference in a rule's formula that points at a moved cell moves with it
 * (absolute or not), so a rule's formula text changes (`E6` becomes `E7`).
 */

/** A1 references outside string literals; function names such as LOG10( are not references. */
const REFERENCE = /("[^"]*")|(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** The formula with every reference to row `from` (0-based) or below moved down by `count` rows. */
export function shiftFormulaRows(formula: string, from: number, count: number): string {
  return formula.replace(REFERENCE, (match, text, colAbs, col, rowAbs, row) =>
    text ? match : `${colAbs}${col}${rowAbs}${Number(row) - 1 >= from ? Number(row) + count : Number(row)}`,
  );
}

/** The formula re-expressed for a rule whose top-left cell moved `delta` rows: relative row references follow. */
export function rebaseFormulaRows(formula: string, delta: number): string {
  return formula.replace(REFERENCE, (match, text, colAbs, col, rowAbs, row) =>
    text || rowAbs ? match : `${colAbs}${col}${rowAbs}${Number(row) + delta}`,
  );
}

function shiftRect(rect: CellRange, from: number, count: number): CellRange {
  if (rect.bottom < from) return rect;
  if (rect.top >= from) return { ...rect, top: rect.top + count, bottom: rect.bottom + count };
  return { ...rect, bottom: rect.bottom + count };
}

/** Inserts `count` blank rows before 0-based row `at` (Home › Insert › Insert Sheet Rows). */
export function insertSheetRows(sheet: SheetModel, at: number, count: number): void {
  const cells = new Map<number, ReturnType<SheetModel["cells"]["get"]> & object>();
  for (const [key, cell] of sheet.cells) {
    const row = keyRow(key);
    cells.set(cellKey(row >= at ? row + count : row, keyCol(key)), cell);
  }
  sheet.cells = cells;
  sheet.merges = sheet.merges.map((m) => shiftRect(m, at, count));
  for (const cf of sheet.conditionalFormats) {
    cf.rect = shiftRect(cf.rect, at, count);
    cf.formula = shiftFormulaRows(cf.formula, at, count);
  }
}

/**
 * Pastes plain cells over rows `top`…`bottom` (0-based) of every conditional format they cross: as Excel does when
 * cells copied from elsewhere land inside a rule's range, the rule is split into the pieces above and below, each
 * its own rule with its formula re-expressed from its own top-left cell.
 */
export function pasteOverRows(sheet: SheetModel, top: number, bottom: number, nextId: () => string): void {
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
    if (cf.rect.bottom < top || cf.rect.top > bottom) return [cf];
    const pieces: CellRange[] = [];
    if (cf.rect.top < top) pieces.push({ ...cf.rect, bottom: top - 1 });
    if (cf.rect.bottom > bottom) pieces.push({ ...cf.rect, top: bottom + 1 });
    return pieces.map((rect, i) => ({
      ...cf,
      id: i === 0 ? cf.id : nextId(),
      rect,
      formula: rebaseFormulaRows(cf.formula, rect.top - cf.rect.top),
    }));
  });
}
