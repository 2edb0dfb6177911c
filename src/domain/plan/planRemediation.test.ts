import { buildAnalysis } from "../../../test/helpers/analysis";
import { SEED_000, SEED_000_ISSUES } from "../../../test/helpers/seed000";
import { planRemediation } from "./planRemediation";
import { REMEDIATION_HEADERS, type RemediationTable } from "./remediation";

const seed = () => buildAnalysis(SEED_000);
const plan2021 = (options = {}) => planRemediation(seed(), { year: 2021, ...options });

function allText(table: RemediationTable): string[] {
  return [
    table.title,
    table.subtitle,
    ...table.rows.flatMap((row) => [row.tt, ...row.issues, ...row.steps.flatMap((s) => [s.text, s.deadline, s.note])]),
  ];
}

describe("planRemediation on seed 000 (Sở Ngoại vụ, 75,25/80)", () => {
  it("titles the table as the seed does", () => {
    const table = plan2021();
    expect(table.title).toBe("GIẢI PHÁP");
    expect(table.subtitle).toBe(
      "Khắc phục trong năm 2021 đối với các tồn tại, hạn chế trong công tác CCHC, các tiêu chí bị trừ điểm trong đợt thẩm định, đánh giá CCHC năm 2020",
    );
    expect(table.headers).toEqual(REMEDIATION_HEADERS);
  });

  it("has one row per area, in order, numbered from 1", () => {
    const rows = plan2021().rows;
    expect(rows.map((row) => [row.tt, row.areaCode])).toEqual(["1", "2", "3", "4", "5", "6", "7"].map((n) => [n, n]));
    expect(rows.map((row) => row.fullMarks)).toEqual([false, false, true, false, false, false, false]);
  });

  it.each(Object.keys(SEED_000_ISSUES))("writes column 2 of area %s line by line as seed 000", (code) => {
    const row = plan2021().rows.find((candidate) => candidate.areaCode === code);
    expect(row?.issues).toEqual(SEED_000_ISSUES[code]);
  });

  it("lists every deducted leaf exactly once and no parent", () => {
    const analysis = seed();
    const lines = planRemediation(analysis, { year: 2021 }).rows.flatMap((row) => row.issues);
    for (const deduction of analysis.deductions) {
      const count = lines.filter((line) => line.startsWith(`- Tiêu chí ${deduction.code}:`)).length;
      expect([deduction.code, count]).toEqual([deduction.code, deduction.leaf ? 1 : 0]);
    }
    expect(lines.filter((line) => line.startsWith("- ")).length).toBe(analysis.deductions.filter((d) => d.leaf).length);
  });

  it("prints no undefined, NaN, float noise or decimal point in any cell", () => {
    for (const text of allText(plan2021())) {
      expect(text).not.toMatch(/undefined|NaN|null|\[object/);
      expect(text).not.toMatch(/\d,\d{3,}/); // 12,8299999 would be noise
      expect(text).not.toMatch(/\d\.\d+\/|\/\d+\.\d/); // "1.42/1.5" instead of "1,42/1,5"
    }
  });

  it("gives every area at least one step, each with a deadline, and plain sentences without a leading dash", () => {
    for (const row of plan2021().rows) {
      expect(row.steps.length).toBeGreaterThan(0);
      for (const step of row.steps) {
        expect(step.text).not.toMatch(/^\s*[-+•]/);
        expect(step.text.length).toBeGreaterThan(20);
        expect(step.deadline).not.toBe("");
      }
    }
  });

  it("gives one step per deducted leaf (kinds differ here) and a single keep-up step to a full-mark area", () => {
    const rows = plan2021().rows;
    expect(rows.map((row) => row.steps.length)).toEqual([3, 2, 1, 1, 1, 1, 2]);
    expect(rows[2].steps[0].text).toMatch(/^Phát huy kết quả đạt được, tiếp tục .*(thủ tục hành chính|TTHC)/);
  });

  it("plans the missing law-monitoring plan (2.6.1) for the first quarter and implementing QPPL (2.5) as ongoing", () => {
    const [qppl, plan] = plan2021().rows[1].steps;
    expect(plan.text).toMatch(/ban hành kịp thời kế hoạch theo dõi thi hành pháp luật năm 2021/);
    expect(plan.deadline).toBe("Quý I/2021");
    expect(qppl.text).toMatch(/văn bản QPPL/);
    expect(qppl.deadline).toBe("Thường xuyên");
  });

  it("matches each deducted leaf of seed 000 to a step about the same thing", () => {
    const rows = plan2021().rows;
    const texts = (code: string) => rows.find((row) => row.areaCode === code)?.steps.map((s) => s.text).join(" | ") ?? "";
    expect(texts("1")).toMatch(/kế hoạch năm 2021.*\|.*khắc phục.*\|.*sáng kiến/);
    expect(texts("4")).toMatch(/chức năng, nhiệm vụ/);
    expect(texts("5")).toMatch(/hồ sơ cán bộ, công chức, viên chức/);
    expect(texts("6")).toMatch(/tự chủ tài chính|tự bảo đảm chi thường xuyên/);
    expect(texts("7")).toMatch(/Cổng\/Trang thông tin điện tử.*\|.*dịch vụ công trực tuyến/);
  });

  it("dates the plan steps for the year asked", () => {
    const deadlines = planRemediation(seed(), { year: 2025 }).rows.flatMap((row) => row.steps.map((s) => s.deadline));
    expect(deadlines).toContain("Quý I/2025");
    expect(deadlines).not.toContain("Quý I/2021");
  });
});

describe("planRemediation options", () => {
  it("drops full-mark areas and renumbers when includeFullMarkAreas is false", () => {
    const rows = plan2021({ includeFullMarkAreas: false }).rows;
    expect(rows.map((row) => [row.tt, row.areaCode])).toEqual([["1", "1"], ["2", "2"], ["3", "4"], ["4", "5"], ["5", "6"], ["6", "7"]]);
  });

  it("uses the appraised year given and the default deadline given", () => {
    const table = plan2021({ appraisedYear: 2019, defaultDeadline: "Trong năm 2021" });
    expect(table.subtitle).toMatch(/đánh giá CCHC năm 2019$/);
    expect(table.rows[3].steps[0].deadline).toBe("Trong năm 2021");
  });

  it("says the unit assessed itself when the scores are self-assessed", () => {
    const table = planRemediation(buildAnalysis(SEED_000, { scoreSource: "self" }), { year: 2021 });
    expect(table.rows[0].issues[0]).toMatch(/: Đơn vị tự đánh giá đạt 8,92\/10 điểm\./);
    expect(allText(table).join("\n")).not.toMatch(/Đoàn thẩm định/);
  });

  it("lets the workbook's templates replace our steps: exact code, nearest ancestor, area code", () => {
    const templates = [
      { code: "1.2", step: "Bám sát Kế hoạch số 41/KH-SNgV.", deadline: "Trước 31/3/2021", note: "Văn phòng" },
      { code: "2.6", step: "Tham mưu xây dựng đầy đủ các kế hoạch về công tác tư pháp.", deadline: "", note: "" },
      { code: "7", step: "Triển khai Kế hoạch chuyển đổi số của tỉnh.", deadline: "Năm 2021", note: "" },
      { code: "Tiêu chí 7.1.8", step: "Chờ chỉ đạo của Bộ Ngoại giao.", deadline: "", note: "Khi có hướng dẫn" },
    ];
    const rows = plan2021({ templates }).rows;
    expect(rows[0].steps[0]).toEqual({ text: "Bám sát Kế hoạch số 41/KH-SNgV.", deadline: "Trước 31/3/2021", note: "Văn phòng" });
    expect(rows[0].steps).toHaveLength(3);
    // 2.6.1 takes its parent's template, keeping the deadline our plan step would have had.
    expect(rows[1].steps[1]).toEqual({ text: "Tham mưu xây dựng đầy đủ các kế hoạch về công tác tư pháp.", deadline: "Quý I/2021", note: "" });
    // 7.1.5 takes the area's template; 7.1.8 its own, nearer one.
    expect(rows[6].steps.map((s) => s.text)).toEqual(["Triển khai Kế hoạch chuyển đổi số của tỉnh.", "Chờ chỉ đạo của Bộ Ngoại giao."]);
    expect(rows[6].steps[1].note).toBe("Khi có hướng dẫn");
  });

  it("de-duplicates steps when several leaves call for the same one", () => {
    const analysis = buildAnalysis([
      ["1", "Công tác chỉ đạo, điều hành CCHC", 3],
      ["1.1", "Báo cáo CCHC định kỳ hằng quý", 1, 0.5, "Chậm 1 báo cáo quý"],
      ["1.2", "Báo cáo kiểm soát TTHC", 1, 0.5, "Thiếu số liệu"],
      ["1.3", "Một tiêu chí không thuộc loại nào", 1, 0.75],
    ]);
    const [row] = planRemediation(analysis, { year: 2024 }).rows;
    expect(row.issues).toHaveLength(4);
    expect(row.issues[3]).toBe("- Tiêu chí 1.3: Một tiêu chí không thuộc loại nào đạt 0,75/1 điểm.");
    expect(row.steps).toHaveLength(2);
    expect(row.steps[0]).toMatchObject({ deadline: "Thường xuyên", note: "Định kỳ quý, 6 tháng, năm" });
    expect(row.steps[1].text).toMatch(/chỉ đạo, điều hành/); // the area's default for the unrecognised criterion
  });

  it("does not repeat 'Lý do' or the final stop written in the reason cell", () => {
    const analysis = buildAnalysis([
      ["1", "Cải cách thể chế", 1],
      ["1.1", "Tự kiểm tra văn bản", 1, 0.5, "Lý do:  chưa\nkiểm tra đủ."],
    ]);
    expect(planRemediation(analysis, { year: 2024 }).rows[0].issues[1]).toBe(
      "- Tiêu chí 1.1: Tự kiểm tra văn bản đạt 0,5/1 điểm. Lý do: chưa kiểm tra đủ.",
    );
  });

  it("says an area has no score yet instead of printing a figure", () => {
    const analysis = buildAnalysis([["8", "Tác động của cải cách hành chính", 20]]);
    const [row] = planRemediation(analysis, { year: 2021 }).rows;
    expect(row.issues).toEqual(["Tiêu chí 8: Tác động của cải cách hành chính: chưa có điểm đánh giá."]);
    expect(row.fullMarks).toBe(false);
    expect(row.steps[0].text).toMatch(/tuyên truyền|hài lòng/);
  });
});
