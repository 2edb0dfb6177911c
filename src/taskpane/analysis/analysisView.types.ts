import type { CellRef, ColumnRole, PlanDocument, PlanDocumentOptions, RemediationTable, ScoreSource } from "../../domain";

/** What the pane is doing: nothing yet, a task under way, the last task done, or the last task failed. */
export type Phase = "idle" | "running" | "done" | "error";

/** The task under way (chooses the spinner's label). */
export type Task = "check" | "highlight" | "clear" | "create" | "select";

/** The outcome of the last task, shown in a MessageBar until the next task starts or the user dismisses it. */
export interface UserMessage {
  /** Distinguishes two messages with the same text, so each one is announced once. */
  id: number;
  intent: "success" | "error";
  text: string;
}

/** The GIẢI PHÁP options as the form shows them. */
export interface PlanSettings {
  /** Defaults to the year after the one the workbook's title names (readPlanYears), else this year. */
  year: number;
  /** Defaults to the workbook's year, or `year - 1` once the user changed `year`. */
  appraisedYear: number;
  /** True while the years shown are the ones read from the workbook's title. */
  yearsFromWorkbook: boolean;
  defaultDeadline: string;
  includeFullMarkAreas: boolean;
}

/** One column of a sheet offered in a mapping dropdown: its letters and its header text. */
export interface ColumnChoice {
  col: number;
  letters: string;
  header: string;
}

/** Which of the two mappings a change targets: the scoring (or criteria) sheet's, or the scores sheet's. */
export type MappingTarget = "columns" | "scoresColumns";

/** One role's dropdown: the columns currently mapped to it (several only for appraisal rounds). */
export interface MappingField {
  role: ColumnRole;
  cols: number[];
  multiple: boolean;
}

export interface MappingView {
  target: MappingTarget;
  sheet: string;
  choices: ColumnChoice[];
  fields: MappingField[];
}

/** The sheet, score and column choices, as detected or as the user corrected them. */
export interface SourceView {
  /** Visible sheets, the detected candidates first. */
  sheets: string[];
  sheet?: string;
  scoreSource: ScoreSource;
  criteriaSheet?: string;
  scoresSheet?: string;
  mappings: MappingView[];
  /** The framework compared with (its name: the sheet it was read from), when one is picked or remembered. */
  framework?: { name: string; count: number };
}

/**
 * What an area's bar says: "error" when a finding of severity error lies in the area (a score above its maximum, a
 * formula error, sums that do not add up…), else "deducted" below its maximum, else "full".
 */
export type AreaState = "error" | "deducted" | "full";

export interface AreaBar {
  key: string;
  code: string;
  title: string;
  state: AreaState;
  /** Errors found in the area (state "error" when > 0). */
  errorCount: number;
  /** The bar's value, clamped to [0, max] (a score above the maximum fills it, and the state says why). */
  score: number;
  max: number;
  /** Formatted in the pane's language ("8,92"; English "8.92"). */
  scoreText: string;
  maxText: string;
  /** Formatted points lost, or null at full marks. */
  lostText: string | null;
}

export interface FindingItem {
  key: string;
  /** The finding in words (describeFinding). */
  text: string;
  /** What the item shows: the text, with the cell in front when the text does not name it. */
  label: string;
  /** "Điểm!E12" */
  where: string;
  cell: CellRef;
}

/** The first screen's summary: the counts a reviewer decides on, and the first error to go to. */
export interface Verdict {
  errors: number;
  warnings: number;
  /** Criteria that lost points (leaves). */
  deducted: number;
  firstError: FindingItem | null;
  /** The sheet(s) the analysis read, as the user names them ("Bảng điểm 2020", or "Tiêu chí + Điểm"). */
  sheet: string;
}

/** The deducted criteria of one area, for a stack of cards. */
export interface DeductionGroup {
  key: string;
  code: string;
  title: string;
  rows: DeductionRow[];
}

export interface DeductionRow {
  key: string;
  code: string;
  title: string;
  /** "1,42/1,5" */
  score: string;
  reason: string;
  cell: CellRef;
}

/** The result of Kiểm tra, formatted for display. */
export interface ResultView {
  scoreText: string;
  maxText: string;
  indexText: string;
  stated: { scoreText: string; maxText: string } | null;
  adjustmentsText: string | null;
  verdict: Verdict;
  areas: AreaBar[];
  errors: FindingItem[];
  warnings: FindingItem[];
  /** What the engine did that the user should know (e.g. TCVN3/VNI text read as Unicode); never a problem. */
  infos: FindingItem[];
  deductions: DeductionRow[];
  /** `deductions` grouped by area, in the areas' order. */
  deductionGroups: DeductionGroup[];
}

/** Everything the pane renders, and the handlers its controls call. Returned by `useAnalysis`. */
export interface AnalysisView {
  phase: Phase;
  task?: Task;
  busy: boolean;
  /** How many analyses ran; a new value means a new result to announce. */
  checks: number;
  message?: UserMessage;
  /** Why the workbook could not be analysed (describeProblem), when it could not. */
  problem?: string;
  /** When the last analysis failed after a good one: the sheet of the good one, which `restorePrevious` brings back. */
  previousSheet?: string;
  source?: SourceView;
  result?: ResultView;
  plan: PlanSettings;
  preview?: RemediationTable;
  previewError?: string;
  /** The Kế hoạch (Word document) for the previewed table, once there is one; header fields from `options`. */
  describeDocument?: (options: PlanDocumentOptions) => PlanDocument;

  check(): void;
  dismissMessage(): void;
  restorePrevious(): void;
  selectSheet(sheet: string): void;
  selectScoreSource(score: ScoreSource): void;
  selectSplitSheet(which: "criteria" | "scores", sheet: string | undefined): void;
  selectColumns(target: MappingTarget, role: ColumnRole, cols: number[]): void;
  /** Reads the framework from a sheet of the open workbook and remembers it in the document; undefined forgets it. */
  selectFramework(sheet: string | undefined): void;
  selectCell(cell: CellRef): void;
  highlight(): void;
  clearHighlight(): void;
  changePlan(change: Partial<PlanSettings>): void;
  createRemediation(): void;
}
