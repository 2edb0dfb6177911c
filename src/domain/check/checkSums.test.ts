import { checkTree } from "./checkTree";
import { formatCellRef } from "../base/cellRef";
import type { Criterion } from "../tree/criteria";
import { node, tree, type NodeSpec } from "../../../test/helpers/tree";

function check(...areas: Criterion[]) {
  return checkTree(tree(areas)).map((f) => [f.code, formatCellRef(f.cell), f.criterion, f.expected, f.actual]);
}

/** A parent over full-mark leaves with these maxima (scores equal to maxima: no reason needed). */
function parent(code: string, spec: NodeSpec, leafValues: number[]): Criterion {
  const children = leafValues.map((value, i) => node(`${code}.${i + 1}`, { max: value, score: value }));
  return node(code, { ...spec, children });
}

describe("checkSums: a parent equals the sum of its children", () => {
  it("flags the parent's max cell when its maximum is not the children's sum", () => {
    expect(check(parent("2", { max: 3, score: 2.5 }, [1, 1.5]))).toEqual([["max_sum_mismatch", "Điểm!C6", "2", 2.5, 3]]);
  });

  it("flags the parent's score cell when its score is not the children's sum", () => {
    expect(check(parent("2", { max: 2.5, score: 2 }, [1, 1.5]))).toEqual([["score_sum_mismatch", "Điểm!E6", "2", 2.5, 2]]);
  });

  it("reports both on one row, max cell before score cell", () => {
    expect(check(parent("2", { max: 3, score: 2 }, [1, 1.5])).map((row) => row.slice(0, 2))).toEqual([
      ["max_sum_mismatch", "Điểm!C6"],
      ["score_sum_mismatch", "Điểm!E6"],
    ]);
  });

  it("checks every level, each parent against its direct children only", () => {
    const sub = parent("2.6", { max: 2, score: 2 }, [0.5, 0.5, 0.5]);
    const area = node("2", { max: 2, score: 2, children: [sub] });
    expect(check(area)).toEqual([
      ["max_sum_mismatch", "Điểm!C7", "2.6", 1.5, 2],
      ["score_sum_mismatch", "Điểm!E7", "2.6", 1.5, 2],
    ]);
  });

  it("never flags float noise: 0,1 + 0,2 = 0,3 and 1,42 + 1,33 + 0,25 + 8,92 + 0,08 = 12", () => {
    expect(check(parent("1", { max: 0.3, score: 0.3 }, [0.1, 0.2]))).toEqual([]);
    expect(check(parent("1", { max: 12, score: 12 }, [1.42, 1.33, 0.25, 8.92, 0.08]))).toEqual([]);
    const tenths = Array.from({ length: 30 }, () => 0.1);
    expect(check(parent("1", { max: 3, score: 3 }, tenths))).toEqual([]);
  });

  it("passes a difference of 0,004 and fails one of 0,006, reporting rounded figures", () => {
    expect(check(parent("1", { max: 1.004, score: 1.004 }, [0.5, 0.5]))).toEqual([]);
    expect(check(parent("1", { max: 1.006, score: 1 }, [0.5, 0.5]))).toEqual([["max_sum_mismatch", "Điểm!C6", "1", 1, 1.01]]);
  });

  it("skips a sum the engine derived from the children", () => {
    expect(check(parent("1", { max: 9, maxFromChildren: true, score: 9, scoreFromChildren: true }, [1, 2]))).toEqual([]);
  });

  it("skips a sum when a child or the parent has no value", () => {
    const area = node("1", {
      max: 3,
      score: 3,
      children: [node("1.1", { max: 1, score: 1 }), node("1.2", { max: null, score: null })],
    });
    expect(check(area)).toEqual([]);
    expect(check(parent("2", { max: null, score: null }, [1, 2]))).toEqual([]);
  });
});
