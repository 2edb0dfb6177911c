import type { ColumnMapping, ColumnOverrides, ColumnRole, TableLayout } from "../base/options";
import { matchHeader, type HeaderMatch } from "./matchHeader";
import { endCol, endRow, valueAt, type CellValue, type SheetSnapshot } from "../base/snapshot";

/** How many rows from the top of a sheet may hold the header row (title rows, dates, unit names above it). */
export const HEADER_SEARCH_ROWS = 30;

interface HeaderCandidate {
  top: number;
  bottom: number;
  columns: ColumnMapping;
  /** Where a second table's header starts in this row, when one does (see secondTableAt). */
  ignoredFromCol?: number;
  /** Distinct roles first, then matched columns (so "Thẩm định" over "Lần 1 | Lần 2" beats "Thẩm định" alone). */
  score: number;
}

/**
 * Finds the scoring table of a sheet: the header row (or two header rows, a merged "Điểm đánh giá" over
 * "Tự đánh giá | Thẩm định") within the first rows, and the role of each column. `overrides` replace detected roles
 * one by one (a null override drops the role). Null when no row names at least a code or title column and a max or score column.
 * `lastDataRow` is the sheet's last row here; reading the rows narrows it.
 */
export function findTable(sheet: SheetSnapshot, overrides: ColumnOverrides = {}): TableLayout | null {
  const best = findHeader(sheet);
  if (!best) return null;
  const columns = applyOverrides(best.columns, overrides);
  let firstDataRow = best.bottom + 1;
  if (isColumnNumberRow(sheet, firstDataRow, columns)) firstDataRow += 1;
  return {
    sheet: sheet.name,
    headerTop: best.top,
    headerBottom: best.bottom,
    firstDataRow,
    lastDataRow: Math.max(firstDataRow, endRow(sheet) - 1),
    columns,
    ...(best.ignoredFromCol === undefined ? {} : { ignoredFromCol: best.ignoredFromCol }),
  };
}

function findHeader(sheet: SheetSnapshot): HeaderCandidate | null {
  const fill = collectMergeTops(sheet);
  const last = Math.min(endRow(sheet), sheet.origin.row + HEADER_SEARCH_ROWS);
  const right = endCol(sheet);
  let best: HeaderCandidate | null = null;
  for (let row = sheet.origin.row; row < last; row++) {
    for (const candidate of headerCandidates(sheet, row, right, fill)) {
      if (isUsable(candidate) && (!best || candidate.score > best.score)) best = candidate;
    }
  }
  return best;
}

/** The one-row reading of `row`, and its two-row reading with the row below when that row continues the header. */
function headerCandidates(sheet: SheetSnapshot, row: number, right: number, fill: Map<number, CellValue>): HeaderCandidate[] {
  const left = sheet.origin.col;
  const single: string[] = [];
  const double: string[] = [];
  for (let col = left; col < right; col++) {
    single.push(textOf(valueAt(sheet, row, col)));
    const top = textOf(valueAt(sheet, row, col) ?? fill.get(key(row, col)) ?? null);
    double.push(`${top} ${textOf(valueAt(sheet, row + 1, col))}`);
  }
  const candidates = [mapHeader(single, row, row, left)];
  if (continuesHeader(sheet, row, left, right)) candidates.push(mapHeader(double, row, row + 1, left));
  return candidates;
}

/**
 * The row below continues the header when `row` is a header of several cells and the row below holds only text,
 * some of it under a cell of `row` that is blank (covered by a merge, or left empty).
 */
function continuesHeader(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  let ownCells = 0;
  let textUnderBlank = false;
  for (let col = left; col < right; col++) {
    const top = valueAt(sheet, row, col);
    const below = valueAt(sheet, row + 1, col);
    if (top !== null && top !== "") ownCells++;
    if (below !== null && typeof below !== "string") return false;
    if (typeof below === "string" && below.trim() && (top === null || top === "")) textUnderBlank = true;
  }
  return ownCells >= 2 && textUnderBlank;
}

function mapHeader(texts: string[], top: number, bottom: number, left: number): HeaderCandidate {
  const found = new Map<ColumnRole, { match: HeaderMatch; col: number }[]>();
  let matched = 0;
  const matches = texts.map((text) => (text.trim() ? matchHeader(text) : null));
  const second = secondTableAt(matches);
  matches.forEach((match, index) => {
    if (!match || (second !== null && index >= second)) return;
    matched++;
    found.set(match.role, [...(found.get(match.role) ?? []), { match, col: left + index }]);
  });
  const columns: ColumnMapping = {};
  for (const [role, hits] of found) {
    const ordered = [...hits].sort((a, b) => a.match.rank - b.match.rank || a.col - b.col);
    if (role === "appraised") {
      columns.appraised = [...hits].sort((a, b) => (a.match.round ?? 1) - (b.match.round ?? 1) || a.col - b.col).map((hit) => hit.col);
    } else {
      columns[role] = ordered[0].col;
    }
  }
  const candidate: HeaderCandidate = { top, bottom, columns, score: found.size * 100 + matched };
  if (second !== null) candidate.ignoredFromCol = left + second;
  return candidate;
}

/**
 * Where a second table starts in a header row: a code or title column again, to the right of a number column of the
 * first ("TT | Tiêu chí | Điểm tối đa | Điểm | … | TT | Tiêu chí | …"). Reading both as one table would take some
 * figures from one and some from the other; the left table is read and the other one reported.
 */
function secondTableAt(matches: (HeaderMatch | null)[]): number | null {
  const seen = new Set<ColumnRole>();
  let numbers = false;
  for (let index = 0; index < matches.length; index++) {
    const match = matches[index];
    if (!match) continue;
    const label = match.role === "code" || match.role === "title";
    if (label && numbers && seen.has(match.role)) return index;
    seen.add(match.role);
    if (match.role === "max" || match.role === "self" || match.role === "appraised") numbers = true;
  }
  return null;
}

function isUsable({ columns }: HeaderCandidate): boolean {
  const hasLabel = columns.code !== undefined || columns.title !== undefined;
  const hasNumber = columns.max !== undefined || columns.self !== undefined || columns.appraised !== undefined;
  return hasLabel && hasNumber;
}

/** A row of column numbers under the header ("1 2 3 4 5", "(1) (2) (3)", "A B 1 2"): not data. */
function isColumnNumberRow(sheet: SheetSnapshot, row: number, columns: ColumnMapping): boolean {
  if (valueAt(sheet, row, columns.title ?? columns.code ?? sheet.origin.col) === null) return false;
  let tokens = 0;
  let previous = 0;
  for (let col = sheet.origin.col; col < endCol(sheet); col++) {
    const text = textOf(valueAt(sheet, row, col)).trim();
    if (!text) continue;
    const token = /^\(?(?:([0-9]{1,2})|[A-Z])\)?$/.exec(text);
    if (!token) return false;
    // Numbers must count up by one: "1 | A | 3 | 5" is a (tiny) data row, not column numbers.
    if (token[1] !== undefined) {
      if (previous > 0 && Number(token[1]) !== previous + 1) return false;
      previous = Number(token[1]);
    }
    tokens++;
  }
  return tokens >= 3;
}

/** Value of each merge's top-left cell, keyed by every other cell the merge covers within the header search rows. */
function collectMergeTops(sheet: SheetSnapshot): Map<number, CellValue> {
  const fill = new Map<number, CellValue>();
  const limit = sheet.origin.row + HEADER_SEARCH_ROWS + 1;
  for (const merge of sheet.merges) {
    if (merge.top > limit) continue;
    const value = valueAt(sheet, merge.top, merge.left);
    for (let row = merge.top; row <= Math.min(merge.bottom, limit); row++) {
      for (let col = merge.left; col <= merge.right; col++) fill.set(key(row, col), value);
    }
  }
  return fill;
}

function key(row: number, col: number): number {
  return row * 20000 + col;
}

function textOf(value: CellValue): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

/** The detected mapping with the user's corrections: a column replaces the detected one, null removes the role. */
function applyOverrides(detected: ColumnMapping, overrides: ColumnOverrides): ColumnMapping {
  const columns: Record<string, unknown> = { ...detected };
  for (const [role, value] of Object.entries(overrides)) {
    if (value === null) delete columns[role];
    else if (value !== undefined) columns[role] = value;
  }
  return columns as ColumnMapping;
}
