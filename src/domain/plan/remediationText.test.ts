import { cleanTitle, endSentence, inSentence, sentenceCase } from "./remediationText";

describe("remediation text helpers", () => {
  it.each([
    ["CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", "Công tác chỉ đạo, điều hành CCHC"],
    ["XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN VĂN BẢN QPPL:", "Xây dựng và tổ chức thực hiện văn bản QPPL"],
    ["ÁP DỤNG ISO 9001:2015", "Áp dụng ISO 9001:2015"],
    ["Cải cách TTHC", "Cải cách TTHC"],
    ["2.1", "2.1"],
  ])("puts %p in sentence case", (title, expected) => {
    expect(sentenceCase(title)).toBe(expected);
  });

  it("ends a sentence with exactly one stop", () => {
    expect(endSentence("chỉ đạt 88%/100%")).toBe("chỉ đạt 88%/100%.");
    expect(endSentence("theo quy định. ")).toBe("theo quy định.");
    expect(endSentence("thiếu;")).toBe("thiếu.");
    expect(endSentence("  ")).toBe("");
  });

  it("trims a title's trailing colon and lower-cases it inside a sentence unless it starts with an acronym", () => {
    expect(cleanTitle("Cải cách tài chính công:")).toBe("Cải cách tài chính công");
    expect(inSentence("Công tác văn thư")).toBe("công tác văn thư");
    expect(inSentence("CCHC nội bộ")).toBe("CCHC nội bộ");
  });
});
