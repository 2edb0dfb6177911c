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

  it.each([
    "KĐG", "kđg", "KDG", "K.Đ.G", "Không đánh giá", "KHÔNG ĐÁNH GIÁ", "khong danh gia", "Không chấm", "Không chấm điểm",
    "Không áp dụng", "không áp dụng.", "Không đánh giá (KĐG)", "N/A", "n/a", "NA", "—", "/", " KĐG ",
  ])("reads %p as a not-assessed mark, kept as written", (cell) => {
    expect(parseCellNumber(cell)).toEqual({ kind: "not_assessed", text: cell.trim() });
  });

  it("keeps #N/A a formula error and 'Không đạt' unreadable text", () => {
    expect(parseCellNumber("#N/A").kind).toBe("error");
    expect(parseCellNumber("Không đạt").kind).toBe("text");
    expect(parseCellNumber("Chưa đánh giá").kind).toBe("text");
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
