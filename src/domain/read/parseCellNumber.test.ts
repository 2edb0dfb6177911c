import { parseCellNumber } from "./parseCellNumber";

describe("parseCellNumber", () => {
  it.each([
    [8.92, 8.92],
    ["8,92", 8.92],
    ["0.5", 0.5],
    ["0,5", 0.5],
    [" 1,42/1,5 ", 1.42],
    ["1.5/1.5", 1.5],
    ["9 điểm", 9],
    ["2,5\u00a0điểm", 2.5],
    [",5", 0.5],
    ["-0,5", -0.5],
    [0, 0],
  ])("reads %p as %p", (cell, value) => {
    expect(parseCellNumber(cell)).toEqual({ kind: "number", value });
  });

  it.each([null, "", "   ", "-", "x", "X", "–"])("reads %p as no value", (cell) => {
    expect(parseCellNumber(cell)).toEqual({ kind: "empty" });
  });

  it("reports a formula error, never 0", () => {
    expect(parseCellNumber({ error: "#REF!" })).toEqual({ kind: "error", error: "#REF!" });
    expect(parseCellNumber("#DIV/0!")).toEqual({ kind: "error", error: "#DIV/0!" });
  });

  it.each(["đạt", "1,4,2", "1.000,5", "1,5/đạt", "true"])("keeps %p as unreadable text", (cell) => {
    expect(parseCellNumber(cell).kind).toBe("text");
  });

  it("treats a boolean as unreadable", () => {
    expect(parseCellNumber(true)).toEqual({ kind: "text", text: "true" });
  });
});
