import { checkTree } from "./checkTree";
import { formatCellRef } from "../base/cellRef";
import { node, tree } from "../../../test/helpers/tree";

function codesAndCells(areas: Parameters<typeof tree>[0]) {
  return checkTree(tree(areas)).map((f) => [f.code, formatCellRef(f.cell), f.expected, f.actual]);
}

describe("checkScore: score within [0, max]", () => {
  it("flags a negative score on its score cell, expecting 0", () => {
    expect(codesAndCells([node("1", { max: 2, score: -0.5, reason: "x" })])).toEqual([
      ["score_negative", "Điểm!E6", 0, -0.5],
    ]);
  });

  it("flags a score above the maximum, expecting the maximum", () => {
    expect(codesAndCells([node("1", { max: 1.5, score: 1.6 })])).toEqual([["score_above_max", "Điểm!E6", 1.5, 1.6]]);
  });

  it("passes 0,004 above the maximum and fails 0,006 above", () => {
    expect(codesAndCells([node("1", { max: 1.5, score: 1.504 })])).toEqual([]);
    expect(codesAndCells([node("1", { max: 1.5, score: 1.506 })])).toEqual([["score_above_max", "Điểm!E6", 1.5, 1.51]]);
  });

  it("passes -0,004 and fails -0,006", () => {
    expect(codesAndCells([node("1", { max: 1, score: -0.004, reason: "x" })])).toEqual([]);
    expect(codesAndCells([node("1", { max: 1, score: -0.006, reason: "x" })]).map((row) => row[0])).toEqual([
      "score_negative",
    ]);
  });

  it("checks nothing when the score or the maximum is null", () => {
    expect(codesAndCells([node("1", { max: null, score: 5 }), node("2", { max: 3, score: null })])).toEqual([]);
  });

  it("checks a negative score even without a maximum", () => {
    expect(codesAndCells([node("1", { max: null, score: -1 })]).map((row) => row[0])).toEqual(["score_negative"]);
  });

  it("skips a parent whose score was summed from its children (its cell is blank)", () => {
    const area = node("1", {
      max: 2,
      score: 3,
      scoreFromChildren: true,
      children: [node("1.1", { max: 1, score: 1 }), node("1.2", { max: 1, score: 2 })],
    });
    expect(codesAndCells([area])).toEqual([["score_above_max", "Điểm!E8", 1, 2]]);
  });
});
