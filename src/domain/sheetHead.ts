import { findTable, HEADER_SEARCH_ROWS } from "./read/findTable";
import type { CellRange, SheetSnapshot } from "./base/snapshot";
import { isTemplateSheetName } from "./plan/stepTemplates";

/**
 * How many rows from a sheet's first non-empty row decide whether it can hold a scoring table: the header search
 * rows, the row below the last one (a two-row header) and the row after it (a row of column numbers).
 */
export const SHEET_HEAD_ROWS = HEADER_SEARCH_ROWS + 2;

/**
 * Whether a sheet must be read whole, judged from its first SHEET_HEAD_ROWS rows (`head`; its merges may be unknown
 * yet, as a file stores them after the cells): true when a scoring table's header may be there, or the sheet holds
 * step templates. Errs towards true: a text cell followed by blanks counts as merged across them, as a header's
 * "Điểm đánh giá" over "Tự đánh giá | Thẩm định" is.
 */
export function needsWholeSheet(head: SheetSnapshot): boolean {
  if (isTemplateSheetName(head.name)) return true;
  if (findTable(head) !== null) return true;
  return findTable({ ...head, merges: [...head.merges, ...assumeMergedAcross(head)] }) !== null;
}

/** Each text cell of the head's rows, taken as merged across the blank cells to its right. */
function assumeMergedAcross(head: SheetSnapshot): CellRange[] {
  const merges: CellRange[] = [];
  head.values.forEach((line, index) => {
    const row = head.origin.row + index;
    for (let at = 0; at < line.length; at++) {
      if (typeof line[at] !== "string") continue;
      let end = at;
      while (end + 1 < line.length && (line[end + 1] === null || line[end + 1] === undefined)) end++;
      if (end > at) merges.push({ top: row, left: head.origin.col + at, bottom: row, right: head.origin.col + end });
    }
  });
  return merges;
}
