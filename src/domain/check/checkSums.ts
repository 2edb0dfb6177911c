import { isNotAssessed, type Criterion } from "../tree/criteria";
import { round2, type Finding } from "../base/finding";
import { differs } from "./compareScores";
import { maxCellOf, scoreCellOf } from "../tree/nodeCells";

/**
 * Checks a parent against its direct children: max_sum_mismatch on the parent's max cell and score_sum_mismatch
 * on its score cell (expected: the children's sum; actual: the parent's value). A sum is not checked when the
 * parent's value was itself derived from the children, when the parent has no value, or when a child has none
 * (the reading findings already name those cells).
 */
export function checkSums(node: Criterion): Finding[] {
  if (node.children.length === 0 || isNotAssessed(node)) return [];
  const findings: Finding[] = [];
  if (!node.maxFromChildren) {
    const sum = sumChildren(node.children, (child) => child.max);
    if (node.max !== null && sum !== null && differs(node.max, sum)) {
      findings.push(sumFinding(node, "max_sum_mismatch", sum, node.max));
    }
  }
  if (!node.scoreFromChildren) {
    const sum = sumChildren(node.children, (child) => child.score);
    if (node.score !== null && sum !== null && differs(node.score, sum)) {
      findings.push(sumFinding(node, "score_sum_mismatch", sum, node.score));
    }
  }
  return findings;
}

/**
 * The children's sum of one value, or null when any child lacks it. A child not assessed ("KĐG"…) counts in no sum:
 * it is left out, so the parent's value is checked against the children that were assessed.
 */
export function sumChildren(children: readonly Criterion[], valueOf: (child: Criterion) => number | null): number | null {
  let total = 0;
  for (const child of children) {
    if (isNotAssessed(child)) continue;
    const value = valueOf(child);
    if (value === null) return null;
    total += value;
  }
  return total;
}

function sumFinding(
  node: Criterion,
  code: "max_sum_mismatch" | "score_sum_mismatch",
  expected: number,
  actual: number,
): Finding {
  return {
    code,
    severity: "error",
    cell: code === "max_sum_mismatch" ? maxCellOf(node) : scoreCellOf(node),
    criterion: node.code,
    expected: round2(expected),
    actual: round2(actual),
  };
}
