import { sheet, workbook } from "../../test/helpers/grid";
import { analyzeWorkbook } from "./analyzeWorkbook";
import { formatCellRef } from "./base/cellRef";
import type { CellValue } from "./base/snapshot";
import type { ScoreSource } from "./base/options";

const HEADER = ["TT", "Nội dung", "Điểm tối đa", "Tự đánh giá", "Thẩm định lần 1", "Thẩm định lần 2", "Lý do trừ điểm"];

function analyze(rows: CellValue[][], score?: ScoreSource) {
  const result = analyzeWorkbook(workbook(sheet("Điểm", [HEADER, ...rows])), score ? { score } : {});
  if (!result.ok) throw new Error(result.problem.code);
  const { analysis } = result;
  return {
    analysis,
    findings: analysis.findings.map((f) => [f.code, f.severity, formatCellRef(f.cell), f.criterion ?? null, f.actual ?? null]),
  };
}

describe("not-assessed marks (KĐG, Không đánh giá, N/A…)", () => {
  it("a criterion marked KĐG in max and both rounds counts in neither max nor score, listed once as info", () => {
    // The real case: a commune framework, 6.3 "KĐG" in the max, round 1 and round 2 columns; 6 = 6.1 + 6.2 only.
    const { analysis, findings } = analyze([
      ["6", "Cải cách tài chính công", 3, 3, 2.5, 2.5, null],
      ["6.1", "Quản lý ngân sách", 2, 2, 1.5, 1.5, "thu ngân sách chưa đạt dự toán"],
      ["6.2", "Giải ngân vốn đầu tư công", 1, 1, 1, 1, null],
      ["6.3", "Thu hút đầu tư", "KĐG", "KĐG", "KĐG", "KĐG", null],
      ["Tổng cộng", null, 3, 3, 2.5, 2.5, null],
    ]);
    expect(findings).toEqual([["not_assessed", "info", "Điểm!F5", "6.3", "KĐG"]]);
    expect(analysis.totals).toMatchObject({ max: 3, score: 2.5, stated: { max: 3, score: 2.5 } });
    expect(analysis.deductions.map((d) => d.code)).toEqual(["6", "6.1"]);
  });

  it("checks the parent's sums against the assessed children only: a parent still counting the mark is wrong", () => {
    const { findings } = analyze([
      ["6", "Cải cách tài chính công", 4, 4, 3.5, 3.5, null],
      ["6.1", "Quản lý ngân sách", 2, 2, 1.5, 1.5, "lý do"],
      ["6.2", "Giải ngân", 1, 1, 1, 1, null],
      ["6.3", "Thu hút đầu tư", 1, "Không đánh giá", "Không đánh giá", "Không đánh giá", null],
    ]);
    expect(findings).toEqual([
      ["max_sum_mismatch", "error", "Điểm!C2", "6", 4],
      ["score_sum_mismatch", "error", "Điểm!F2", "6", 3.5],
      ["not_assessed", "info", "Điểm!F5", "6.3", "Không đánh giá"],
    ]);
  });

  it("a mark in a column that is not the chosen score is no finding at all", () => {
    const rows: CellValue[][] = [
      ["1", "Chỉ đạo", 2, 2, 2, 2, null],
      ["1.1", "Kế hoạch", 1, "KĐG", "N/A", 1, null],
      ["1.2", "Báo cáo", 1, 1, "—", 1, null],
    ];
    const { analysis, findings } = analyze(rows);
    expect(findings).toEqual([]);
    expect(analysis.totals).toMatchObject({ max: 2, score: 2 });
    // With the self-assessed score chosen, 1.1's "KĐG" is the score: 1.1 is not assessed, 1 = 1.2 only (1 ≠ 2).
    const self = analyze(rows, "self").findings;
    expect(self).toEqual([
      ["max_sum_mismatch", "error", "Điểm!C2", "1", 2],
      ["score_sum_mismatch", "error", "Điểm!D2", "1", 2],
      ["not_assessed", "info", "Điểm!D3", "1.1", "KĐG"],
    ]);
  });

  it("a mark in the max alone makes the criterion not assessed, whatever its score", () => {
    const { analysis, findings } = analyze([
      ["1", "Chỉ đạo", 1, 1, 1, 1, null],
      ["1.1", "Kế hoạch", 1, 1, 1, 1, null],
      ["1.2", "Báo cáo", "Không áp dụng", 0, 0, null, null],
    ]);
    expect(findings).toEqual([["not_assessed", "info", "Điểm!C4", "1.2", "Không áp dụng"]]);
    expect(analysis.deductions).toEqual([]);
  });

  it("a marked parent takes its branch with it; a blank parent whose children are all marked is not assessed", () => {
    const { analysis, findings } = analyze([
      ["7", "Chính quyền số", 2, 2, 2, 2, null],
      ["7.1", "Cổng thông tin", 2, 2, 2, 2, null],
      ["7.2", "Dịch vụ công", "N/A", "N/A", "N/A", "N/A", null],
      ["7.2.1", "Hồ sơ trực tuyến", 1, 1, 0, 0, null],
      ["7.3", "Chuyển đổi số", null, null, null, null, null],
      ["7.3.1", "Nền tảng số", "/", "/", "/", "/", null],
      ["7.3.2", "Dữ liệu số", "kdg", "kdg", "kdg", "kdg", null],
      ["8", "Tác động", "KĐG", "KĐG", "KĐG", "KĐG", null],
      ["8.1", "Khảo sát", "KĐG", "KĐG", "KĐG", "KĐG", null],
    ]);
    expect(findings.map((f) => [f[0], f[3]])).toEqual([
      ["not_assessed", "7.2"],
      ["not_assessed", "7.3.1"],
      ["not_assessed", "7.3.2"],
      ["not_assessed", "8"],
      ["not_assessed", "8.1"],
    ]);
    expect(analysis.deductions).toEqual([]);
    expect(analysis.areas.map((area) => [area.code, area.max, area.score])).toEqual([["7", 2, 2]]);
    expect(analysis.totals).toMatchObject({ max: 2, score: 2 });
  });

  it("every mark of the rule, any case, with or without diacritics, is never an error", () => {
    const marks = ["KĐG", "kđg", "KDG", "Không đánh giá", "KHONG DANH GIA", "Không chấm", "Không chấm điểm", "Không áp dụng", "N/A", "na", "—", "/"];
    const rows: CellValue[][] = [["1", "Chỉ đạo", 1, 1, 1, 1, null], ["1.1", "Kế hoạch", 1, 1, 1, 1, null]];
    marks.forEach((mark, index) => rows.push([`1.${index + 2}`, `Tiêu chí ${index}`, mark, mark, mark, mark, null]));
    const { analysis, findings } = analyze(rows);
    expect(findings.every(([code, severity]) => code === "not_assessed" && severity === "info")).toBe(true);
    expect(findings.map((f) => f[4])).toEqual(marks);
    expect(analysis.totals).toMatchObject({ max: 1, score: 1 });
  });

  it("a self-assessment whose appraisal column holds only the marks is read on the self-assessed score", () => {
    const { analysis, findings } = analyze([
      ["1", "Chỉ đạo", 2, 1.5, null, null, null],
      ["1.1", "Kế hoạch", 1, 0.5, null, null, "chậm"],
      ["1.2", "Báo cáo", 1, 1, null, null, null],
      ["1.3", "Thu hút đầu tư", "KĐG", "KĐG", "KĐG", "KĐG", null],
    ]);
    expect(analysis.scoreSource).toBe("self");
    expect(findings).toEqual([["not_assessed", "info", "Điểm!D5", "1.3", "KĐG"]]);
    expect(analysis.totals).toMatchObject({ max: 2, score: 1.5 });
  });
});
