import type { AreaSummary, Totals } from "./analysis";
import { isNotAssessed, type Criterion, type CriteriaTree } from "../tree/criteria";
import { round2 } from "../base/finding";
import { sumAdjustments } from "./checkTotals";
import { scoreCellOf } from "../tree/nodeCells";

/**
 * Per-area and total figures as a reviewer reads them, all rounded to 2 decimals. An area without a maximum or a
 * score counts as 0 in the sums (the reading findings say why). `totals.score` includes bonus/penalty adjustments;
 * an index is score ÷ max × 100 (0 when max is 0). Each area's `cell` is its score cell.
 */
export function summarizeTree(tree: CriteriaTree): { totals: Totals; areas: AreaSummary[] } {
  // An area not assessed ("KĐG" on the area row, or on all its criteria) is no area of this year's index.
  const areas = tree.areas.filter((area) => !isNotAssessed(area)).map(summarizeArea);
  const adjustments = round2(sumAdjustments(tree));
  const max = round2(tree.areas.reduce((total, area) => total + (area.max ?? 0), 0));
  const areaScore = tree.areas.reduce((total, area) => total + (area.score ?? 0), 0);
  const score = round2(areaScore + sumAdjustments(tree));
  const stated = tree.stated ? { max: roundOrNull(tree.stated.max), score: roundOrNull(tree.stated.score) } : null;
  return { totals: { max, score, adjustments, stated, index: indexOf(score, max) }, areas };
}

function summarizeArea(area: Criterion): AreaSummary {
  const max = round2(area.max ?? 0);
  const score = round2(area.score ?? 0);
  return { code: area.code, title: area.title, max, score, index: indexOf(score, max), cell: scoreCellOf(area) };
}

/** score ÷ max × 100, 2 decimals; 0 when there is no maximum. */
function indexOf(score: number, max: number): number {
  return max === 0 ? 0 : round2((score / max) * 100);
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : round2(value);
}
