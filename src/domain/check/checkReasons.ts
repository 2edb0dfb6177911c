import type { Criterion } from "../tree/criteria";
import { round2, type Finding } from "../base/finding";
import { isBelow } from "./compareScores";
import { reasonCellOf } from "../tree/nodeCells";

/**
 * missing_reason (warning): a deducted leaf (score below max by more than the tolerance) whose reason is empty.
 * Parents are not asked for a reason: the reviewer wants it where the points were actually cut.
 * `expected` is the maximum and `actual` the score, so a message can say "đạt 1,42/1,5".
 */
export function checkReason(node: Criterion): Finding[] {
  const { score, max } = node;
  if (node.children.length > 0 || score === null || max === null) return [];
  if (!isBelow(score, max) || node.reason.trim() !== "") return [];
  return [
    {
      code: "missing_reason",
      severity: "warning",
      cell: reasonCellOf(node),
      criterion: node.code,
      expected: round2(max),
      actual: round2(score),
    },
  ];
}
