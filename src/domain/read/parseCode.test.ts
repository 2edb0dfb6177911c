import { createCodeResolver, readCode, romanToNumber, splitTitleCode, type WrittenCode } from "./parseCode";

function resolveAll(codes: (string | number)[]): string[] {
  const resolve = createCodeResolver();
  return codes.map((code) => resolve(readCode(code) as WrittenCode));
}

describe("readCode", () => {
  it.each([
    ["1", [1]],
    ["1.2", [1, 2]],
    ["2.6.1", [2, 6, 1]],
    ["2.6.1.3", [2, 6, 1, 3]],
    ["1.2.", [1, 2]],
    [" 2 . 6 ", [2, 6]],
    [1, [1]],
    [1.2, [1, 2]],
    ["Tiêu chí 1.2", [1, 2]],
  ])("reads %p as a dotted code", (value, segments) => {
    expect(readCode(value)).toMatchObject({ kind: "dotted", segments });
  });

  it.each([["I", 1], ["IV", 4], ["VIII", 8], ["II.", 2]])("reads %p as Roman area %p", (value, area) => {
    expect(readCode(value)).toMatchObject({ kind: "roman", area });
  });

  it.each(["a)", "-", "Tổng cộng", "1 2", "1  2", "1..2", ".", "1234", "A", "ii", "", null, 0, "1,5"])("%p is no code", (value) => {
    expect(readCode(value)).toBeNull();
  });

  it("converts Roman numerals", () => expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => romanToNumber(["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"][n - 1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]));
});

describe("splitTitleCode", () => {
  it.each([
    ["Tiêu chí 1.2: Mức độ hoàn thành kế hoạch", "1.2", "Mức độ hoàn thành kế hoạch", "Tiêu chí 1.2"],
    ["TIÊU CHÍ 1.2 - Mức độ", "1.2", "Mức độ", "TIÊU CHÍ 1.2"],
    ["Lĩnh vực 2 - Cải cách thể chế", "2", "Cải cách thể chế", "Lĩnh vực 2"],
    ["Tiêu chí thành phần 2.6.1. Kế hoạch theo dõi", "2.6.1", "Kế hoạch theo dõi", "Tiêu chí thành phần 2.6.1"],
    ["1.2. Mức độ hoàn thành", "1.2", "Mức độ hoàn thành", "1.2"],
    ["II. CẢI CÁCH THỂ CHẾ", "2", "CẢI CÁCH THỂ CHẾ", "II"],
  ])("%p", (text, code, title, written) => {
    const split = splitTitleCode(text)!;
    const segments = split.code.kind === "dotted" ? split.code.segments.join(".") : String(split.code.area);
    expect([segments, split.title, split.code.text]).toEqual([code, title, written]);
  });

  it("reads a title typed in decomposed Unicode", () => {
    expect(splitTitleCode("Lĩnh vực 2 - Cải cách thể chế".normalize("NFD"))).toMatchObject({ title: "Cải cách thể chế" });
  });

  it.each(["Ban hành kịp thời: 1 điểm", "0,5 điểm", "2 lần/năm", "Tiêu chí đánh giá", "Tổng cộng"])("%p has no code", (text) => {
    expect(splitTitleCode(text)).toBeNull();
  });
});

describe("createCodeResolver", () => {
  it("keeps full dotted codes", () => {
    expect(resolveAll(["1", "1.1", "1.1.1", "2", "2.1"])).toEqual(["1", "1.1", "1.1.1", "2", "2.1"]);
  });

  it("numbers criteria again from 1 under each Roman area", () => {
    expect(resolveAll(["I", "1", "2", "2.1", "II", "1", "1.2", "2"])).toEqual(["1", "1.1", "1.2", "1.2.1", "2", "2.1", "2.1.2", "2.2"]);
  });

  it("sees full codes under Roman areas", () => {
    expect(resolveAll(["I", "1.1", "1.2", "II", "2.1", "2.1.1"])).toEqual(["1", "1.1", "1.2", "2", "2.1", "2.1.1"]);
  });

  it("decides per area", () => {
    expect(resolveAll(["I", "1.1", "II", "1", "1.1"])).toEqual(["1", "1.1", "2", "2.1", "2.1.1"]);
  });
});
