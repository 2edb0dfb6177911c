import { analyzeWorkbook } from "../domain";
import { sheet, workbook } from "../../test/helpers/grid";
import { reportCheck } from "./reportCheck";

describe("reportCheck: criteria not assessed", () => {
  it("counts a not-assessed criterion as neither error nor warning, and lists it after them", () => {
    const result = analyzeWorkbook(
      workbook(
        sheet("Điểm", [
          ["TT", "Nội dung", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"],
          ["1", "Chỉ đạo", 2, 1.5, null],
          ["1.1", "Kế hoạch", 1, 0.5, null],
          ["1.2", "Báo cáo", 1, 1, null],
          ["1.3", "Thu hút đầu tư", "KĐG", "KĐG", null],
        ]),
      ),
    );
    const report = reportCheck(result, "vi");
    expect(report.tone).toBe("success");
    const findingLines = report.lines.filter((line) => line.startsWith("• "));
    expect(findingLines).toHaveLength(2);
    expect(findingLines[0]).toContain("Điểm!E3"); // the missing reason (warning) first
    expect(findingLines[1]).toContain("«KĐG»");
    expect(report.lines.join("\n")).toMatch(/1 cảnh báo/);
  });
});
