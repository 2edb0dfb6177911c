import type { Severity } from "./finding";

/**
 * One workbook as a reviewer's summary sees it: plain data (it crosses worker threads and goes into JSON). Built by
 * toUnitReview from an analysis, or by the host for a file that cannot be used (status "unusable", with `reason`).
 */
export interface UnitReview {
  file: string;
  /** The unit's name from the title rows, else the file's name without extension. */
  unit: string;
  status: "ok" | "errors" | "unusable";
  /** Why the file cannot be used (a sentence naming the file), for status "unusable". */
  reason?: string;
  /** The scoring sheet ("Tiêu chí + Điểm" for a split layout); "" when unusable. */
  sheet: string;
  score: number;
  max: number;
  /** score ÷ max × 100, 2 decimals. */
  index: number;
  areas: { code: string; title: string; score: number; max: number }[];
  errors: number;
  warnings: number;
  findings: ReviewFinding[];
  /** The criteria the appraisal actually cut (leaves). */
  deductions: { code: string; title: string; max: number; score: number; lost: number }[];
}

export interface ReviewFinding {
  code: string;
  severity: Severity;
  /** "Sheet!E12". */
  cell: string;
  criterion?: string;
  expected?: number | string;
  actual?: number | string | null;
  message: string;
}

/** A unit with its rank (1 = best index; ties share a rank, the next rank skips: 1, 2, 2, 4); null when unusable. */
export interface RankedUnit extends UnitReview {
  rank: number | null;
}

/** A criterion that units lost points on, across all units. */
export interface DeductedCriterion {
  code: string;
  title: string;
  /** How many units lost points on it. */
  units: number;
  lost: number;
  /** lost ÷ units, 2 decimals. */
  average: number;
  unitNames: string[];
}

/** Everything the summary workbook and `review --json` show. */
export interface Review {
  /** Ranked units first (best first), then unusable files. */
  units: RankedUnit[];
  /** The union of the units' area codes, in code order, with the first title seen. */
  areas: { code: string; title: string }[];
  /** Most units first, then most points lost, then code order. */
  deducted: DeductedCriterion[];
  /** The framework's name when one was given. */
  framework: string | null;
}
