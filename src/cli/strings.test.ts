import { cliStrings } from "./strings";

describe("cliStrings (en): counts agree with their number", () => {
  const s = cliStrings("en");
  it.each<[string, string]>([
    [s.verdictErrors(1, 1), "Result: 1 ERROR, 1 warning."],
    [s.verdictErrors(2, 3), "Result: 2 ERRORS, 3 warnings."],
    [s.verdictOk(1), "Result: no errors (1 warning)."],
    [s.planHasErrors(1, "a.xlsx"), 'Note: the scoring table has 1 error; see it with: cchc check "a.xlsx"'],
  ])("%p", (text, expected) => {
    expect(text).toBe(expected);
  });
});
