import type { CellRef } from "../base/cellRef";
import type { CriteriaTree } from "../tree/criteria";
import { round2, type Finding } from "../base/finding";
import { differs } from "./compareScores";
import { sumChildren } from "./checkSums";

/**
 * Checks the areas against the stated total row: total_max_mismatch (Σ areas' max vs the stated max) and
 * total_score_mismatch (Σ areas' score + Σ bonus/penalty adjustments vs the stated score), on the total row's
 * cells. Nothing is checked without a total row, for a stated value that is blank, or when an area lacks the value.
 */
export function checkTotals(tree: CriteriaTree): Finding[] {
  const { stated } = tree;
  if (!stated) return [];
  const findings: Finding[] = [];
  const maxSum = sumChildren(tree.areas, (area) => area.max);
  const cellForMax = stated.maxCell ?? stated.scoreCell;
  if (stated.max !== null && maxSum !== null && cellForMax && differs(stated.max, maxSum)) {
    findings.push(totalFinding("total_max_mismatch", cellForMax, maxSum, stated.max));
  }
  const scoreSum = sumChildren(tree.areas, (area) => area.score);
  const cellForScore = stated.scoreCell ?? stated.maxCell;
  if (stated.score !== null && scoreSum !== null && cellForScore) {
    const expected = scoreSum + sumAdjustments(tree);
    if (differs(stated.score, expected)) {
      findings.push(totalFinding("total_score_mismatch", cellForScore, expected, stated.score));
    }
  }
  return findings;
}

/** Σ bonus/penalty points (signed), 0 when none. */
export function sumAdjustments(tree: CriteriaTree): number {
  return tree.adjustments.reduce((total, adjustment) => total + adjustment.points, 0);
}

function totalFinding(
  code: "total_max_mismatch" | "total_score_mismatch",
  cell: CellRef,
  expected: number,
  actual: number,
): Finding {
  return { code, severity: "error", cell, expected: round2(expected), actual: round2(actual) };
}
