import { estimateRowHeights, MAX_ROW_HEIGHT } from "./estimateRowHeights";

describe("estimateRowHeights", () => {
  const base = { merges: [], columnWidths: [10, 40], fontSize: 11 };

  it("gives a one-line row one line's height", () => {
    expect(estimateRowHeights({ ...base, cells: [["1", "Ngắn"]] })).toEqual([Math.ceil(11 * 1.25 + 4)]);
  });

  it("grows with wrapped text and with line breaks, taking the tallest cell of the row", () => {
    const long = "x".repeat(46 * 3); // three lines of a 40-wide column: 39 digits of 11 pt, ×1.2 for text
    const [wrapped, broken] = estimateRowHeights({ ...base, cells: [["1", long], ["- a\n- b\n- c\n- d", "y"]] });
    expect(wrapped).toBe(Math.ceil(3 * 11 * 1.25 + 4));
    expect(broken).toBeGreaterThan(wrapped);
  });

  it("wraps a merged cell over the merge's whole width", () => {
    const text = "x".repeat(45);
    const merged = estimateRowHeights({ ...base, cells: [[text, ""]], merges: [{ top: 0, left: 0, bottom: 0, right: 1 }] });
    const alone = estimateRowHeights({ ...base, cells: [[text, ""]] });
    expect(merged[0]).toBeLessThan(alone[0]);
  });

  it("uses a row's own larger font, and never exceeds Excel's maximum height", () => {
    const merges = [{ top: 0, left: 0, bottom: 0, right: 1 }];
    const [title] = estimateRowHeights({ ...base, merges, cells: [["GIẢI PHÁP", ""]], fontSizes: new Map([[0, 15]]) });
    expect(title).toBe(Math.ceil(15 * 1.25 + 4));
    expect(estimateRowHeights({ ...base, cells: [["", "z".repeat(100_000)]] })).toEqual([MAX_ROW_HEIGHT]);
  });
});
