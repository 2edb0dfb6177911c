import type { AnalysisOptions, AnalysisResult } from "./analysis";
import type { WorkbookSnapshot } from "./snapshot";

/** Finds the scoring table(s), builds the criteria tree, checks it and lists deductions. */
export function analyzeWorkbook(_workbook: WorkbookSnapshot, _options: AnalysisOptions = {}): AnalysisResult {
  throw new Error("PLACEHOLDER: analyzeWorkbook not implemented yet");
}
