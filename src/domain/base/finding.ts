import type { CellRef } from "./cellRef";

/** Errors make `cchc check` exit 1; warnings are shown but do not fail a workbook; info only tells what was done. */
export type Severity = "error" | "warning" | "info";

/**
 * What a reviewer would flag. Messages for each code live in `locales/` (vi, en); tests assert codes and cells.
 *
 * - score_not_number:   the score cell holds text that is not a number ("đạt", "1,4,2").
 * - max_not_number:     the maximum cell holds text that is not a number, or is empty on a criterion.
 * - formula_error:      a score or maximum cell holds a formula error (#REF!, #VALUE!…); never read as 0.
 * - score_negative:     score < 0.
 * - score_above_max:    score > max.
 * - max_sum_mismatch:   a parent's maximum ≠ the sum of its children's maxima.
 * - score_sum_mismatch: a parent's score ≠ the sum of its children's scores.
 * - total_max_mismatch / total_score_mismatch: the areas do not add up to the stated total row.
 * - duplicate_code:     the same criterion code appears twice (the later row is the one flagged).
 * - orphan_code:        a code whose parent code does not exist ("2.6.1" without "2.6").
 * - missing_score:      a criterion with a maximum but no score.
 * - missing_reason:     a deducted criterion (score < max) without a reason (warning).
 * - unmatched_score:    split layout: a score row whose code is not in the criteria sheet.
 * - unreadable_row:     a row inside the table with content that is neither a criterion, a note nor a total (warning).
 * - legacy_text_converted: text of a sheet typed in TCVN3 or VNI was read as Unicode (info; `expected` is the
 *                      encoding "TCVN3"/"VNI", `actual` the converted cells, `cell` the first of them).
 * - second_table_ignored: another table beside the scoring table in its header row; only the left one is read (warning).
 * Against a framework (only when one is given, see compareWithFramework): framework_missing, framework_extra,
 * framework_max_mismatch, framework_total_mismatch (errors), framework_title_mismatch (warning; expected is the
 * framework's title, actual the workbook's).
 *
 * - not_assessed:       a criterion marked not assessed ("KĐG", "Không đánh giá", "N/A"…) in its maximum or chosen score
 *                       cell (info; `cell` the marked cell, `actual` the mark): it counts in neither max nor score.
 */
export type FindingCode =
  | "score_not_number"
  | "max_not_number"
  | "formula_error"
  | "score_negative"
  | "score_above_max"
  | "max_sum_mismatch"
  | "score_sum_mismatch"
  | "total_max_mismatch"
  | "total_score_mismatch"
  | "duplicate_code"
  | "orphan_code"
  | "missing_score"
  | "missing_reason"
  | "not_assessed"
  | "unmatched_score"
  | "unreadable_row"
  | "legacy_text_converted"
  | "second_table_ignored"
  | "framework_missing"
  | "framework_extra"
  | "framework_max_mismatch"
  | "framework_total_mismatch"
  | "framework_title_mismatch";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** The cell that holds the wrong value (for sums: the parent's or total's cell). */
  cell: CellRef;
  /** The criterion concerned, as a dotted code ("2.6.1"), when there is one. */
  criterion?: string;
  /** What the reviewer expected (e.g. the children's sum), rounded to 2 decimals when numeric. */
  expected?: number | string;
  /** What the cell holds (a number rounded to 2 decimals, or the raw text). */
  actual?: number | string | null;
}

/** Absolute tolerance for comparing two-decimal scores. */
export const TOLERANCE = 0.005;

/** Rounds to 2 decimals without float noise (1.4200000001 -> 1.42). */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON * Math.sign(value)) * 100) / 100;
}
