import { columnLetters, parseA1, quoteSheetName, type CellRange } from "../../src/domain";
import { fakeError } from "./fakeError";

/** Excel's grid: 1,048,576 rows × 16,384 columns. */
export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** "A1:E10", "$A$1", "E:E" or "3:5" -> 0-based inclusive rectangle; throws InvalidArgument like Excel. */
export function parseRangeAddress(address: string): CellRange {
  const text = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [from, to = from] = text.split(":");
  const rows = /^\$?(\d+)$/;
  const cols = /^\$?([A-Za-z]{1,3})$/;
  if (rows.test(from) && rows.test(to)) {
    return { top: Number(rows.exec(from)![1]) - 1, bottom: Number(rows.exec(to)![1]) - 1, left: 0, right: MAX_COLS - 1 };
  }
  if (cols.test(from) && cols.test(to)) {
    const left = parseA1(`${from.replace("$", "")}1`)!.col;
    const right = parseA1(`${to.replace("$", "")}1`)!.col;
    return { top: 0, bottom: MAX_ROWS - 1, left, right };
  }
  const start = parseA1(from);
  const end = parseA1(to);
  if (!start || !end) throw fakeError("InvalidArgument", "Worksheet.getRange", `Bad address "${address}".`);
  return {
    top: Math.min(start.row, end.row),
    bottom: Math.max(start.row, end.row),
    left: Math.min(start.col, end.col),
    right: Math.max(start.col, end.col),
  };
}

/** "A1:E10" (or "A1" for one cell), without the sheet. */
export function formatRect(rect: CellRange): string {
  const from = `${columnLetters(rect.left)}${rect.top + 1}`;
  const to = `${columnLetters(rect.right)}${rect.bottom + 1}`;
  return from === to ? from : `${from}:${to}`;
}

/** "Sheet1!A1:E10" as Range.address gives it (sheet quoted when needed). */
export function formatAddress(sheet: string, rect: CellRange): string {
  return `${quoteSheetName(sheet)}!${formatRect(rect)}`;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function contains(outer: CellRange, inner: CellRange): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

/** Bytes of a string in UTF-8 (as a request body travels); TextEncoder exists in browsers and Node alike. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
