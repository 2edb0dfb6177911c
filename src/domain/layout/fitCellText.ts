/** Excel's limit on the characters one cell holds; a longer text makes Excel repair (truncate) the file. */
export const MAX_CELL_CHARS = 32_767;

/** The visible end of a text cut to fit a cell. */
export const CUT_MARK = " …[đã cắt bớt: vượt giới hạn 32.767 ký tự của một ô Excel]";

/** A GIẢI PHÁP cell whose text was cut: 0-based row and column, and the length the text had. */
export interface CutCell {
  row: number;
  col: number;
  length: number;
}

/**
 * Cuts every text longer than an Excel cell holds, ending it with CUT_MARK so the cut shows in the sheet, and lists
 * the cells cut. Counts UTF-16 units, as Excel does; never splits a surrogate pair.
 */
export function fitCellTexts(cells: string[][]): { cells: string[][]; cut: CutCell[] } {
  const cut: CutCell[] = [];
  const fitted = cells.map((line, row) =>
    line.map((text, col) => {
      if (text.length <= MAX_CELL_CHARS) return text;
      cut.push({ row, col, length: text.length });
      let end = MAX_CELL_CHARS - CUT_MARK.length;
      if (/[\ud800-\udbff]/.test(text[end - 1])) end--;
      return text.slice(0, end) + CUT_MARK;
    }),
  );
  return { cells: fitted, cut };
}
