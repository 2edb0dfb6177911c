import type { CellRange } from "../base/snapshot";

/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT = 409;

/** A line of text is about 1.25 times its font size tall. */
const LINE_SPACING = 1.25;

export interface RowHeightInput {
  cells: readonly (readonly string[])[];
  merges: readonly CellRange[];
  /** Excel character units (characters of the default 11-point font). */
  columnWidths: readonly number[];
  fontSize: number;
  /** Rows whose font is larger than `fontSize` (the title), with their size. */
  fontSizes?: ReadonlyMap<number, number>;
}

/**
 * Row heights in points for wrapped text, estimated from each cell's length and its column's width. Files written
 * outside Excel carry no heights, and neither Excel nor LibreOffice fits wrapped or merged rows when opening them, so
 * without this every row shows one line. Errs on the tall side: a little air is better than cut text.
 */
export function estimateRowHeights(input: RowHeightInput): number[] {
  return input.cells.map((line, row) => {
    const size = input.fontSizes?.get(row) ?? input.fontSize;
    const lines = line.reduce((most, text, col) => Math.max(most, linesOf(text, spanWidth(input, row, col), size)), 1);
    return Math.min(MAX_ROW_HEIGHT, Math.ceil(lines * size * LINE_SPACING + 4));
  });
}

/** The width a cell's text wraps in: its column, or the whole merge it starts. */
function spanWidth(input: RowHeightInput, row: number, col: number): number {
  const merge = input.merges.find((m) => m.top === row && m.left === col);
  const last = merge ? merge.right : col;
  let width = 0;
  for (let c = col; c <= last; c++) width += input.columnWidths[c] ?? 8.43;
  return width;
}

function linesOf(text: string, width: number, fontSize: number): number {
  if (text === "") return 1;
  // Widths count digits of the default 11-point font; a larger font fits proportionally fewer. Average Vietnamese
  // text in Times New Roman is ~1.2 times narrower than those digits (calibrated on a LibreOffice rendering).
  const perLine = Math.max(1, Math.floor((((width - 1) * 11) / fontSize) * 1.2));
  return text.split("\n").reduce((sum, paragraph) => sum + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}
