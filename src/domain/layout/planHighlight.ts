import type { Analysis } from "../check/analysis";
import { toA1, type CellRef } from "../base/cellRef";
import { flattenTree, type Criterion } from "../tree/criteria";
import { round2, TOLERANCE } from "../base/finding";
import { HIGHLIGHT_COLORS, type HighlightPlan, type HighlightRule } from "./highlight";
import { valueAt, type WorkbookSnapshot } from "../base/snapshot";

/**
 * Conditional formats that colour deducted criteria and the cells holding an error finding. Rules are listed
 * highest priority first: error rules, then deduction rules.
 *
 * Deductions follow the scores: editing a score in Excel updates the colour.
 * - When a criterion's score and maximum sit on the same row of the same sheet (the usual single table), criteria
 *   sharing a score column and a max column get one rule over their rows, relative to the range's top-left cell:
 *   `=AND(ISNUMBER(E6),ISNUMBER(D6),E6<D6-0.005)`. The range runs from the first to the last criterion of that
 *   column, so the total row and the notes below the table stay uncoloured; a row whose score is in another column
 *   (a later appraisal round) starts a new range, so a superseded round is never coloured.
 * - When they sit apart (split layout: scores in another sheet, rows not aligned), each score cell gets its own rule
 *   comparing it with its maximum as a constant: `=AND(ISNUMBER(B4),B4<1.5-0.005)`. A lookup into the criteria sheet
 *   would also follow edits of the maximum, but it needs a cross-sheet reference (refused by older Excel in
 *   conditional formats) and breaks when the code column is edited; the maximum is fixed by the framework, the score
 *   is what users edit. So no formula refers to another sheet.
 * - A score typed as text ("1,42", common with a decimal comma) is read by the engine but ISNUMBER is false for it in
 *   Excel, so each deducted criterion whose score cell holds text (in `workbook`) also gets `=ISTEXT(E8)`: it colours
 *   the cell while the score stays text and never fires once the user types a number. Only those cells get it, so a
 *   sheet of numbers carries one rule per score column, not one per deduction.
 * Errors: one rule per cell holding an error finding, `=TRUE`, whatever its value.
 */
export function planHighlight(analysis: Analysis, workbook: WorkbookSnapshot): HighlightPlan {
  const nodes = flattenTree(analysis.tree.areas);
  const textRules = textScoreRules(analysis, workbook);
  return { rules: [...errorRules(analysis), ...alignedRules(nodes), ...constantRules(nodes), ...textRules] };
}

interface AlignedCell {
  sheet: string;
  row: number;
  scoreCol: number;
  maxCol: number;
}

function alignedRules(nodes: readonly Criterion[]): HighlightRule[] {
  const cells = nodes
    .map(alignedCell)
    .filter((cell): cell is AlignedCell => cell !== null)
    .sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
  return groupRuns(cells).map(runRule);
}

function alignedCell(node: Criterion): AlignedCell | null {
  const { score, max } = node.cells;
  if (!score || !max || score.sheet !== max.sheet || score.row !== max.row) return null;
  return { sheet: score.sheet, row: score.row, scoreCol: score.col, maxCol: max.col };
}

/** Consecutive criteria (in row order) that read their score and maximum from the same columns. */
function groupRuns(cells: readonly AlignedCell[]): AlignedCell[][] {
  const runs: AlignedCell[][] = [];
  for (const cell of cells) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (last && last.sheet === cell.sheet && last.scoreCol === cell.scoreCol && last.maxCol === cell.maxCol) run.push(cell);
    else runs.push([cell]);
  }
  return runs;
}

function runRule(run: readonly AlignedCell[]): HighlightRule {
  const [first, last] = [run[0], run[run.length - 1]];
  const score = toA1(first.row, first.scoreCol);
  const max = toA1(first.row, first.maxCol);
  return {
    sheet: first.sheet,
    range: first.row === last.row ? score : `${score}:${toA1(last.row, last.scoreCol)}`,
    formula: `=AND(ISNUMBER(${score}),ISNUMBER(${max}),${score}<${max}-${TOLERANCE})`,
    fill: HIGHLIGHT_COLORS.deducted,
    purpose: "deducted",
  };
}

function constantRules(nodes: readonly Criterion[]): HighlightRule[] {
  return nodes.filter((node) => alignedCell(node) === null).flatMap((node) => {
    const score = node.cells.score;
    if (!score || node.max === null || !(node.max > 0)) return [];
    const a1 = toA1(score.row, score.col);
    return [{
      sheet: score.sheet,
      range: a1,
      formula: `=AND(ISNUMBER(${a1}),${a1}<${round2(node.max)}-${TOLERANCE})`,
      fill: HIGHLIGHT_COLORS.deducted,
      purpose: "deducted" as const,
    }];
  });
}

function textScoreRules(analysis: Analysis, workbook: WorkbookSnapshot): HighlightRule[] {
  const sheets = new Map(workbook.sheets.map((sheet) => [sheet.name, sheet]));
  const holdsText = (cell: CellRef) => {
    const sheet = sheets.get(cell.sheet);
    return sheet !== undefined && typeof valueAt(sheet, cell.row, cell.col) === "string";
  };
  return uniqueCells(analysis.deductions.map((deduction) => deduction.cell).filter(holdsText)).map((cell) => {
    const a1 = toA1(cell.row, cell.col);
    return { sheet: cell.sheet, range: a1, formula: `=ISTEXT(${a1})`, fill: HIGHLIGHT_COLORS.deducted, purpose: "deducted" };
  });
}

function errorRules(analysis: Analysis): HighlightRule[] {
  const cells = uniqueCells(analysis.findings.filter((finding) => finding.severity === "error").map((finding) => finding.cell));
  return cells.map((cell) => ({
    sheet: cell.sheet,
    range: toA1(cell.row, cell.col),
    formula: "=TRUE",
    fill: HIGHLIGHT_COLORS.error,
    purpose: "error",
  }));
}

function uniqueCells(cells: readonly CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return cells.filter((cell) => {
    const key = `${cell.sheet}!${cell.row}:${cell.col}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
