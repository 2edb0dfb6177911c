/**
 * The engine's only door. Hosts, the task pane, the ribbon commands and the CLI import from here and nowhere else
 * inside src/domain. Pure TypeScript: no I/O, no Office JavaScript API, no exceljs, no React.
 *
 * Pipeline: WorkbookSnapshot -> analyzeWorkbook (find table, build tree, check, deductions) -> Analysis
 *           Analysis -> planRemediation -> RemediationTable -> layoutRemediationSheet -> grid any host writes
 *           Analysis -> planHighlight -> conditional formats any host applies
 */
export * from "./snapshot";
export * from "./cellRef";
export * from "./finding";
export * from "./criteria";
export * from "./analysis";
export * from "./remediation";
export * from "./highlight";
export * from "./lang";
export { formatNumber, formatScore } from "./formatNumber";
export { normalizeText } from "./normalizeText";
export { analyzeWorkbook } from "./analyzeWorkbook";
export { describeFinding, describeProblem } from "./describe";
export { planRemediation } from "./planRemediation";
export { readStepTemplates } from "./stepTemplates";
export { layoutRemediationSheet } from "./layoutRemediationSheet";
export { planHighlight } from "./planHighlight";
export { uniqueSheetName } from "./sheetName";
export { needsWholeSheet, SHEET_HEAD_ROWS } from "./sheetHead";
export { isTemplateSheetName } from "./stepTemplates";
