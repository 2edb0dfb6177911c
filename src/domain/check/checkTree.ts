import { isNotAssessed, type Criterion, type CriteriaTree } from "../tree/criteria";
import type { Finding } from "../base/finding";
import { checkScore } from "./checkScores";
import { checkReason } from "./checkReasons";
import { checkSums } from "./checkSums";
import { checkTotals } from "./checkTotals";

/**
 * The arithmetic checks of a criteria tree, in sheet order (each node's findings in depth-first order, then the
 * total row's): scores in [0, max], parents equal to their children's sums, areas equal to the stated total, a
 * reason for every deducted leaf. Linear in the number of nodes. The reading findings (text in number cells,
 * formula errors, duplicate or orphan codes, missing scores) come from building the tree, not from here.
 */
export function checkTree(tree: CriteriaTree): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: Criterion): void => {
    // A branch not assessed has nothing to check: its one `not_assessed` info comes from reading the row.
    if (isNotAssessed(node)) return;
    const score = checkScore(node);
    const sums = checkSums(node);
    const reason = checkReason(node);
    // Most nodes are fine: skip the merge and sort for them.
    if (score.length + sums.length + reason.length > 0) findings.push(...byColumn([...score, ...sums, ...reason]));
    node.children.forEach(visit);
  };
  tree.areas.forEach(visit);
  findings.push(...checkTotals(tree));
  return findings;
}

/** One row's findings left to right (max, score, reason cells), as a reviewer reads the row. */
function byColumn(findings: Finding[]): Finding[] {
  return findings.length < 2 ? findings : findings.sort((a, b) => a.cell.col - b.cell.col);
}
