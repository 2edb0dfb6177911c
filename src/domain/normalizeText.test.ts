import { normalizeText } from "./normalizeText";

describe("normalizeText", () => {
  it("folds case, diacritics, đ and spacing", () => {
    expect(normalizeText("  Điểm  TỰ đánh giá ")).toBe("diem tu danh gia");
    expect(normalizeText("Lĩnh vực/Tiêu chí/Tiêu chí thành phần")).toBe("linh vuc/tieu chi/tieu chi thanh phan");
  });

  it("treats precomposed and decomposed Vietnamese alike", () => {
    expect(normalizeText("Thẩm định".normalize("NFD"))).toBe(normalizeText("Thẩm định".normalize("NFC")));
  });
});
