import { createProgress } from "./reviewProgress";

describe("review progress", () => {
  it("prints one plain line per file when stderr is not a terminal", () => {
    const lines: string[] = [];
    const progress = createProgress(3, { isTTY: false, write: (text) => lines.push(text) }, (s) => `${s} s`);
    progress.step("a.xlsx", 1);
    progress.step("b.xlsx", 2);
    progress.finish();
    expect(lines).toEqual(["[1/3] a.xlsx\n", "[2/3] b.xlsx\n"]);
  });

  it("redraws one bar line on a terminal, with the count, the file and the time left, and ends it", () => {
    const writes: string[] = [];
    const progress = createProgress(4, { isTTY: true, write: (text) => writes.push(text) }, (s) => `còn ~${s} giây`);
    progress.step("a.xlsx", 2);
    progress.finish();
    expect(writes[0]).toBe(`\r\u001b[K[${"░".repeat(24)}] 0/4`);
    expect(writes[1].startsWith("\r\u001b[K")).toBe(true);
    expect(writes[1].slice(4)).toMatch(/^\[█{12}░{12}\] 2\/4 a\.xlsx · còn ~\d+ giây$/);
    expect(writes[2]).toBe("\n");
  });
});
