import { uniqueSheetName } from "./sheetName";

describe("uniqueSheetName", () => {
  it("keeps the base when it is free", () => {
    expect(uniqueSheetName("GIẢI PHÁP", ["Chấm điểm", "Sheet1"])).toBe("GIẢI PHÁP");
  });

  it("numbers from (2), comparing without case as Excel does", () => {
    expect(uniqueSheetName("GIẢI PHÁP", ["giải pháp"])).toBe("GIẢI PHÁP (2)");
    expect(uniqueSheetName("GIẢI PHÁP", ["GIẢI PHÁP", "Giải Pháp (2)", "GIẢI PHÁP (3)"])).toBe("GIẢI PHÁP (4)");
  });

  it("removes the characters Excel forbids and edge apostrophes", () => {
    expect(uniqueSheetName("'Giải pháp [2021]: CCHC/Sở?*'", [])).toBe("Giải pháp 2021 CCHCSở");
    expect(uniqueSheetName("a\\b", [])).toBe("ab");
  });

  it("never returns an empty name", () => {
    expect(uniqueSheetName("", [])).toBe("GIẢI PHÁP");
    expect(uniqueSheetName("[]:''", ["GIẢI PHÁP"])).toBe("GIẢI PHÁP (2)");
  });

  it("fits 31 characters by shortening the base, never the suffix", () => {
    const base = "Giải pháp khắc phục tồn tại hạn chế năm 2021";
    const first = uniqueSheetName(base, []);
    expect(first).toBe(base.slice(0, 31).trim());
    expect(first.length).toBeLessThanOrEqual(31);
    const second = uniqueSheetName(base, [first]);
    expect(second.endsWith(" (2)")).toBe(true);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(uniqueSheetName(base, [first, second]).endsWith(" (3)")).toBe(true);
  });

  it("does not end a shortened name on an apostrophe", () => {
    const name = uniqueSheetName(`${"x".repeat(30)}'abc`, []);
    expect(name).toBe("x".repeat(30));
  });

  it("avoids the reserved name History", () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
  });
});
