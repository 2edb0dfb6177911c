import { differs, isBelow } from "./compareScores";

describe("differs / isBelow: two-decimal comparison with a 0,005 tolerance", () => {
  it("ignores float noise", () => {
    expect(differs(0.1 + 0.2, 0.3)).toBe(false);
    expect(differs(1.42 + 1.33 + 0.25, 3)).toBe(false);
    expect(isBelow(0.1 + 0.2, 0.3)).toBe(false);
    expect(isBelow(0.3, 0.1 + 0.2)).toBe(false);
  });

  it("passes 0,004 and exactly 0,005, fails 0,006, in either direction", () => {
    expect([differs(1.004, 1), differs(1, 1.004), differs(1.005, 1), differs(93.43, 93.425)]).toEqual([false, false, false, false]);
    expect([differs(1.006, 1), differs(1, 1.006)]).toEqual([true, true]);
  });

  it("isBelow is one-sided", () => {
    expect([isBelow(1.42, 1.5), isBelow(1.5, 1.42), isBelow(1.496, 1.5), isBelow(1.494, 1.5)]).toEqual([true, false, false, true]);
  });
});
