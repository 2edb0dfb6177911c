import { checkTree } from "./checkTree";
import { formatCellRef } from "../base/cellRef";
import type { Finding } from "../base/finding";
import { node, tree } from "../../../test/helpers/tree";

function summary(findings: Finding[]) {
  return findings.map((f) => [f.code, f.severity, formatCellRef(f.cell), f.criterion, f.expected, f.actual]);
}

describe("checkReason: a deducted leaf needs a reason", () => {
  it("warns on the reason cell of a deducted leaf without a reason, with max and score", () => {
    const findings = checkTree(tree([node("1", { max: 10, score: 8.92, children: [node("1.2", { max: 1.5, score: 1.42 })] })]));
    // Area 1 is a parent (10 ≠ 1,5 is another finding); only the leaf is asked for a reason.
    expect(summary(findings).filter((row) => row[0] === "missing_reason")).toEqual([
      ["missing_reason", "warning", "Điểm!F7", "1.2", 1.5, 1.42],
    ]);
  });

  it("uses the score cell when the table has no reason column", () => {
    const findings = checkTree(tree([node("3", { max: 2, score: 1, noReasonColumn: true })]));
    expect(summary(findings)).toEqual([["missing_reason", "warning", "Điểm!E6", "3", 2, 1]]);
  });

  it("accepts a deduction with a reason, and treats a blank reason as none", () => {
    expect(checkTree(tree([node("1", { max: 2, score: 1, reason: "Chưa ban hành kế hoạch" })]))).toEqual([]);
    expect(summary(checkTree(tree([node("1", { max: 2, score: 1, reason: "   " })])))[0][0]).toBe("missing_reason");
  });

  it("does not ask for a reason within the tolerance (0,004 below passes, 0,006 below does not)", () => {
    expect(checkTree(tree([node("1", { max: 2, score: 1.996 })]))).toEqual([]);
    expect(summary(checkTree(tree([node("1", { max: 2, score: 1.994 })])))).toEqual([
      ["missing_reason", "warning", "Điểm!F6", "1", 2, 1.99],
    ]);
  });

  it("does not ask a parent or a node without a score for a reason", () => {
    const area = node("2", {
      max: 3,
      score: 2,
      children: [node("2.1", { max: 1, score: 1 }), node("2.2", { max: 2, score: 1, reason: "Trễ hạn" })],
    });
    expect(checkTree(tree([area, node("3", { max: 1, score: null })]))).toEqual([]);
  });
});
