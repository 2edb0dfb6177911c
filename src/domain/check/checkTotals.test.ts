import { checkTree } from "./checkTree";
import { formatCellRef } from "../base/cellRef";
import type { Criterion, CriteriaTree } from "../tree/criteria";
import { node, tree, type TreeSpec } from "../../../test/helpers/tree";

function check(source: CriteriaTree) {
  return checkTree(source).map((f) => [f.code, f.severity, formatCellRef(f.cell), f.expected, f.actual]);
}

/** Areas at full mark over their own max, so only the totals can be wrong. */
function areas(...pairs: [number, number][]): Criterion[] {
  return pairs.map(([score, max], i) => node(String(i + 1), { max, score, reason: "Bị trừ điểm" }));
}

// Seed 004: eight areas adding up to 93,13/100 while the report says 93,43.
const seed004: [number, number][] = [
  [14.5, 15.5], [9.98, 10], [16.97, 17], [10, 11.5], [11.49, 11.5], [4, 4], [15.19, 19.5], [11, 11],
];

describe("checkTotals: the areas add up to the total row", () => {
  it("flags seed 004's total row: areas 93,13, total row 93,43, on the total's score cell", () => {
    const source = tree(areas(...seed004), { stated: { max: 100, score: 93.43 } });
    expect(check(source)).toEqual([["total_score_mismatch", "error", "Điểm!E14", 93.13, 93.43]]);
  });

  it("accepts a total row that matches", () => {
    expect(check(tree(areas(...seed004), { stated: { max: 100, score: 93.13 } }))).toEqual([]);
  });

  it("flags a stated maximum that is not the areas' sum, on the total's max cell", () => {
    expect(check(tree(areas([5, 5], [3, 4]), { stated: { max: 10, score: 8 } }))).toEqual([
      ["total_max_mismatch", "error", "Điểm!C8", 9, 10],
    ]);
  });

  it("adds bonus and penalty adjustments to the areas' score", () => {
    const spec: TreeSpec = {
      adjustments: [{ label: "Điểm thưởng", points: 1.5 }, { label: "Điểm trừ", points: -0.25 }],
      stated: { max: 10, score: 10.25 },
    };
    expect(check(tree(areas([5, 5], [4, 5]), spec))).toEqual([]);
    const wrong: TreeSpec = { ...spec, stated: { max: 10, score: 9 } };
    expect(check(tree(areas([5, 5], [4, 5]), wrong))).toEqual([["total_score_mismatch", "error", "Điểm!E10", 10.25, 9]]);
  });

  it("checks nothing without a total row or for a blank stated value", () => {
    expect(check(tree(areas([5, 5], [4, 5])))).toEqual([]);
    expect(check(tree(areas([5, 5], [4, 5]), { stated: { max: null, score: null } }))).toEqual([]);
  });

  it("skips a sum when an area has no value (the reading findings name that cell)", () => {
    const source = tree([...areas([5, 5]), node("2", { max: null, score: null })], { stated: { max: 10, score: 9 } });
    expect(check(source)).toEqual([]);
  });

  it("never flags float noise in the total", () => {
    const tenths = Array.from({ length: 10 }, (): [number, number] => [0.1, 0.1]);
    expect(check(tree(areas(...tenths), { stated: { max: 1, score: 1 } }))).toEqual([]);
  });
});
