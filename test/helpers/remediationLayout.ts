import { REMEDIATION_HEADERS, type HighlightPlan, type RemediationSheetLayout } from "../../src/domain";
import { range } from "./grid";

/**
 * A GIẢI PHÁP layout written by hand (as layoutRemediationSheet would make it), with the texts that must stay text:
 * lines starting with "-", "=", "+", "@".
 */
export function sampleLayout(): RemediationSheetLayout {
  return {
    cells: [
      ["GIẢI PHÁP", "", "", "", ""],
      [
        "Khắc phục trong năm 2021 đối với các tồn tại, hạn chế trong công tác CCHC, các tiêu chí bị trừ điểm " +
          "trong đợt thẩm định, đánh giá CCHC của tỉnh năm 2020",
        "",
        "",
        "",
        "",
      ],
      [...REMEDIATION_HEADERS],
      [
        1,
        "Tiêu chí 1: Chỉ đạo, điều hành công tác cải cách hành chính: Đoàn thẩm định đánh giá đạt 8,92/10 điểm. " +
          "Bị trừ các tiêu chí cụ thể sau:\n- Tiêu chí 1.2: Mức độ hoàn thành kế hoạch cải cách hành chính đạt " +
          "1,42/1,5 điểm. Lý do: các kế hoạch chỉ mới thực hiện được 94,76%/100%.",
        "- Rà soát, bổ sung kế hoạch CCHC năm 2021\n- Theo dõi tiến độ hằng quý",
        "Quý I/2021\nThường xuyên",
        "Định kỳ 6 tháng/năm",
      ],
      [2, "- Tiêu chí 2.1: dòng bắt đầu bằng gạch", "=1+1", "+84 912 345 678", "@ghi chú"],
      [3, "Tiêu chí 3: Cải cách thủ tục hành chính: Đoàn thẩm định đánh giá đạt 14,5/14,5 điểm.", "", "", ""],
    ],
    merges: [range("A1:E1"), range("A2:E2")],
    titleRow: 0,
    subtitleRow: 1,
    headerRow: 2,
    columnWidths: [6, 60, 50, 18, 18],
    rowHeights: [24, 40, 22, 88, 40, 22],
    fontName: "Times New Roman",
    fontSize: 13,
    titleFontSize: 15,
  };
}

/** Deducted scores in F6:F11 of the scoring fixture, and the #REF! cell. */
export function sampleHighlight(): HighlightPlan {
  return {
    rules: [
      {
        sheet: "Điểm",
        range: "F6:F11",
        formula: "=AND(ISNUMBER(F6),ISNUMBER(D6),F6<D6-0.005)",
        fill: "#FCE4D6",
        purpose: "deducted",
      },
      { sheet: "Điểm", range: "F10", formula: "=ISERROR(F10)", fill: "#F8CBAD", purpose: "error" },
    ],
  };
}
