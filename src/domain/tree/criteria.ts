import type { CellRef } from "../base/cellRef";

/**
 * One node of the criteria tree: an area (lĩnh vực, level 1), a criterion (tiêu chí, level 2), a sub-criterion
 * (tiêu chí thành phần, level 3) or deeper. Numbers are as read (not rounded); null means "no value"
 * (blank, "-", "x", or a cell that could not be read — the latter also produces a finding).
 */
export interface Criterion {
  /** Normalised dotted code: "2", "2.6", "2.6.1" (Roman areas become digits: "II" -> "2"). */
  code: string;
  /** The code as written in the sheet ("II", "1", "Tiêu chí 1.2"), for messages. */
  writtenCode: string;
  /** Title without the leading code ("Mức độ hoàn thành kế hoạch CCHC"). */
  title: string;
  /** 1 for an area, 2 for a criterion, 3 for a sub-criterion, … */
  level: number;
  max: number | null;
  /** The score the analysis uses (appraised or self-assessed, per `Analysis.scoreSource`). */
  score: number | null;
  selfScore: number | null;
  appraisedScore: number | null;
  /** Reason for a deduction (lý do trừ điểm / giải trình / ghi chú), trimmed; "" when none. */
  reason: string;
  /** Evidence documents (tài liệu kiểm chứng), trimmed; "" when none. */
  evidence: string;
  /**
   * True when the sheet left this parent's score blank and the engine took the sum of its children instead
   * (only leaves scored). Such a parent is not checked against its children's sum.
   */
  scoreFromChildren?: boolean;
  /** Likewise for a parent whose maximum cell is blank. */
  maxFromChildren?: boolean;
  /**
   * True when the criterion was not assessed (its maximum or its chosen score cell holds a mark such as "KĐG", or it is
   * under such a criterion, or all its children are): it counts in neither the maximum nor the score (`max` and
   * `score` are null), its parent's sums leave it out, and no check looks at it. See `isNotAssessed`.
   */
  notAssessed?: boolean;
  cells: CriterionCells;
  /** Child nodes in sheet order. */
  children: Criterion[];
}

/** Where each part of a criterion lives; with a split layout, score and reason cells are in the scores sheet. */
export interface CriterionCells {
  /** The row's code cell, or its title cell when the code is written inside the title. */
  code: CellRef;
  max?: CellRef;
  /** The cell of the score the analysis uses. */
  score?: CellRef;
  self?: CellRef;
  appraised?: CellRef;
  reason?: CellRef;
}

/**
 * A bonus or penalty row outside the tree (Điểm thưởng, Điểm cộng, Điểm trừ, Điểm phạt): it moves the total but has
 * no maximum of its own. `points` is signed: penalties are negative.
 */
export interface Adjustment {
  label: string;
  points: number;
  cell: CellRef;
}

/** The total row as the sheet states it ("Tổng cộng", "TỔNG ĐIỂM"), when there is one. */
export interface StatedTotal {
  max: number | null;
  score: number | null;
  maxCell?: CellRef;
  scoreCell?: CellRef;
}

export interface CriteriaTree {
  /** Level-1 nodes in sheet order. */
  areas: Criterion[];
  adjustments: Adjustment[];
  stated: StatedTotal | null;
}

/** Whether a node counts in no sum and no check: marked not assessed, under such a node, or all its children so. */
export function isNotAssessed(node: Criterion): boolean {
  return node.notAssessed === true;
}

/** Every node of the tree, depth first in sheet order. */
export function flattenTree(nodes: readonly Criterion[]): Criterion[] {
  // One array for the whole walk: copying each subtree's list into its parent's costs a copy per level.
  const all: Criterion[] = [];
  const visit = (list: readonly Criterion[]): void => {
    for (const node of list) {
      all.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return all;
}
