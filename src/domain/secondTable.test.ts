import { sheet, workbook } from "../../test/helpers/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";

/** Two tables side by side in one sheet (issue 7): once read as one, with scores from either. */
describe("a second table beside the scoring table", () => {
  const header = ["TT", "Tiêu chí", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"];
  const snapshot = workbook(
    sheet("Điểm", [
      [...header, null, ...header],
      ["1", "A", 3, 2.5, null, null, "1", "A", 3, 1, null],
      ["1.1", "x", 1, 1, null, null, "1.1", "x", 1, 0, "thiếu"],
      ["1.2", "y", 2, 1.5, "chậm", null, "1.2", "y", 2, 1, "chậm"],
    ]),
  );

  it("reads the left table alone: every score from its own columns", () => {
    const result = analyzeWorkbook(snapshot);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.analysis.totals.score).toBe(2.5);
    expect(result.analysis.deductions.filter((d) => d.leaf).map((d) => [d.code, d.cell.col])).toEqual([["1.2", 3]]);
  });

  it("says that the other table was found and ignored, at its first header cell", () => {
    const result = analyzeWorkbook(snapshot);
    if (!result.ok) throw new Error(result.problem.code);
    const found = result.analysis.findings.filter((f) => f.code === "second_table_ignored");
    expect(found.map((f) => [f.severity, f.cell.row, f.cell.col])).toEqual([["warning", 0, 6]]);
  });

  it("leaves a single table with a self and an appraised column alone", () => {
    const single = workbook(sheet("Điểm", [["TT", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Thẩm định"], ["1", "A", 1, 1, 1]]));
    const result = analyzeWorkbook(single);
    expect(result.ok && result.analysis.findings.filter((f) => f.code === "second_table_ignored")).toEqual([]);
  });
});
