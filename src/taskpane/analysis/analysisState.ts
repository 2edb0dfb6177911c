import type { AnalysisOptions, AnalysisResult, WorkbookSnapshot } from "../../domain";
import type { Phase, PlanSettings, Task, UserMessage } from "./analysisView.types";

/** The pane's state machine: idle -> running -> done | error, keeping the last analysis across tasks. */
export interface AnalysisState {
  phase: Phase;
  task?: Task;
  message?: UserMessage;
  snapshot?: WorkbookSnapshot;
  result?: AnalysisResult;
  /** The options of the last analysis; the next one starts from them. */
  options: AnalysisOptions;
  plan: PlanInput;
}

/** The plan form; `appraisedYear` stays undefined (= year − 1) until the user sets it. */
export interface PlanInput {
  year: number;
  appraisedYear?: number;
  defaultDeadline: string;
  includeFullMarkAreas: boolean;
}

export type AnalysisAction =
  | { type: "start"; task: Task }
  | { type: "analysed"; snapshot: WorkbookSnapshot; result: AnalysisResult; options: AnalysisOptions }
  | { type: "succeeded"; message?: UserMessage }
  | { type: "failed"; message: UserMessage }
  | { type: "planChanged"; change: Partial<PlanSettings> };

export function initialState(year: number, defaultDeadline: string): AnalysisState {
  return { phase: "idle", options: {}, plan: { year, defaultDeadline, includeFullMarkAreas: true } };
}

export function reduceAnalysis(state: AnalysisState, action: AnalysisAction): AnalysisState {
  switch (action.type) {
    case "start":
      return { ...state, phase: "running", task: action.task, message: undefined };
    case "analysed":
      return { ...state, phase: "done", task: undefined, ...pick(action, "snapshot", "result", "options") };
    case "succeeded":
      return { ...state, phase: "done", task: undefined, message: action.message };
    case "failed":
      return { ...state, phase: "error", task: undefined, message: action.message };
    case "planChanged":
      return { ...state, plan: { ...state.plan, ...action.change } };
  }
}

/** The form's values with the appraised year's default filled in. */
export function planSettings(plan: PlanInput): PlanSettings {
  return { ...plan, appraisedYear: plan.appraisedYear ?? plan.year - 1 };
}

function pick<T, K extends keyof T>(value: T, ...keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>;
}
