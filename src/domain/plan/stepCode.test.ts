import { codeLineage, normalizeStepCode } from "./stepCode";

describe("normalizeStepCode", () => {
  it.each([
    ["2.6.1", "2.6.1"],
    [" Tiêu chí 1.2: ", "1.2"],
    ["1.2.", "1.2"],
    ["II", "2"],
    ["viii", "8"],
    ["IV", "4"],
    ["Lĩnh vực VII", "7"],
    ["Mã 5.10", "5.10"],
    ["Ghi chú", ""],
    ["", ""],
  ])("reads %p as %p", (written, code) => {
    expect(normalizeStepCode(written)).toBe(code);
  });
});

describe("codeLineage", () => {
  it("lists the code and its ancestors, nearest first", () => {
    expect(codeLineage("2.6.1")).toEqual(["2.6.1", "2.6", "2"]);
    expect(codeLineage("3")).toEqual(["3"]);
  });
});
