import { checkTree } from "./checkTree";
import { formatCellRef } from "../base/cellRef";
import type { Criterion } from "../tree/criteria";
import { node, tree } from "../../../test/helpers/tree";

describe("checkTree", () => {
  it("collects every finding in sheet order, the total row last", () => {
    const source = tree(
      [
        node("1", {
          max: 10,
          score: 9,
          children: [node("1.1", { max: 5, score: 5.5 }), node("1.2", { max: 5, score: 4 })],
        }),
        node("2", { max: 5, score: -1, reason: "Sai" }),
      ],
      { stated: { max: 15, score: 9 } },
    );
    expect(checkTree(source).map((f) => [f.code, formatCellRef(f.cell)])).toEqual([
      ["score_sum_mismatch", "Điểm!E6"],
      ["score_above_max", "Điểm!E7"],
      ["missing_reason", "Điểm!F8"],
      ["score_negative", "Điểm!E9"],
      ["total_score_mismatch", "Điểm!E10"],
    ]);
  });

  it("finds nothing in a consistent tree", () => {
    const area = node("1", {
      max: 3,
      score: 2.5,
      children: [node("1.1", { max: 1.5, score: 1.5 }), node("1.2", { max: 1.5, score: 1, reason: "Trễ hạn" })],
    });
    expect(checkTree(tree([area], { stated: { max: 3, score: 2.5 } }))).toEqual([]);
  });

  it("checks 10,210 nodes and finds exactly the planted mistakes", () => {
    const areas: Criterion[] = [];
    for (let a = 1; a <= 10; a++) {
      const criteria: Criterion[] = [];
      for (let c = 1; c <= 30; c++) {
        const leaves = Array.from({ length: 33 }, (_, l) => node(`${a}.${c}.${l + 1}`, { max: 0.1, score: 0.1 }));
        criteria.push(node(`${a}.${c}`, { max: 3.3, score: 3.3, children: leaves }));
      }
      areas.push(node(String(a), { max: 99, score: 99, children: criteria }));
    }
    areas[4].children[7].children[3].score = 0.2;
    const source = tree(areas, { stated: { max: 990, score: 990 } });
    const codes = checkTree(source).map((f) => [f.code, f.criterion ?? ""]);
    expect(codes).toEqual([
      ["score_sum_mismatch", "5.8"],
      ["score_above_max", "5.8.4"],
    ]);
  });
});
