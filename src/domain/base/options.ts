import type { Framework } from "./framework";

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
  /** The first column of another table found beside this one in the header row: ignored, and said so. */
  ignoredFromCol?: number;
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
  /** The official criteria to compare the workbook with; deviations become framework_* findings. */
  framework?: Framework;
}

export type TableSource =
  | { kind: "single"; table: TableLayout }
  | { kind: "split"; criteria: TableLayout; scores: TableLayout };

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
