import type { Analysis, Deduction } from "../check/analysis";
import type { CellRef } from "../base/cellRef";
import { chooseSteps } from "./chooseSteps";
import { flattenTree, isNotAssessed, type Criterion } from "../tree/criteria";
import { describeAreaIssues } from "./describeAreaIssues";
import { TOLERANCE } from "../base/finding";
import { REMEDIATION_HEADERS, type PlanOptions, type RemediationRow, type RemediationTable } from "./remediation";

/**
 * Composes the GIẢI PHÁP table: one row per area, in the tree's order, numbered "1", "2", … Column 2 lists the
 * area's score and every deducted leaf with its score and reason (describeAreaIssues); columns 3–5 hold the steps
 * (chooseSteps). Every deducted leaf of the analysis appears in exactly one row. Areas with full marks keep a
 * "keep it up" row unless `includeFullMarkAreas` is false.
 */
export function planRemediation(analysis: Analysis, options: PlanOptions): RemediationTable {
  // An area not assessed this year ("KĐG" on its row or on all its criteria) has no row: nothing was scored.
  const areas = analysis.tree.areas.filter((area) => !isNotAssessed(area));
  const leavesByArea = assignLeaves(areas, analysis.deductions.filter((deduction) => deduction.leaf));
  const rows = areas
    .map((area, index) => planRow(area, leavesByArea[index], analysis, options))
    .filter((row) => !row.fullMarks || options.includeFullMarkAreas !== false)
    .map((row, index) => ({ ...row, tt: String(index + 1) }));
  return { title: "GIẢI PHÁP", subtitle: subtitleFor(options), headers: REMEDIATION_HEADERS, rows };
}

/** "Khắc phục trong năm 2021 đối với … đánh giá CCHC năm 2020". */
export function subtitleFor(options: PlanOptions): string {
  const appraisedYear = options.appraisedYear ?? options.year - 1;
  return (
    `Khắc phục trong năm ${options.year} đối với các tồn tại, hạn chế trong công tác CCHC, ` +
    `các tiêu chí bị trừ điểm trong đợt thẩm định, đánh giá CCHC năm ${appraisedYear}`
  );
}

function planRow(area: Criterion, leaves: Deduction[], analysis: Analysis, options: PlanOptions): RemediationRow {
  const fullMarks = leaves.length === 0 && hasFullMarks(area);
  return {
    tt: "",
    areaCode: area.code,
    issues: describeAreaIssues(area, leaves, analysis.scoreSource),
    steps: chooseSteps({ area, leaves, fullMarks }, options),
    fullMarks,
  };
}

function hasFullMarks(area: Criterion): boolean {
  return area.score !== null && area.max !== null && area.max > 0 && area.score >= area.max - TOLERANCE;
}

/**
 * The deducted leaves of each area, in the deductions' order. A leaf goes to the area whose subtree holds its score
 * cell (exact even when codes repeat), else to the first area its code falls under; an area that is itself a leaf is
 * described by its own sentence, not listed again under itself.
 */
function assignLeaves(areas: readonly Criterion[], leaves: readonly Deduction[]): Deduction[][] {
  // Only the leaves' cells need an owner: looking every node's cell up costs less than indexing every node.
  const owners = new CellIndex();
  for (const leaf of leaves) owners.set(leaf.cell, NO_AREA);
  areas.forEach((area, index) => {
    for (const node of flattenTree(area.children)) {
      if (node.cells.score && owners.get(node.cells.score) === NO_AREA) owners.set(node.cells.score, index);
    }
  });
  const assigned: Deduction[][] = areas.map(() => []);
  for (const leaf of leaves) {
    const owner = owners.get(leaf.cell) ?? NO_AREA;
    const index = owner !== NO_AREA ? owner : areas.findIndex((area) => leaf.code.startsWith(`${area.code}.`));
    if (index >= 0) assigned[index].push(leaf);
  }
  return assigned;
}

const NO_AREA = -1;

/** A number per cell address; keyed by sheet, then by one number per cell rather than a string per cell. */
class CellIndex {
  private readonly bySheet = new Map<string, Map<number, number>>();

  set(cell: CellRef, value: number): void {
    let sheet = this.bySheet.get(cell.sheet);
    if (!sheet) this.bySheet.set(cell.sheet, (sheet = new Map()));
    sheet.set(cellNumber(cell), value);
  }

  get(cell: CellRef): number | undefined {
    return this.bySheet.get(cell.sheet)?.get(cellNumber(cell));
  }
}

/** Excel has at most 16,384 columns, so this is unique per cell of a sheet. */
function cellNumber(cell: CellRef): number {
  return cell.row * 16384 + cell.col;
}
