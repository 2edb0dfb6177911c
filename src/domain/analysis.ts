import type { CellRef } from "./cellRef";
import type { CriteriaTree } from "./criteria";
import type { Finding } from "./finding";

/** The columns of a scoring table the engine knows. */
export type ColumnRole = "code" | "title" | "max" | "self" | "appraised" | "reason" | "evidence";

/**
 * Which sheet column (0-based) holds each role. `appraised` lists the appraisal-round columns left to right
 * ("Thẩm định lần 1", "lần 2"): the last round filled in on a row is its appraised score.
 */
export interface ColumnMapping {
  code?: number;
  title?: number;
  max?: number;
  self?: number;
  appraised?: number[];
  reason?: number;
  evidence?: number;
}

/**
 * A user's corrections of a detected mapping, role by role: a column (or columns), or null for "this sheet has no
 * such column" (the detected one is dropped). Roles left out keep what was detected.
 */
export type ColumnOverrides = { [R in keyof ColumnMapping]?: ColumnMapping[R] | null };

/** Where a table sits in a sheet, in 0-based sheet rows. */
export interface TableLayout {
  sheet: string;
  /** First and last header rows (equal for a one-row header). */
  headerTop: number;
  headerBottom: number;
  /** First and last rows read as data (the last is the total row or the last criterion). */
  firstDataRow: number;
  lastDataRow: number;
  columns: ColumnMapping;
}

export type ScoreSource = "appraised" | "self";

export interface AnalysisOptions {
  /** The scoring sheet; found automatically when absent. */
  sheet?: string;
  /** Split layout: the sheet with code, title and max, and the sheet with code, score and reason. */
  criteriaSheet?: string;
  scoresSheet?: string;
  /** Which score to use; default: appraised when such a column exists, else self-assessed. */
  score?: ScoreSource;
  /** Overrides for the detected column mapping of the scoring (or criteria) sheet. */
  columns?: ColumnOverrides;
  /** Overrides for the scores sheet of a split layout. */
  scoresColumns?: ColumnOverrides;
}

export type TableSource =
  | { kind: "single"; table: TableLayout }
  | { kind: "split"; criteria: TableLayout; scores: TableLayout };

/** Score and maximum of one area, as the reviewer reads them. `index` is score ÷ max × 100, 2 decimals. */
export interface AreaSummary {
  code: string;
  title: string;
  max: number;
  score: number;
  index: number;
  cell: CellRef;
}

/** A criterion whose score is below its maximum. Leaves and parents are both listed, depth first. */
export interface Deduction {
  code: string;
  title: string;
  level: number;
  max: number;
  score: number;
  /** max − score, 2 decimals. */
  lost: number;
  reason: string;
  /** The score cell. */
  cell: CellRef;
  /** True when the node has no children (the criterion the appraisal actually cut). */
  leaf: boolean;
}

/** A criterion the appraisal scored lower than the unit's self-assessment. */
export interface AppraisalCut {
  code: string;
  title: string;
  self: number;
  appraised: number;
  cell: CellRef;
}

export interface Totals {
  /** Sum of the areas' maxima. */
  max: number;
  /** Sum of the areas' scores plus adjustments (bonus/penalty). */
  score: number;
  /** Sum of bonus/penalty adjustments (0 when none). */
  adjustments: number;
  /** What the total row says, when there is one. */
  stated: { max: number | null; score: number | null } | null;
  /** score ÷ max × 100, 2 decimals (0 when max is 0). */
  index: number;
}

export interface Analysis {
  source: TableSource;
  scoreSource: ScoreSource;
  /** The sheets that looked like scoring tables, best first (the one used is first). */
  candidateSheets: string[];
  tree: CriteriaTree;
  totals: Totals;
  areas: AreaSummary[];
  deductions: Deduction[];
  appraisalCuts: AppraisalCut[];
  /** Every finding, in sheet order; never stops at the first. */
  findings: Finding[];
}

/** Why a workbook could not be analysed at all (as opposed to findings inside a table that was read). */
export type SetupProblemCode =
  | "sheet_not_found"
  | "no_scoring_table"
  | "no_score_column"
  | "no_max_column"
  | "no_code_column";

export interface SetupProblem {
  code: SetupProblemCode;
  /** The sheet concerned, when one was named or examined. */
  sheet?: string;
  /** The sheets that were examined. */
  examined: string[];
}

export type AnalysisResult = { ok: true; analysis: Analysis } | { ok: false; problem: SetupProblem };
