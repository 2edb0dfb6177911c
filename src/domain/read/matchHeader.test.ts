import { matchHeader } from "./matchHeader";

describe("matchHeader", () => {
  it.each([
    ["TT", "code"],
    ["STT", "code"],
    ["Mã", "code"],
    ["Mã tiêu chí", "code"],
    ["Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "title"],
    ["Nội dung", "title"],
    ["Tiêu chí", "title"],
    ["Điểm tối đa", "max"],
    ["ĐIỂM  CHUẨN", "max"],
    ["Điểm tự đánh giá", "self"],
    ["Điểm tự chấm", "self"],
    ["Tự đánh giá", "self"],
    ["Điểm đánh giá Tự đánh giá", "self"],
    ["Điểm thẩm định", "appraised"],
    ["Điểm đạt được", "appraised"],
    ["Điểm đạt", "appraised"],
    ["Điểm đánh giá Thẩm định", "appraised"],
    ["Lý do trừ điểm", "reason"],
    ["Giải trình", "reason"],
    ["Ghi chú", "reason"],
    ["Tài liệu kiểm chứng", "evidence"],
  ])("%p names the %p column", (text, role) => {
    expect(matchHeader(text)?.role).toBe(role);
  });

  it.each(["Chỉ số (%)", "Điều tra XHH", "Số liệu kê khai", "Cách tính điểm", "Điểm", "Điểm đánh giá", ""])(
    "%p is not a column the engine reads",
    (text) => expect(matchHeader(text)).toBeNull(),
  );

  it("numbers appraisal rounds", () => {
    expect(matchHeader("Thẩm định lần 1")).toMatchObject({ role: "appraised", round: 1 });
    expect(matchHeader("Điểm thẩm định Lần 2")).toMatchObject({ role: "appraised", round: 2 });
  });

  it("prefers a reason column over a remarks column", () => {
    expect(matchHeader("Lý do trừ điểm")!.rank).toBeLessThan(matchHeader("Ghi chú")!.rank);
  });
});
