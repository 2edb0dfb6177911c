import { findKindRule, KIND_RULES, kindStep } from "./kindSteps";

const kindOf = (title: string) => findKindRule(title)?.kind;

describe("findKindRule", () => {
  it.each([
    ["Kế hoạch theo dõi thi hành pháp luật", "plan"],
    ["Ban hành kế hoạch tuyên truyền CCHC năm", "plan"],
    ["Mức độ hoàn thành kế hoạch cải cách hành chính", "planCompletion"],
    ["Thực hiện việc khắc phục tồn tại, hạn chế sau kiểm tra do cấp trên chỉ ra", "remedy"],
    ["Thực hiện chức năng nhiệm vụ của đơn vị trong năm theo khung, kế hoạch trọng tâm năm hoặc chương trình công tác", "tasks"],
    ["Báo cáo CCHC định kỳ (quý, 6 tháng, năm)", "report"],
    ["Báo cáo kết quả theo dõi thi hành pháp luật", "lawMonitoring"],
    ["Thực hiện kiểm tra công tác CCHC", "inspection"],
    ["Công tác tuyên truyền cải cách hành chính", "communication"],
    ["Sáng kiến mới trong công tác CCHC", "initiative"],
    ["Hồ sơ cán bộ công chức viên chức", "staffRecords"],
    ["Tài liệu kiểm chứng đầy đủ, đúng quy định", "evidence"],
    ["Chất lượng Cổng thông tin điện tử", "portal"],
    ["Tỷ lệ hồ sơ TTHC được xử lý trực tuyến mức độ 4", "onlineServices"],
    ["Áp dụng Hệ thống quản lý chất lượng ISO 9001:2015", "iso"],
    ["Thực hiện cơ chế một cửa, một cửa liên thông", "oneStop"],
    ["Tổ chức thực hiện tại đơn vị các văn bản QPPL của Trung ương", "legalDocuments"],
    ["Số đơn vị sự nghiệp công lập tự đảm bảo chi thường xuyên", "financialAutonomy"],
    ["Thực hiện quy định về sử dụng biên chế", "staffing"],
    ["Đào tạo, bồi dưỡng công chức, viên chức", "training"],
  ])("recognises %p as %s", (title, kind) => {
    expect(kindOf(title)).toBe(kind);
  });

  it("recognises nothing in a title of no known kind", () => {
    expect(findKindRule("Một tiêu chí không thuộc loại nào")).toBeUndefined();
  });

  it("names the missing plan and dates it for the first quarter", () => {
    const rule = findKindRule("Kế hoạch theo dõi thi hành pháp luật năm 2020")!;
    const step = kindStep(rule, "Kế hoạch theo dõi thi hành pháp luật năm 2020");
    expect(step.deadline).toBe("quarter1");
    expect(step.text).toContain("kế hoạch theo dõi thi hành pháp luật năm {year},");
    expect(step.text).not.toContain("2020");
  });

  it("writes every step as one plain sentence, without a dash or a line break", () => {
    for (const rule of KIND_RULES) {
      const { text, note } = kindStep(rule, "Ban hành kế hoạch kiểm tra CCHC");
      expect(text).toMatch(/^\p{Lu}[^\n]*\.$/u);
      expect(note).not.toMatch(/^-|\n/);
    }
  });
});
