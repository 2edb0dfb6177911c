import type { Criterion } from "../tree/criteria";
import { round2, type Finding } from "../base/finding";
import { isBelow } from "./compareScores";
import { scoreCellOf } from "../tree/nodeCells";

/**
 * Checks that a node's score lies in [0, max]: score_negative (expected 0) and score_above_max (expected the
 * maximum), both on the score cell. A parent whose score was summed from its children is skipped: its cell is blank
 * and any excess shows on the children or as a max_sum_mismatch.
 */
export function checkScore(node: Criterion): Finding[] {
  const { score, max } = node;
  if (score === null || node.scoreFromChildren) return [];
  if (isBelow(score, 0)) return [rangeFinding(node, "score_negative", 0, score)];
  if (max !== null && isBelow(max, score)) return [rangeFinding(node, "score_above_max", max, score)];
  return [];
}

function rangeFinding(node: Criterion, code: "score_negative" | "score_above_max", expected: number, actual: number): Finding {
  return {
    code,
    severity: "error",
    cell: scoreCellOf(node),
    criterion: node.code,
    expected: round2(expected),
    actual: round2(actual),
  };
}
