import type { AppraisalCut, Deduction } from "./analysis";
import { isNotAssessed, type Criterion, type CriteriaTree } from "../tree/criteria";
import { round2 } from "../base/finding";
import { isBelow } from "./compareScores";
import { scoreCellOf } from "../tree/nodeCells";

/**
 * Every node (areas, criteria, sub-criteria; leaves and parents) whose score is below its maximum by more than the
 * tolerance, depth first in sheet order. Figures are rounded to 2 decimals; `lost` is max − score.
 */
export function listDeductions(tree: CriteriaTree): Deduction[] {
  return collect(tree.areas, (node) => {
    const { score, max } = node;
    return score === null || max === null || !isBelow(score, max) ? null : toDeduction(node, max, score);
  });
}

/** Every node the appraisal scored below the unit's self-assessment (both scores numbers), depth first. */
export function listAppraisalCuts(tree: CriteriaTree): AppraisalCut[] {
  return collect(tree.areas, (node) => {
    const { selfScore, appraisedScore } = node;
    if (selfScore === null || appraisedScore === null || !isBelow(appraisedScore, selfScore)) return null;
    const cell = node.cells.appraised ?? scoreCellOf(node);
    return { code: node.code, title: node.title, self: round2(selfScore), appraised: round2(appraisedScore), cell };
  });
}

function toDeduction(node: Criterion, max: number, score: number): Deduction {
  return {
    code: node.code,
    title: node.title,
    level: node.level,
    max: round2(max),
    score: round2(score),
    lost: round2(max - score),
    reason: node.reason,
    cell: scoreCellOf(node),
    leaf: node.children.length === 0,
  };
}

/**
 * What `pick` returns for each node, depth first in sheet order, nulls left out (one pass, no flattened copy); a branch
 * not assessed is skipped whole.
 */
function collect<T>(nodes: readonly Criterion[], pick: (node: Criterion) => T | null, into: T[] = []): T[] {
  for (const node of nodes) {
    if (isNotAssessed(node)) continue;
    const item = pick(node);
    if (item !== null) into.push(item);
    collect(node.children, pick, into);
  }
  return into;
}
