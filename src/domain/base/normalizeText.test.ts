import { normalizeText } from "./normalizeText";

/** The definition the fast path must match: decompose, drop combining marks, đ -> d, lower case, one space. */
function reference(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

describe("normalizeText", () => {
  it("folds case, diacritics, đ and spacing", () => {
    expect(normalizeText("  Điểm  TỰ đánh giá ")).toBe("diem tu danh gia");
    expect(normalizeText("Lĩnh vực/Tiêu chí/Tiêu chí thành phần")).toBe("linh vuc/tieu chi/tieu chi thanh phan");
  });

  it("treats precomposed and decomposed Vietnamese alike", () => {
    expect(normalizeText("Thẩm định".normalize("NFD"))).toBe(normalizeText("Thẩm định".normalize("NFC")));
  });

  it("folds every character of the Basic Multilingual Plane as the definition does", () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue; // lone surrogates
      const text = `Ả${String.fromCharCode(code)}\u0301 x${String.fromCharCode(code)}`;
      if (normalizeText(text) !== reference(text)) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    "\u00a0 Lý do\ttrừ điểm \n",
    "ỨNG DỤNG CÔNG NGHỆ THÔNG TIN",
    "Tổng  cộng (Σ) – 100%",
    "İstanbul ǅ ﬁ ẞ Å Ω",
    "",
    "   ",
  ])("folds %p as the definition does", (text) => {
    expect(normalizeText(text)).toBe(reference(text));
    expect(normalizeText(text.normalize("NFD"))).toBe(reference(text.normalize("NFD")));
  });
});
