import { buildAnalysis } from "../../../test/helpers/analysis";
import { SEED_000 } from "../../../test/helpers/seed000";
import { layoutRemediationSheet } from "./layoutRemediationSheet";
import { planRemediation } from "../plan/planRemediation";
import { REMEDIATION_HEADERS, type RemediationTable } from "../plan/remediation";

const table: RemediationTable = {
  title: "GIẢI PHÁP",
  subtitle: "Khắc phục trong năm 2021 …",
  headers: REMEDIATION_HEADERS,
  rows: [
    {
      tt: "1",
      areaCode: "1",
      issues: ["Tiêu chí 1: …: Đoàn thẩm định đánh giá đạt 8,92/10 điểm. Bị trừ các tiêu chí cụ thể sau:", "- Tiêu chí 1.2: … đạt 1,42/1,5 điểm."],
      steps: [
        { text: "Xây dựng kế hoạch.", deadline: "Quý I/2021", note: "" },
        { text: "Báo cáo đúng hạn.", deadline: "Thường xuyên", note: "Định kỳ 6 tháng/năm" },
      ],
      fullMarks: false,
    },
    {
      tt: "2",
      areaCode: "3",
      issues: ["Tiêu chí 3: Cải cách thủ tục hành chính: Đoàn thẩm định đánh giá đạt 14,5/14,5 điểm."],
      steps: [{ text: "Phát huy kết quả đạt được, tiếp tục …", deadline: "Thường xuyên", note: "" }],
      fullMarks: true,
    },
  ],
};

describe("layoutRemediationSheet", () => {
  const layout = layoutRemediationSheet(table);

  it("puts title and subtitle on rows 1–2 merged across A:E, a blank row, then the headers", () => {
    expect([layout.titleRow, layout.subtitleRow, layout.headerRow]).toEqual([0, 1, 3]);
    expect(layout.cells[0][0]).toBe("GIẢI PHÁP");
    expect(layout.cells[1][0]).toBe("Khắc phục trong năm 2021 …");
    expect(layout.cells[2]).toEqual(["", "", "", "", ""]);
    expect(layout.cells[3]).toEqual([...REMEDIATION_HEADERS]);
    expect(layout.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 1, left: 0, bottom: 1, right: 4 },
    ]);
  });

  it("writes one row per area: issues by line, steps and deadlines aligned with '- ', notes that exist", () => {
    expect(layout.cells[4]).toEqual([
      "1",
      "Tiêu chí 1: …: Đoàn thẩm định đánh giá đạt 8,92/10 điểm. Bị trừ các tiêu chí cụ thể sau:\n- Tiêu chí 1.2: … đạt 1,42/1,5 điểm.",
      "- Xây dựng kế hoạch.\n- Báo cáo đúng hạn.",
      "- Quý I/2021\n- Thường xuyên",
      "Định kỳ 6 tháng/năm",
    ]);
  });

  it("writes a single step without a dash", () => {
    expect(layout.cells[5].slice(2)).toEqual(["Phát huy kết quả đạt được, tiếp tục …", "Thường xuyên", ""]);
  });

  it("is a rectangle of strings, 5 wide, with widths and the official font", () => {
    expect(layout.cells).toHaveLength(6);
    for (const row of layout.cells) {
      expect(row).toHaveLength(5);
      for (const cell of row) expect(typeof cell).toBe("string");
    }
    expect(layout.columnWidths).toHaveLength(5);
    expect(layout.fontName).toBe("Times New Roman");
    expect(layout.fontSize).toBe(13);
  });

  it("keeps each step's deadline on the step's line for seed 000", () => {
    const seedLayout = layoutRemediationSheet(planRemediation(buildAnalysis(SEED_000), { year: 2021 }));
    const body = seedLayout.cells.slice(seedLayout.headerRow + 1);
    expect(body).toHaveLength(7);
    for (const [, , steps, deadlines] of body) {
      expect(steps.split("\n")).toHaveLength(deadlines.split("\n").length);
    }
    expect(body[1][3]).toBe("- Thường xuyên\n- Quý I/2021");
  });
});

describe("layoutRemediationSheet: the Ghi chú column", () => {
  it("prints a note shared by two steps once (area 6: finance and survey steps, both 'Định kỳ 6 tháng/năm')", () => {
    const steps = [
      { text: "Quản lý, sử dụng kinh phí đúng quy định.", deadline: "Thường xuyên", note: "Định kỳ 6 tháng/năm" },
      { text: "Khảo sát sự hài lòng.", deadline: "Thường xuyên", note: "Định kỳ 6 tháng/năm." },
      { text: "Báo cáo đúng hạn.", deadline: "Thường xuyên", note: "Định kỳ quý, 6 tháng, năm" },
    ];
    const layout = layoutRemediationSheet({ ...table, rows: [{ ...table.rows[0], steps }] });
    expect(layout.cells[4][4]).toBe("Định kỳ 6 tháng/năm\nĐịnh kỳ quý, 6 tháng, năm");
  });
});
