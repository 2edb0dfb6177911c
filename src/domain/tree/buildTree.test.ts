import { cell, sheet } from "../../../test/helpers/grid";
import type { ScoreSource } from "../base/options";
import { buildTree } from "./buildTree";
import { flattenTree } from "./criteria";
import { findTable } from "../read/findTable";
import { readRows } from "../read/readRows";
import type { CellValue } from "../base/snapshot";

const HEADER = ["TT", "Nội dung", "Điểm tối đa", "Tự đánh giá", "Thẩm định lần 1", "Thẩm định lần 2", "Lý do trừ điểm"];

function build(rows: CellValue[][], source: ScoreSource = "appraised") {
  const grid = sheet("S", [HEADER, ...rows]);
  const layout = findTable(grid)!;
  const { tree, findings } = buildTree(readRows(grid, layout), source);
  const byCode = new Map(flattenTree(tree.areas).map((node) => [node.code, node]));
  return { tree, findings: findings.map((f) => `${f.code}@${f.cell.row + 1}:${f.severity}`), byCode, rawFindings: findings };
}

describe("buildTree", () => {
  it("hangs codes under their parents and keeps sheet order", () => {
    const { tree, findings } = build([
      ["1", "A", 3, 3, 3], ["1.1", "a", 1, 1, 1], ["1.2", "b", 2, 2, 2], ["2", "B", 1, 1, 1], ["2.1", "c", 1, 1, 1],
    ]);
    expect(tree.areas.map((area) => [area.code, area.level, area.children.map((c) => c.code)])).toEqual([
      ["1", 1, ["1.1", "1.2"]],
      ["2", 1, ["2.1"]],
    ]);
    expect(findings).toEqual([]);
  });

  it("uses the last appraisal round filled in and keeps the self score beside it", () => {
    const { byCode } = build([["1", "A", 2, 2, 1.5, 1.8, "x"], ["2", "B", 1, 1, 0.5, "-", "y"]]);
    expect(byCode.get("1")).toMatchObject({ score: 1.8, selfScore: 2, appraisedScore: 1.8, reason: "x" });
    expect(byCode.get("1")!.cells).toMatchObject({ score: cell("F2", "S"), self: cell("D2", "S"), appraised: cell("F2", "S"), reason: cell("G2", "S") });
    expect(byCode.get("2")).toMatchObject({ score: 0.5, appraisedScore: 0.5 });
    expect(byCode.get("2")!.cells.score).toEqual(cell("E3", "S"));
  });

  it("uses the self score when told to", () => {
    const { byCode } = build([["1", "A", 2, 2, 1.5]], "self");
    expect(byCode.get("1")).toMatchObject({ score: 2, appraisedScore: 1.5 });
  });

  it("takes a blank parent's score and max from its children, without a finding", () => {
    const { byCode, findings } = build([["1", "A", null, null, null], ["1.1", "a", 1, 1, 1], ["1.2", "b", 2, 2, 1.5, null, "r"]]);
    expect(byCode.get("1")).toMatchObject({ max: 3, score: 2.5, scoreFromChildren: true, maxFromChildren: true });
    expect(findings).toEqual([]);
  });

  it("does not paper over a parent's formula error with the children's sum", () => {
    const { byCode, findings } = build([["1", "A", 3, 3, { error: "#REF!" }], ["1.1", "a", 3, 3, 3]]);
    expect(byCode.get("1")).toMatchObject({ score: null });
    expect(byCode.get("1")!.scoreFromChildren).toBeUndefined();
    expect(findings).toEqual(["formula_error@2:error"]);
  });

  it("reports text in number cells on every score column", () => {
    const { rawFindings } = build([["1", "A", "mười", "đạt", 2]]);
    expect(rawFindings.map((f) => [f.code, f.cell.col, f.actual])).toEqual([
      ["max_not_number", 2, "mười"],
      ["score_not_number", 3, "đạt"],
    ]);
  });

  it("flags the later of two equal codes and leaves it out", () => {
    const { tree, findings } = build([["1", "A", 1, 1, 1], ["1", "A again", 1, 1, 1]]);
    expect(tree.areas).toHaveLength(1);
    expect(findings).toEqual(["duplicate_code@3:error"]);
  });

  it("flags an orphan and keeps its points under the nearest ancestor", () => {
    const { byCode, findings } = build([["2", "B", 4, 4, 4], ["2.6.1", "x", 4, 4, 4]]);
    expect(byCode.get("2")!.children.map((c) => c.code)).toEqual(["2.6.1"]);
    expect(findings).toEqual(["orphan_code@3:error"]);
  });

  it("reports a leaf with a maximum and no score", () => {
    const { findings } = build([["1", "A", 3, 3, 3], ["1.1", "a", 1, 1, 1], ["1.2", "b", 2, 2, null]]);
    expect(findings).toEqual(["missing_score@4:error"]);
  });

  it("asks a scored leaf for its maximum, but lets a criterion marked not applicable be", () => {
    const { findings } = build([["1", "A", 3, 3, 3], ["1.1", "a", null, 1, 1], ["1.2", "b", 2, 2, 2], ["1.3", "n/a", "-", "x", "-"]]);
    expect(findings).toEqual(["max_not_number@3:error"]);
  });

  it("gives one warning for an area nobody scored (the surveyed area), not one per criterion", () => {
    const { findings } = build([
      ["1", "A", 1, 1, 1],
      ["8", "Tác động", 10, null, null], ["8.1", "a", 6, null, null], ["8.2", "b", 4, null, null],
    ]);
    expect(findings).toEqual(["missing_score@3:warning"]);
  });

  it("reads the stated total and signed adjustments with the score in use", () => {
    const { tree } = build([
      ["1", "A", 2, 2, 2], [null, "Điểm thưởng", null, 1, 1], [null, "Điểm phạt", null, 0.5, "0,25"], [null, "Tổng cộng", 2, 2.5, 2.75],
    ]);
    expect(tree.adjustments.map((a) => [a.label, a.points])).toEqual([["Điểm thưởng", 1], ["Điểm phạt", -0.25]]);
    expect(tree.stated).toEqual({ max: 2, score: 2.75, maxCell: cell("C5", "S"), scoreCell: cell("E5", "S") });
  });
});
