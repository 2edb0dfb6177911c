import {
  analyzeWorkbook,
  describePlanDocument,
  inferIssuer,
  readTitleTexts,
  readUnitName,
  layoutRemediationSheet,
  planHighlight,
  planRemediation,
  readStepTemplates,
  type Analysis,
  type AnalysisOptions,
  type AnalysisResult,
  type PlanDocument,
  type PlanDocumentOptions,
  type PlanFacts,
  type PlanOptions,
  type RemediationTable,
  type WorkbookSnapshot,
} from "../domain";
import type { WorkbookHost } from "./workbookHost";

/**
 * The three things a user does in Excel, written once over the WorkbookHost interface: the task pane and the
 * ribbon commands both call these, so neither holds any logic of its own.
 */

export interface OpenWorkbookAnalysis {
  snapshot: WorkbookSnapshot;
  result: AnalysisResult;
}

/** Reads the open workbook and analyses it. */
export async function analyzeOpenWorkbook(host: WorkbookHost, options: AnalysisOptions = {}): Promise<OpenWorkbookAnalysis> {
  const snapshot = await host.readWorkbook();
  return { snapshot, result: analyzeWorkbook(snapshot, options) };
}

/** Colours the deducted criteria and the cells holding an error; returns how many rules were added. */
export async function highlightDeductions(host: WorkbookHost, analysis: Analysis, snapshot: WorkbookSnapshot): Promise<number> {
  const plan = planHighlight(analysis, snapshot);
  await host.applyHighlight(plan);
  return plan.rules.length;
}

/** Plans the GIẢI PHÁP table (using the workbook's "Giải pháp mẫu" sheet when it has one) without writing it. */
export function previewRemediation(
  analysis: Analysis,
  snapshot: WorkbookSnapshot,
  options: Omit<PlanOptions, "templates">,
): RemediationTable {
  return planRemediation(analysis, { ...options, templates: readStepTemplates(analysis.convertedWorkbook ?? snapshot) });
}

/** Writes the planned table into a new sheet; returns the sheet's name and the table written. */
export async function createRemediationSheet(
  host: WorkbookHost,
  analysis: Analysis,
  snapshot: WorkbookSnapshot,
  options: Omit<PlanOptions, "templates">,
): Promise<{ sheetName: string; table: RemediationTable }> {
  const table = previewRemediation(analysis, snapshot, options);
  const sheetName = await host.writeRemediation(layoutRemediationSheet(table));
  return { sheetName, table };
}

/**
 * The Kế hoạch khắc phục for a planned table (the one the sheet gets): header fields from `options`, else from the
 * scoring sheet's title rows, else "…". Shared by the task pane and the CLI.
 */
export function describePlanFor(
  analysis: Analysis,
  snapshot: WorkbookSnapshot,
  table: RemediationTable,
  facts: PlanFacts,
  options: PlanDocumentOptions = {},
): PlanDocument {
  return describePlanDocument({ analysis, table, facts, options, issuer: inferIssuer(readTitleTexts(snapshot, analysis), readUnitName(snapshot, analysis.source)) });
}
