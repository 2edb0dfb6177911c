import { summarizeTree } from "./summarizeTree";
import { formatCellRef } from "../base/cellRef";
import { node, tree } from "../../../test/helpers/tree";

describe("summarizeTree", () => {
  it("gives each area's score, max, index and score cell, in sheet order", () => {
    const { areas } = summarizeTree(tree([node("1", { title: "Chỉ đạo, điều hành", max: 10, score: 8.92 }), node("2", { max: 3, score: 1 })]));
    expect(areas.map((a) => [a.code, a.title, a.score, a.max, a.index, formatCellRef(a.cell)])).toEqual([
      ["1", "Chỉ đạo, điều hành", 8.92, 10, 89.2, "Điểm!E6"],
      ["2", "Tiêu chí 2", 1, 3, 33.33, "Điểm!E7"],
    ]);
  });

  it("sums seed 004's eight areas to 93,13/100 without float noise, keeping the stated 93,43", () => {
    const pairs = [[14.5, 15.5], [9.98, 10], [16.97, 17], [10, 11.5], [11.49, 11.5], [4, 4], [15.19, 19.5], [11, 11]];
    const areas = pairs.map(([score, max], i) => node(String(i + 1), { max, score }));
    const { totals } = summarizeTree(tree(areas, { stated: { max: 100, score: 93.43 } }));
    expect(totals).toEqual({ max: 100, score: 93.13, adjustments: 0, stated: { max: 100, score: 93.43 }, index: 93.13 });
  });

  it("includes bonus and penalty adjustments in the total score and its index", () => {
    const source = tree([node("1", { max: 80, score: 70.1 })], {
      adjustments: [{ label: "Điểm thưởng", points: 0.2 }, { label: "Điểm trừ", points: -1.1 }],
    });
    expect(summarizeTree(source).totals).toEqual({ max: 80, score: 69.2, adjustments: -0.9, stated: null, index: 86.5 });
  });

  it("counts an area without max or score as 0, and gives index 0 when max is 0", () => {
    const source = tree([node("1", { max: null, score: null }), node("2", { max: 4, score: 3 })]);
    const { totals, areas } = summarizeTree(source);
    expect(areas.map((a) => [a.max, a.score, a.index])).toEqual([[0, 0, 0], [4, 3, 75]]);
    expect([totals.max, totals.score, totals.index]).toEqual([4, 3, 75]);
    expect(summarizeTree(tree([])).totals.index).toBe(0);
  });

  it("rounds every figure to 2 decimals", () => {
    const areas = Array.from({ length: 3 }, (_, i) => node(String(i + 1), { max: 0.1, score: 0.1 }));
    const { totals } = summarizeTree(tree(areas, { stated: { max: 0.30000000000000004, score: null } }));
    expect(totals).toEqual({ max: 0.3, score: 0.3, adjustments: 0, stated: { max: 0.3, score: null }, index: 100 });
  });
});
