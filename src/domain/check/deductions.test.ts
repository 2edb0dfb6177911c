import { listAppraisalCuts, listDeductions } from "./deductions";
import { formatCellRef } from "../base/cellRef";
import { node, tree } from "../../../test/helpers/tree";

describe("listDeductions", () => {
  const source = tree([
    node("1", {
      max: 10,
      score: 8.92,
      children: [
        node("1.1", { max: 1, score: 1 }),
        node("1.2", { max: 1.5, score: 1.42, reason: "Chỉ thực hiện được 94,76%" }),
        node("1.5", { max: 7.5, score: 6.5, children: [node("1.5.1", { max: 7.5, score: 6.5 })] }),
      ],
    }),
    node("2", { max: 2, score: 2 }),
  ]);

  it("lists deducted areas, criteria and sub-criteria depth first with the points lost", () => {
    expect(listDeductions(source).map((d) => [d.code, d.level, d.score, d.max, d.lost, d.leaf, formatCellRef(d.cell)])).toEqual([
      ["1", 1, 8.92, 10, 1.08, false, "Điểm!E6"],
      ["1.2", 2, 1.42, 1.5, 0.08, true, "Điểm!E8"],
      ["1.5", 2, 6.5, 7.5, 1, false, "Điểm!E9"],
      ["1.5.1", 3, 6.5, 7.5, 1, true, "Điểm!E10"],
    ]);
  });

  it("keeps the title and reason", () => {
    const cut = listDeductions(source).find((d) => d.code === "1.2");
    expect([cut?.title, cut?.reason]).toEqual(["Tiêu chí 1.2", "Chỉ thực hiện được 94,76%"]);
  });

  it("ignores differences within the tolerance and nodes without score or max", () => {
    const other = tree([node("1", { max: 2, score: 1.996 }), node("2", { max: 2, score: 1.994 }), node("3", { max: null, score: 1 }), node("4", { max: 1 })]);
    expect(listDeductions(other).map((d) => [d.code, d.lost])).toEqual([["2", 0.01]]);
  });
});

describe("listAppraisalCuts", () => {
  it("lists the nodes the appraisal scored below the self-assessment, on the appraised cell", () => {
    const source = tree([
      node("1", {
        max: 3,
        self: 3,
        appraised: 2.5,
        children: [node("1.1", { max: 1.5, self: 1.5, appraised: 1.5 }), node("1.2", { max: 1.5, self: 1.5, appraised: 1 })],
      }),
      node("2", { max: 2, self: 1, appraised: 1.5 }),
      node("3", { max: 2, self: 2, appraised: null }),
      node("4", { max: 2, self: 2, appraised: 1.996 }),
    ]);
    expect(listAppraisalCuts(source).map((c) => [c.code, c.self, c.appraised, formatCellRef(c.cell)])).toEqual([
      ["1", 3, 2.5, "Điểm!E6"],
      ["1.2", 1.5, 1, "Điểm!E8"],
    ]);
  });
});
