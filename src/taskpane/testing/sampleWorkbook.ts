import type { Analysis, WorkbookSnapshot } from "../../domain";
import { cell, sheet, workbook } from "../../../test/helpers/grid";

/**
 * A small scoring sheet "Điểm" (header on row 3, two areas) and the Analysis the engine is expected to make of it,
 * written by hand so the pane's tests do not depend on the engine. Area 1 is deducted (8,92/10: criteria 1.2 and 1.5),
 * area 2 has full marks; one error (a sum mismatch in E4) and one warning (no reason in F6).
 */
export function sampleSnapshot(): WorkbookSnapshot {
  return workbook(
    sheet("Hướng dẫn", [["Ghi chú"]]),
    sheet(
      "Điểm",
      [
        ["BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC"],
        [],
        ["TT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định", "Lý do trừ điểm"],
        ["1", "Chỉ đạo, điều hành CCHC", 10, 9.5, 9, null],
        ["1.2", "Mức độ hoàn thành kế hoạch CCHC", 1.5, 1.5, 1.42, "Kế hoạch chỉ đạt 94,76%"],
        ["1.5", "Tuyên truyền CCHC", 1, 1, 0.5, null],
        ["2", "Cải cách thủ tục hành chính", 14.5, 14.5, 14.5, null],
      ],
      { merges: ["A1:F1"] },
    ),
  );
}

export function sampleAnalysis(): Analysis {
  const at = (a1: string) => cell(a1, "Điểm");
  return {
    source: {
      kind: "single",
      table: {
        sheet: "Điểm",
        headerTop: 2,
        headerBottom: 2,
        firstDataRow: 3,
        lastDataRow: 6,
        columns: { code: 0, title: 1, max: 2, self: 3, appraised: [4], reason: 5 },
      },
    },
    scoreSource: "appraised",
    candidateSheets: ["Điểm"],
    tree: { areas: [], adjustments: [], stated: null },
    totals: { max: 24.5, score: 23.42, adjustments: 0, stated: null, index: 95.59 },
    areas: [
      { code: "1", title: "Chỉ đạo, điều hành CCHC", max: 10, score: 8.92, index: 89.2, cell: at("E4") },
      { code: "2", title: "Cải cách thủ tục hành chính", max: 14.5, score: 14.5, index: 100, cell: at("E7") },
    ],
    deductions: [
      { code: "1", title: "Chỉ đạo, điều hành CCHC", level: 1, max: 10, score: 8.92, lost: 1.08, reason: "", cell: at("E4"), leaf: false },
      { code: "1.2", title: "Mức độ hoàn thành kế hoạch CCHC", level: 2, max: 1.5, score: 1.42, lost: 0.08,
        reason: "Kế hoạch chỉ đạt 94,76%", cell: at("E5"), leaf: true },
      { code: "1.5", title: "Tuyên truyền CCHC", level: 2, max: 1, score: 0.5, lost: 0.5, reason: "", cell: at("E6"), leaf: true },
    ],
    appraisalCuts: [],
    findings: [
      { code: "score_sum_mismatch", severity: "error", cell: at("E4"), criterion: "1", expected: 1.92, actual: 9 },
      { code: "missing_reason", severity: "warning", cell: at("F6"), criterion: "1.5" },
    ],
  };
}
