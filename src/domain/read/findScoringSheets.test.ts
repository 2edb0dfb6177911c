import { sheet, workbook } from "../../../test/helpers/grid";
import type { AnalysisOptions } from "../base/options";
import { findScoringSheets } from "./findScoringSheets";
import type { CellValue, SheetSnapshot } from "../base/snapshot";

const TABLE: CellValue[][] = [
  ["TT", "Nội dung", "Điểm tối đa", "Điểm tự chấm"],
  ["1", "Chỉ đạo", 2, 2],
  ["1.1", "Kế hoạch", 2, 2],
];
const NOTES = sheet("Ghi chú", [["Nộp trước 15/11"]]);

function choose(options: AnalysisOptions, ...sheets: SheetSnapshot[]) {
  return findScoringSheets(workbook(...sheets), options);
}

describe("findScoringSheets", () => {
  it("prefers the sheet with the most criteria and lists the candidates best first", () => {
    const choice = choose({}, NOTES, sheet("Cũ", TABLE.slice(0, 2)), sheet("Điểm", TABLE));
    expect(choice).toMatchObject({ ok: true, kind: "single", candidates: ["Điểm", "Cũ"] });
  });

  it("skips an existing GIẢI PHÁP sheet and the Giải pháp mẫu template", () => {
    const planLike = [["TT", "Tiêu chí", "Điểm tối đa", "Điểm đạt"], ["1", "x", 1, 1], ["1.1", "y", 1, 1], ["1.2", "z", 0, 0]];
    const choice = choose({}, sheet("GIẢI PHÁP", planLike), sheet("Giải pháp mẫu", planLike), sheet("Điểm", TABLE));
    expect(choice).toMatchObject({ ok: true, candidates: ["Điểm"] });
  });

  it("uses a named sheet, matched regardless of case and diacritics", () => {
    expect(choose({ sheet: "diem" }, sheet("Khác", TABLE), sheet("Điểm", TABLE))).toMatchObject({ ok: true, candidates: ["Điểm", "Khác"] });
  });

  it("says when the named sheet does not exist, listing the sheets there are", () => {
    expect(choose({ sheet: "Điểm 2024" }, NOTES, sheet("Điểm", TABLE))).toEqual({
      ok: false,
      problem: { code: "sheet_not_found", sheet: "Điểm 2024", examined: ["Ghi chú", "Điểm"] },
    });
  });

  it("says when no sheet holds a scoring table, listing what was examined", () => {
    expect(choose({}, NOTES, sheet("GIẢI PHÁP", [["GIẢI PHÁP"]]))).toEqual({
      ok: false,
      problem: { code: "no_scoring_table", examined: ["Ghi chú"] },
    });
  });

  it.each<[string, CellValue[], string]>([
    ["no max column", ["TT", "Nội dung", "Điểm tự chấm"], "no_max_column"],
    ["no score column", ["TT", "Nội dung", "Điểm tối đa"], "no_score_column"],
    ["no code column", ["Nội dung", "Điểm tối đa", "Điểm tự chấm"], "no_code_column"],
  ])("names the problem of a table with %s", (_label, header, code) => {
    const rows = [header, ["1", "Chỉ đạo", 2].slice(0, header.length), ["Chỉ đạo", 2, 2]];
    const named = sheet("Điểm", code === "no_code_column" ? [header, ["Chỉ đạo", 2, 2]] : rows.slice(0, 2));
    expect(choose({ sheet: "Điểm" }, named)).toMatchObject({ ok: false, problem: { code, sheet: "Điểm" } });
  });

  it("pairs a criteria sheet with a scores sheet when no sheet has both", () => {
    const criteria = sheet("Tiêu chí", [["Mã", "Tiêu chí", "Điểm tối đa"], ["1", "Chỉ đạo", 2]]);
    const scores = sheet("Điểm", [["Mã", "Điểm thẩm định", "Lý do"], ["1", 2, null]]);
    expect(choose({}, criteria, scores)).toMatchObject({ ok: true, kind: "split", criteria: { sheet: criteria }, scores: { sheet: scores } });
  });

  it("finds the other half when the caller names only the criteria sheet", () => {
    const criteria = sheet("Tiêu chí", [["Mã", "Tiêu chí", "Điểm tối đa"], ["1", "Chỉ đạo", 2]]);
    const scores = sheet("Điểm", [["Mã", "Điểm thẩm định", "Lý do"], ["1", 2, null]]);
    expect(choose({ criteriaSheet: "Tiêu chí" }, scores, criteria)).toMatchObject({ ok: true, kind: "split", scores: { sheet: scores } });
  });
});
