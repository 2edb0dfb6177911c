import { formatNumber, formatScore } from "./formatNumber";

describe("formatNumber", () => {
  it.each([
    [8.92, "8,92"],
    [0.5, "0,5"],
    [10, "10"],
    [1.4200000001, "1,42"],
    [0.1 + 0.2, "0,3"],
    [-1.25, "-1,25"],
    [-0.001, "0"],
    [75.25, "75,25"],
    [1234.5, "1234,5"],
  ])("writes %p as %p", (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it("writes a score over its maximum", () => {
    expect(formatScore(1.42, 1.5)).toBe("1,42/1,5");
  });
});

describe("English reports use the decimal point", () => {
  it.each([
    [8.92, "8.92"],
    [1.4200000001, "1.42"],
    [-0.001, "0"],
    [1234.5, "1234.5"],
  ])("writes %p as %p", (value, text) => {
    expect(formatNumber(value, "en")).toBe(text);
  });

  it("writes a score over its maximum", () => {
    expect(formatScore(1.42, 1.5, "en")).toBe("1.42/1.5");
    expect(formatScore(1.42, 1.5, "vi")).toBe("1,42/1,5");
  });
});
