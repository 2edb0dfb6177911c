import { cell, sheet, workbook } from "../../test/helpers/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { formatCellRef } from "./base/cellRef";

const SCORES = sheet("Điểm", [
  ["TT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định", "Lý do trừ điểm"],
  ["1", "Chỉ đạo, điều hành", 3, 3, 2.5, null],
  ["1.1", "Kế hoạch CCHC", 1, 1, 1, null],
  ["1.2", "Báo cáo CCHC", 2, 2, "1,5", null],
  ["Tổng cộng", null, 3, 3, 2.5, null],
]);

describe("analyzeWorkbook", () => {
  it("reads, checks and lists deductions in one pass", () => {
    const result = analyzeWorkbook(workbook(SCORES));
    if (!result.ok) throw new Error(result.problem.code);
    const { analysis } = result;
    expect(analysis.scoreSource).toBe("appraised");
    expect(analysis.totals).toMatchObject({ max: 3, score: 2.5, stated: { max: 3, score: 2.5 } });
    expect(analysis.deductions.map((d) => [d.code, d.lost, formatCellRef(d.cell)])).toEqual([
      ["1", 0.5, "Điểm!E2"],
      ["1.2", 0.5, "Điểm!E4"],
    ]);
    expect(analysis.appraisalCuts.map((c) => c.code)).toEqual(["1", "1.2"]);
    expect(analysis.findings.map((f) => [f.code, formatCellRef(f.cell)])).toEqual([["missing_reason", "Điểm!F4"]]);
  });

  it("uses the self-assessed score when asked", () => {
    const result = analyzeWorkbook(workbook(SCORES), { score: "self" });
    expect(result.ok && result.analysis.totals.score).toBe(3);
  });

  it("uses the self-assessed score when the appraisal column is still empty", () => {
    const selfOnly = sheet("Điểm", [
      ["TT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định"],
      ["1", "Chỉ đạo", 2, 1.5, null],
    ]);
    const result = analyzeWorkbook(workbook(selfOnly));
    expect(result.ok && [result.analysis.scoreSource, result.analysis.totals.score]).toEqual(["self", 1.5]);
  });

  it("sorts findings in sheet order: sheet, row, column", () => {
    const grid = sheet("Điểm", [
      ["TT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá"],
      ["1", "A", 3, 5],
      ["1.1", "a", "ba", 1],
      ["1.1", "a", 1, { error: "#REF!" }],
      ["Tổng cộng", null, 4, 5],
    ]);
    const result = analyzeWorkbook(workbook(grid));
    const cells = result.ok ? result.analysis.findings.map((f) => `${f.code}@${formatCellRef(f.cell)}`) : [];
    expect(cells).toEqual([
      "score_above_max@Điểm!D2",
      "score_sum_mismatch@Điểm!D2",
      "max_not_number@Điểm!C3",
      "duplicate_code@Điểm!A4",
      "formula_error@Điểm!D4",
      "total_max_mismatch@Điểm!C5",
    ]);
  });

  it("lets the caller name the columns", () => {
    const grid = sheet("Điểm", [
      ["TT", "Nội dung", "Điểm tối đa", "Điểm năm trước", "Điểm năm nay"],
      ["1", "A", 2, 1, 2],
    ]);
    const result = analyzeWorkbook(workbook(grid), { sheet: "Điểm", columns: { self: 4 } });
    expect(result.ok && result.analysis.areas[0]).toMatchObject({ score: 2, cell: cell("E2", "Điểm") });
  });

  it("reads a total row placed above the areas, and skips notes and signatures below the table", () => {
    const grid = sheet("Điểm", [
      ["TT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá"],
      [null, "TỔNG ĐIỂM (I+II)", 3, 3],
      ["I", "A", 2, 2],
      ["1", "a", 2, 2],
      ["II", "B", 1, 1],
      [null, "Ghi chú: đơn vị gửi kèm tài liệu kiểm chứng", null, null],
      [null, null, "THỦ TRƯỞNG ĐƠN VỊ", null],
    ]);
    const result = analyzeWorkbook(workbook(grid));
    expect(result.ok && [result.analysis.totals, result.analysis.findings]).toEqual([
      { max: 3, score: 3, adjustments: 0, stated: { max: 3, score: 3 }, index: 100 },
      [],
    ]);
    expect(result.ok && result.analysis.source.kind === "single" && result.analysis.source.table.lastDataRow).toBe(4);
  });

  it("returns a setup problem instead of throwing", () => {
    expect(analyzeWorkbook(workbook(sheet("Trống", [])))).toEqual({ ok: false, problem: { code: "no_scoring_table", examined: ["Trống"] } });
  });
});
