import { sheet, workbook } from "../../test/helpers/grid";
import { analyzeWorkbook, layoutRemediationSheet, planHighlight, planRemediation, type CellValue } from "./index";

/** Input whose shape, not size, once broke the engine (issue 7's probe). */
describe("the engine on a chain of 3,000 nested codes", () => {
  const rows: CellValue[][] = [["TT", "Tiêu chí", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"]];
  let code = "1";
  for (let level = 0; level < 3000; level++) {
    rows.push([code, `Mức ${level}`, 1, level === 2999 ? 0.5 : null, level === 2999 ? "Chưa đạt" : null]);
    code += ".1";
  }
  const snapshot = workbook(sheet("Điểm", rows));

  it("checks and plans without running out of stack, the deepest deduction reaching the area", () => {
    const result = analyzeWorkbook(snapshot);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.analysis.totals.score).toBe(0.5);
    const table = planRemediation(result.analysis, { year: 2025 });
    expect(table.rows).toHaveLength(1);
    expect(layoutRemediationSheet(table).cells.length).toBeGreaterThan(4);
    expect(planHighlight(result.analysis, snapshot).rules.length).toBeGreaterThan(0);
  });
});

describe("the engine on numbers too large to be scores", () => {
  it("reports 1e308 as no number instead of summing it to Infinity", () => {
    const snapshot = workbook(
      sheet("Điểm", [
        ["TT", "Tiêu chí", "Điểm tối đa", "Điểm thẩm định"],
        ["1", "A", 10, null],
        ["1.1", "x", 5, 1e308],
        ["1.2", "y", 5, "1e308"],
        ["1.3", "z", 5, 2],
      ]),
    );
    const result = analyzeWorkbook(snapshot);
    if (!result.ok) throw new Error(result.problem.code);
    expect(Number.isFinite(result.analysis.totals.score ?? 0)).toBe(true);
    const flagged = result.analysis.findings.filter((f) => f.code === "score_not_number").map((f) => f.cell.row);
    expect(flagged).toEqual([2, 3]);
  });
});
