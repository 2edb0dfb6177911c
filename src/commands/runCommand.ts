import { readPlanYears, type Lang } from "../domain";
import { analyzeOpenWorkbook, createRemediationSheet } from "../hosts/workbookActions";
import type { WorkbookHost } from "../hosts/workbookHost";
import { reportFailure, reportProblem, type CommandReport } from "./commandReport";
import { reportCheck } from "./reportCheck";
import { reportCreated } from "./reportCreated";
import { commandStrings } from "./strings";

/** What a ribbon command works with; commands.ts builds it over Office.js, tests over a fake host. */
export interface CommandContext {
  host: WorkbookHost;
  lang: Lang;
  /** Today: its year is the remediation's when the workbook's title names no year (readPlanYears). */
  today: Date;
}

/** The smallest part of Office's event object a command needs. */
export interface CommandEvent {
  completed(): void;
}

/** "Kiểm tra": reads and analyses the open workbook; writes nothing. */
export async function runCheck(context: CommandContext): Promise<CommandReport> {
  const { result } = await analyzeOpenWorkbook(context.host);
  return reportCheck(result, context.lang);
}

/** "Tạo GIẢI PHÁP": analyses, then adds a new GIẢI PHÁP sheet with the years read from the workbook. */
export async function runCreateRemediation(context: CommandContext): Promise<CommandReport> {
  const { snapshot, result } = await analyzeOpenWorkbook(context.host);
  if (!result.ok) return reportProblem(result.problem, context.lang, commandStrings(context.lang).notCreatedTitle);
  const { year, appraisedYear } = readPlanYears(snapshot, result.analysis, context.today);
  const years = { year, appraisedYear };
  const created = await createRemediationSheet(context.host, result.analysis, snapshot, years);
  return reportCreated(result.analysis, created, years, context.lang);
}

/**
 * Runs a command, shows its report (or the failure in words) and ALWAYS signals completion to Office, last, so the
 * function file's runtime stays alive while the result dialog is open.
 */
export async function completeCommand(
  event: CommandEvent,
  run: () => Promise<CommandReport>,
  show: (report: CommandReport) => Promise<void>,
  lang: Lang,
): Promise<CommandReport> {
  let report: CommandReport;
  try {
    report = await run();
  } catch (error) {
    console.error(error);
    report = reportFailure(error, lang);
  }
  try {
    await show(report);
  } catch (error) {
    // The dialog is only the messenger: failing to show it must not leave the command hanging.
    console.error(error);
  } finally {
    event.completed();
  }
  return report;
}
