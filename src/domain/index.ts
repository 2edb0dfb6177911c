/**
 * The engine's only door. Hosts, the task pane, the ribbon commands and the CLI import from here and nowhere else
 * inside src/domain. Pure TypeScript: no I/O, no Office JavaScript API, no exceljs, no React.
 *
 * Pipeline: WorkbookSnapshot -> analyzeWorkbook (find table, build tree, check, deductions) -> Analysis
 *           Analysis -> planRemediation -> RemediationTable -> layoutRemediationSheet -> grid any host writes
 *           Analysis -> planHighlight -> conditional formats any host applies
 *           RemediationTable -> describePlanDocument -> the Kế hoạch as a value the docx writer prints
 */
export * from "./base/snapshot";
export * from "./base/cellRef";
export * from "./base/finding";
export * from "./tree/criteria";
export * from "./base/options";
export * from "./check/analysis";
export * from "./plan/remediation";
export * from "./layout/highlight";
export * from "./base/lang";
export { formatNumber, formatScore } from "./base/formatNumber";
export { normalizeText } from "./base/normalizeText";
export { analyzeWorkbook } from "./analyzeWorkbook";
export { readLegacyText, type LegacyConversion } from "./read/legacy/readLegacyText";
export { decodeLegacyText, encodingOfFont, guessLegacyEncoding, type LegacyEncoding } from "./read/legacy/decodeLegacyText";
export { describeFinding, describeProblem } from "./base/describe";
export { planRemediation } from "./plan/planRemediation";
export { readStepTemplates } from "./plan/stepTemplates";
export { chosenStepKind } from "./plan/stepFit";
export { countFindings, deductedLeaves, scoresSheetOf, type FindingCounts } from "./check/countFindings";
export { layoutRemediationSheet } from "./layout/layoutRemediationSheet";
export { planHighlight } from "./layout/planHighlight";
export { uniqueSheetName } from "./base/sheetName";
export * from "./base/framework";
export * from "./base/review";
export { parseFrameworkJson } from "./check/parseFrameworkJson";
export { readFrameworkSheet } from "./check/readFrameworkSheet";
export { compareWithFramework } from "./check/compareWithFramework";
export { readUnitName } from "./read/readUnitName";
export { summarizeReview } from "./check/summarizeReview";
export { toUnitReview } from "./check/toUnitReview";
export { layoutReviewWorkbook, type ReviewCell, type ReviewColumn, type ReviewSheet, type ReviewWorkbookLayout } from "./layout/layoutReviewWorkbook";
export { needsWholeSheet, SHEET_HEAD_ROWS } from "./sheetHead";
export { isTemplateSheetName } from "./plan/stepTemplates";
export * from "./layout/planDocument";
export { describePlanDocument, type PlanDocumentInput } from "./layout/describePlanDocument";
export { inferIssuer, type InferredIssuer } from "./plan/inferIssuer";
export { readTitleTexts } from "./read/titleRows";
export { readAppraisedYear, readPlanYears, type PlanYears } from "./read/readPlanYears";
