import { CUT_MARK, fitCellTexts, MAX_CELL_CHARS } from "./fitCellText";

describe("fitCellTexts", () => {
  it("cuts a text longer than an Excel cell, ends it with the visible mark, and lists the cell", () => {
    const long = "Lý do ".repeat(6000);
    const { cells, cut } = fitCellTexts([["ngắn", long]]);
    expect(cells[0][0]).toBe("ngắn");
    expect(cells[0][1]).toHaveLength(MAX_CELL_CHARS);
    expect(cells[0][1].endsWith(CUT_MARK)).toBe(true);
    expect(long.startsWith(cells[0][1].slice(0, -CUT_MARK.length))).toBe(true);
    expect(cut).toEqual([{ row: 0, col: 1, length: long.length }]);
  });

  it("leaves a text of exactly the limit alone, and never splits a surrogate pair", () => {
    const exact = "a".repeat(MAX_CELL_CHARS);
    expect(fitCellTexts([[exact]]).cut).toEqual([]);
    const emoji = "😀".repeat(MAX_CELL_CHARS);
    const [[text]] = fitCellTexts([[emoji]]).cells;
    expect(text.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(text.slice(0, -CUT_MARK.length)).toMatch(/^(😀)+$/u);
  });
});
