import { useEffect, useMemo, useReducer, useRef } from "react";
import {
  describeProblem,
  readPlanYears,
  type PlanYears,
  readFrameworkSheet,
  type Analysis,
  type AnalysisOptions,
  type ColumnRole,
  type Lang,
  type WorkbookSnapshot,
} from "../../domain";
import {
  analyzeOpenWorkbook,
  createRemediationSheet,
  describePlanFor,
  highlightDeductions,
  previewRemediation,
} from "../../hosts/workbookActions";
import type { WorkbookHost } from "../../hosts/workbookHost";
import { stringsFor, type Strings } from "../strings";
import { initialState, planSettings, reduceAnalysis, type AnalysisAction } from "./analysisState";
import type { AnalysisView, MappingTarget, PlanSettings, Task } from "./analysisView.types";
import { buildResultView } from "./buildResultView";
import { buildSourceView, layoutColumns } from "./buildSourceView";
import { withColumns, withScoreSource, withSheet, withSheetsOf, withSplitSheet } from "./changeOptions";
import { describeFailure } from "./describeFailure";

/**
 * The task pane's one hook: runs the workbook actions through the host, keeps the state machine
 * (idle / running / done / error) and returns everything the components render, with their handlers.
 * One task at a time: a call while another runs is ignored (the controls are disabled meanwhile).
 */
export function useAnalysis(host: WorkbookHost, lang: Lang, today: Date = new Date()): AnalysisView {
  const strings = stringsFor(lang);
  const [state, dispatch] = useReducer(reduceAnalysis, undefined, () => initialState(strings.defaultDeadlineValue));
  const running = useRef(false);
  const analysis = state.result?.ok ? state.result.analysis : undefined;
  const plan = planSettings(state.plan, planYears(analysis, state.snapshot, today));
  // A message is worded in the language it was made in: switching language retires it rather than leave it stale.
  const shownLang = useRef(lang);
  useEffect(() => {
    if (shownLang.current !== lang) dispatch({ type: "dismissed" });
    shownLang.current = lang;
  }, [lang]);

  async function run(task: Task, work: () => Promise<AnalysisAction>): Promise<void> {
    if (running.current) return;
    running.current = true;
    dispatch({ type: "start", task });
    try {
      dispatch(await work());
    } catch (error) {
      dispatch({ type: "failed", message: describeFailure(error, strings) });
    } finally {
      running.current = false;
    }
  }

  /** Re-reads the workbook and analyses it; a framework remembered in the document joins options that have none. */
  function analyse(options: AnalysisOptions): void {
    void run("check", async () => {
      const framework = options.framework ?? (await host.loadFramework?.()) ?? undefined;
      const withFramework = framework ? { ...options, framework } : options;
      return { type: "analysed", ...(await analyzeOpenWorkbook(host, withFramework)), options: withFramework };
    });
  }

  function selectFramework(sheet: string | undefined): void {
    const { framework: _, ...rest } = state.options;
    const read = sheet !== undefined && state.snapshot ? readFrameworkSheet(state.snapshot, sheet, sheet) : undefined;
    if (read && !read.ok) {
      dispatch({ type: "failed", message: { intent: "error", text: strings.frameworkNoTable(sheet ?? "") } });
      return;
    }
    const options: AnalysisOptions = read ? { ...rest, framework: read.framework } : rest;
    void run("check", async () => {
      await host.saveFramework?.(options.framework ?? null);
      return { type: "analysed", ...(await analyzeOpenWorkbook(host, options)), options };
    });
  }

  function withAnalysis(task: Task, work: (analysis: Analysis, snapshot: WorkbookSnapshot) => Promise<AnalysisAction>) {
    if (analysis && state.snapshot) void run(task, () => work(analysis, state.snapshot as WorkbookSnapshot));
  }

  function selectColumns(target: MappingTarget, role: ColumnRole, cols: number[]): void {
    const pinned = withSheetsOf(state.options, usedSheets(analysis));
    analyse(withColumns(pinned, target, layoutColumns(state.result, target), role, cols));
  }

  const source = useMemo(
    () => (state.snapshot && state.result ? buildSourceView(state.snapshot, state.result, state.options) : undefined),
    [state.snapshot, state.result, state.options],
  );
  const result = useMemo(() => (analysis ? buildResultView(analysis, lang) : undefined), [analysis, lang]);
  const preview = usePreview(analysis, state.snapshot, plan, strings);
  const { snapshot } = state;
  const table = preview.preview;
  const facts = { year: plan.year, appraisedYear: plan.appraisedYear };

  return {
    phase: state.phase,
    task: state.task,
    busy: state.phase === "running",
    checks: state.checks,
    message: state.message,
    problem: state.result && !state.result.ok ? describeProblem(state.result.problem, lang) : undefined,
    previousSheet: state.previous?.result.ok ? sheetName(state.previous.result.analysis) : undefined,
    source,
    result,
    plan,
    ...preview,
    describeDocument:
      analysis && snapshot && table ? (options) => describePlanFor(analysis, snapshot, table, facts, options) : undefined,
    check: () => analyse(state.options),
    dismissMessage: () => dispatch({ type: "dismissed" }),
    restorePrevious: () => dispatch({ type: "restored" }),
    selectSheet: (sheet) => analyse(withSheet(state.options, sheet)),
    selectScoreSource: (score) => analyse(withScoreSource(state.options, score)),
    selectSplitSheet: (which, sheet) => analyse(withSplitSheet(state.options, which, sheet)),
    selectColumns,
    selectFramework,
    selectCell: (cell) => void run("select", async () => (await host.selectCell(cell), { type: "succeeded" })),
    highlight: () =>
      withAnalysis("highlight", async (current, snapshot) => {
        await highlightDeductions(host, current, snapshot);
        const deducted = current.deductions.filter((deduction) => deduction.leaf).length;
        return { type: "succeeded", message: { intent: "success", text: strings.highlighted(deducted, sheetName(current)) } };
      }),
    clearHighlight: () =>
      void run("clear", async () => {
        const rules = await host.clearHighlight();
        return { type: "succeeded", message: { intent: "success", text: strings.cleared(rules) } };
      }),
    changePlan: (change) => dispatch({ type: "planChanged", change: validPlanChange(change) }),
    createRemediation: () =>
      withAnalysis("create", async (current, snapshot) => {
        const { sheetName } = await createRemediationSheet(host, current, snapshot, plan);
        return { type: "succeeded", message: { intent: "success", text: strings.created(sheetName) } };
      }),
  };
}

/** The GIẢI PHÁP rows the current options would write; recomputed when the analysis or an option changes. */
function usePreview(
  analysis: Analysis | undefined,
  snapshot: WorkbookSnapshot | undefined,
  plan: PlanSettings,
  strings: Strings,
): Pick<AnalysisView, "preview" | "previewError"> {
  const { year, appraisedYear, defaultDeadline, includeFullMarkAreas } = plan;
  return useMemo(() => {
    if (!analysis || !snapshot) return {};
    try {
      return {
        preview: previewRemediation(analysis, snapshot, { year, appraisedYear, defaultDeadline, includeFullMarkAreas }),
      };
    } catch (error) {
      return { previewError: describeFailure(error, strings).text };
    }
  }, [analysis, snapshot, year, appraisedYear, defaultDeadline, includeFullMarkAreas, strings]);
}

/** The years the workbook's title gives (or today's), before the user changes them. */
function planYears(analysis: Analysis | undefined, snapshot: WorkbookSnapshot | undefined, today: Date): PlanYears {
  if (analysis && snapshot) return readPlanYears(snapshot, analysis, today);
  return { year: today.getFullYear(), appraisedYear: today.getFullYear() - 1, fromWorkbook: false };
}

/** The sheet whose scores the analysis read (the scores sheet of a split layout). */
function sheetName(analysis: Analysis): string {
  const { source } = analysis;
  return source.kind === "single" ? source.table.sheet : source.scores.sheet;
}

function usedSheets(analysis: Analysis | undefined): { sheet?: string; criteriaSheet?: string; scoresSheet?: string } {
  if (!analysis) return {};
  const { source } = analysis;
  return source.kind === "single"
    ? { sheet: source.table.sheet }
    : { criteriaSheet: source.criteria.sheet, scoresSheet: source.scores.sheet };
}

/** Drops years that are not whole numbers in a plausible range, so a half-typed year never reaches the plan. */
function validPlanChange(change: Partial<PlanSettings>): Partial<PlanSettings> {
  const valid = { ...change };
  for (const key of ["year", "appraisedYear"] as const) {
    const year = valid[key];
    if (year === undefined || !(Number.isInteger(year) && year >= 2000 && year <= 2100)) delete valid[key];
  }
  return valid;
}
