import type { AnalysisOptions, AnalysisResult, PlanYears, WorkbookSnapshot } from "../../domain";
import type { Phase, PlanSettings, Task, UserMessage } from "./analysisView.types";

/** A successful analysis and what it was made from, kept so a wrong sheet choice does not throw it away. */
export interface GoodAnalysis {
  snapshot: WorkbookSnapshot;
  result: AnalysisResult;
  options: AnalysisOptions;
}

/** The pane's state machine: idle -> running -> done | error, keeping the last analysis across tasks. */
export interface AnalysisState {
  phase: Phase;
  task?: Task;
  message?: UserMessage;
  /** Counts messages, so a repeated text is still a new message (announced again). */
  messages: number;
  /** Counts analyses, so checking an unchanged workbook again is still news (announced again). */
  checks: number;
  snapshot?: WorkbookSnapshot;
  result?: AnalysisResult;
  /** The options of the last analysis; the next one starts from them. */
  options: AnalysisOptions;
  /** The last analysis that found a table, while the current one did not. */
  previous?: GoodAnalysis;
  plan: PlanInput;
}

/** The plan form; a year stays undefined (= read from the workbook, see planSettings) until the user sets it. */
export interface PlanInput {
  year?: number;
  appraisedYear?: number;
  defaultDeadline: string;
  includeFullMarkAreas: boolean;
}

export type AnalysisAction =
  | { type: "start"; task: Task }
  | { type: "analysed"; snapshot: WorkbookSnapshot; result: AnalysisResult; options: AnalysisOptions }
  | { type: "succeeded"; message?: Omit<UserMessage, "id"> }
  | { type: "failed"; message: Omit<UserMessage, "id"> }
  | { type: "dismissed" }
  | { type: "restored" }
  | { type: "planChanged"; change: Partial<PlanSettings> };

export function initialState(defaultDeadline: string): AnalysisState {
  return { phase: "idle", options: {}, messages: 0, checks: 0, plan: { defaultDeadline, includeFullMarkAreas: true } };
}

export function reduceAnalysis(state: AnalysisState, action: AnalysisAction): AnalysisState {
  switch (action.type) {
    case "start":
      return { ...state, phase: "running", task: action.task, message: undefined };
    case "analysed":
      return {
        ...state,
        phase: "done",
        task: undefined,
        checks: state.checks + 1,
        previous: keptGood(state, action.result),
        ...pick(action, "snapshot", "result", "options"),
      };
    case "succeeded":
      return { ...state, phase: "done", task: undefined, ...withMessage(state, action.message) };
    case "failed":
      return { ...state, phase: "error", task: undefined, ...withMessage(state, action.message) };
    case "dismissed":
      return { ...state, message: undefined };
    case "restored":
      return state.previous ? { ...state, ...state.previous, previous: undefined, phase: "done", message: undefined } : state;
    case "planChanged":
      return { ...state, plan: { ...state.plan, ...action.change } };
  }
}

/**
 * The form's values: what the user typed, else the years read from the workbook (`read`). Changing the remediation
 * year alone moves the appraised year with it (year − 1).
 */
export function planSettings(plan: PlanInput, read: PlanYears): PlanSettings {
  const year = plan.year ?? read.year;
  const appraisedYear = plan.appraisedYear ?? (plan.year === undefined ? read.appraisedYear : year - 1);
  const yearsFromWorkbook = read.fromWorkbook && plan.year === undefined && plan.appraisedYear === undefined;
  return { ...plan, year, appraisedYear, yearsFromWorkbook };
}

/** A failed analysis after a good one keeps the good one (or the one kept before) to go back to. */
function keptGood(state: AnalysisState, next: AnalysisResult): GoodAnalysis | undefined {
  if (next.ok) return undefined;
  if (state.result?.ok && state.snapshot) return { snapshot: state.snapshot, result: state.result, options: state.options };
  return state.previous;
}

function withMessage(state: AnalysisState, message: Omit<UserMessage, "id"> | undefined): Pick<AnalysisState, "message" | "messages"> {
  if (!message) return { message: undefined, messages: state.messages };
  return { message: { ...message, id: state.messages + 1 }, messages: state.messages + 1 };
}

function pick<T, K extends keyof T>(value: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}
