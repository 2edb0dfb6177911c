import type { CellRef } from "../base/cellRef";
import type { Criterion } from "./criteria";

/** The cell holding a node's score; its code cell when the layout gave the score no cell of its own. */
export function scoreCellOf(node: Criterion): CellRef {
  return node.cells.score ?? node.cells.code;
}

/** The cell holding a node's maximum; its code cell when there is none. */
export function maxCellOf(node: Criterion): CellRef {
  return node.cells.max ?? node.cells.code;
}

/** Where a deduction's reason belongs: the reason cell, or the score cell when the table has no reason column. */
export function reasonCellOf(node: Criterion): CellRef {
  return node.cells.reason ?? scoreCellOf(node);
}
