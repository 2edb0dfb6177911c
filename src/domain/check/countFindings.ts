import type { Deduction } from "./analysis";
import type { Finding } from "../base/finding";
import type { TableSource } from "../base/options";

/** How many findings of each severity: what every face reports first ("3 lỗi, 1 cảnh báo"). */
export interface FindingCounts {
  errors: number;
  warnings: number;
  info: number;
}

/**
 * Counts the findings by severity. A workbook with an error fails the check (`cchc check` exits 1, the ribbon warns);
 * warnings are shown but do not fail it; information (a criterion not assessed, converted text) only tells what was
 * done. One rule for every face.
 */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, info: 0 };
  for (const finding of findings) {
    if (finding.severity === "error") counts.errors += 1;
    else if (finding.severity === "warning") counts.warnings += 1;
    else counts.info += 1;
  }
  return counts;
}

/**
 * The deducted criteria a reader is shown: the leaves, the criteria the appraisal actually cut (their parents repeat
 * the same points).
 */
export function deductedLeaves(deductions: readonly Deduction[]): Deduction[] {
  return deductions.filter((deduction) => deduction.leaf);
}

/** The sheet that holds the scores (the one highlighted): the table's sheet, or the scores sheet of a split layout. */
export function scoresSheetOf(source: TableSource): string {
  return source.kind === "single" ? source.table.sheet : source.scores.sheet;
}
