import { cell } from "../../../test/helpers/grid";
import type { Finding } from "../base/finding";
import { countFindings, deductedLeaves, scoresSheetOf } from "./countFindings";
import type { Deduction } from "./analysis";

const at = cell("E5", "Điểm");

describe("countFindings", () => {
  it("counts errors, warnings and information apart: only errors fail a workbook", () => {
    const findings: Finding[] = [
      { code: "score_above_max", severity: "error", cell: at },
      { code: "missing_reason", severity: "warning", cell: at },
      { code: "missing_reason", severity: "warning", cell: at },
      { code: "not_assessed", severity: "info", cell: at },
    ];
    expect(countFindings(findings)).toEqual({ errors: 1, warnings: 2, info: 1 });
    expect(countFindings([])).toEqual({ errors: 0, warnings: 0, info: 0 });
  });
});

describe("deductedLeaves and scoresSheetOf", () => {
  it("lists the leaves only, and names the scores sheet of either layout", () => {
    const deduction = (code: string, leaf: boolean): Deduction =>
      ({ code, title: code, level: 2, max: 1, score: 0.5, lost: 0.5, reason: "", cell: at, leaf });
    expect(deductedLeaves([deduction("1", false), deduction("1.2", true)]).map((d) => d.code)).toEqual(["1.2"]);
    const layout = (sheet: string) => ({ sheet, headerTop: 0, headerBottom: 0, firstDataRow: 1, lastDataRow: 9, columns: {} });
    expect(scoresSheetOf({ kind: "single", table: layout("Điểm") })).toBe("Điểm");
    expect(scoresSheetOf({ kind: "split", criteria: layout("Tiêu chí"), scores: layout("Chấm điểm") })).toBe("Chấm điểm");
  });
});
