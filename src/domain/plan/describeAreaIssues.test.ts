import { buildAnalysis } from "../../../test/helpers/analysis";
import { describeAreaIssues, describeDeduction } from "./describeAreaIssues";

const analysis = buildAnalysis([
  ["4", "Cải cách tổ chức bộ máy:", 3],
  ["4.1", "Sắp xếp tổ chức", 1.5, 1.5],
  ["4.2", "Thực hiện chức năng nhiệm vụ", 1.5, 1.25, ""],
]);
const [area] = analysis.tree.areas;
const leaves = analysis.deductions.filter((d) => d.leaf);

describe("describeAreaIssues", () => {
  it("uses the singular for one deducted criterion and no reason part when there is none", () => {
    expect(describeAreaIssues(area, leaves, "appraised")).toEqual([
      "Tiêu chí 4: Cải cách tổ chức bộ máy: Đoàn thẩm định đánh giá đạt 2,75/3 điểm. Bị trừ tiêu chí cụ thể sau:",
      "- Tiêu chí 4.2: Thực hiện chức năng nhiệm vụ đạt 1,25/1,5 điểm.",
    ]);
  });

  it("names the unit when the scores are self-assessed", () => {
    expect(describeAreaIssues(area, leaves, "self")[0]).toContain(": Đơn vị tự đánh giá đạt 2,75/3 điểm.");
  });

  it("never prints float noise from summed scores", () => {
    const noisy = { ...leaves[0], score: 0.1 + 0.2, max: 0.30000000000000004 + 0.2, reason: "Thiếu\n báo cáo" };
    expect(describeDeduction(noisy)).toBe("- Tiêu chí 4.2: Thực hiện chức năng nhiệm vụ đạt 0,3/0,5 điểm. Lý do: Thiếu báo cáo.");
  });
});
