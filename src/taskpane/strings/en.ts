import type { Strings } from "./index";

/** Every text of the task pane in English (shown when Office's display language is not Vietnamese). */
export const en: Strings = {
  appTitle: "PAR INDEX check",
  appIntro:
    "Open a workbook holding a PAR INDEX scoring table (code, maximum, appraised or self-assessed score) and choose " +
    "Check. The add-in never changes a score; the GIẢI PHÁP table goes into a new sheet.",
  help: "Help",
  helpTitle: "How to use it",
  helpSteps: [
    "Check: the add-in finds the scoring sheet, adds up every area and reports figures that do not add up.",
    "Click an error or a criterion to select its cell in Excel, correct it in Excel, then choose Check again.",
    "Colour deducted criteria: colours follow the scores when edited; Remove colours removes all the add-in added.",
    "Create GIẢI PHÁP table: adds a new sheet in the remediation-plan format; the years come from the sheet's title and can be changed.",
    "Wrong sheet or wrong columns? Correct them under “Sheet and columns read” at the bottom of the pane.",
  ],
  close: "Close",
  language: "Language",
  languageNames: { vi: "Tiếng Việt", en: "English" },

  check: "Check",
  running: {
    check: "Reading and checking the scoring table…",
    highlight: "Colouring…",
    clear: "Removing colours…",
    create: "Creating the GIẢI PHÁP table…",
    select: "Selecting the cell…",
  },

  sourceHeading: "Sheet and columns read",
  sheet: "Scoring sheet",
  pickSheet: "Choose the scoring sheet…",
  noChoice: "(none)",
  scoreSource: "Score column to check",
  scoreAppraised: "Appraised score",
  scoreSelf: "Self-assessed score",
  splitHeading: "Criteria and scores on two different sheets",
  criteriaSheet: "Criteria sheet (code, title, maximum)",
  scoresSheet: "Scores sheet (code, score, reason)",
  frameworkSheet: "Compare with the framework on sheet",
  frameworkUsed: (name: string, count: number) => `Comparing with the framework "${name}" (${count} entries), saved in the file.`,
  frameworkNoTable: (sheet: string) =>
    `Sheet "${sheet}" holds no criteria table (code, title and "Điểm tối đa" columns), so it cannot be the framework.`,
  mappingHeading: "Detected columns",
  scoresMappingHeading: "Columns of the scores sheet",
  columnRoles: {
    code: "Code column",
    title: "Criterion title column",
    max: "Maximum column",
    self: "Self-assessed score column",
    appraised: "Appraised score column",
    reason: "Deduction reason column",
    evidence: "Evidence column",
  },
  column: (letters, header) => (header ? `${letters} — ${header}` : `Column ${letters}`),

  resultHeading: "Check result",
  verdictErrors: (errors) => `The scoring table has ${errors === 1 ? "1 error" : `${errors} errors`} to correct`,
  verdictOk: "No errors in the figures",
  errorCount: (count) => (count === 1 ? "1 error" : `${count} errors`),
  warningCount: (count) => (count === 1 ? "1 warning" : `${count} warnings`),
  deductedCount: (count) => (count === 1 ? "1 criterion lost points" : `${count} criteria lost points`),
  readSheet: (sheet) => `Sheet: “${sheet}”`,
  goToFirstError: (where) => `Go to the first error (${where})`,
  announceVerdict: (total, errors, warnings) => `Checked. ${total}. ${errors} errors, ${warnings} warnings.`,
  total: (score, max) => `Total: ${score}/${max}`,
  index: (index) => `Index: ${index}%`,
  statedTotal: (score, max) => `The total row states: ${score}/${max}`,
  adjustments: (points) => `Bonus/penalty points: ${points}`,
  areasHeading: "Score by area",
  areaLabel: (code, title) => `${code}. ${title}`,
  areaScore: (score, max) => `${score}/${max} points — full marks`,
  areaLost: (score, max, lost) => `${score}/${max} points — ${lost} deducted`,
  areaError: (score, max, errors) => `${score}/${max} points — ${errors > 1 ? `${errors} errors` : "an error"} in the figures, see Errors`,

  findingsHeading: "Errors and warnings",
  noFindings: "No errors found in the scoring table.",
  errorsHeading: (count) => `Errors (${count})`,
  warningsHeading: (count) => `Warnings (${count})`,
  findingHint: "Click an item to select its cell in Excel.",

  deductionsHeading: "Deducted criteria",
  noDeductions: "No criterion was deducted.",
  deductionGroup: (code, title) => (title ? `Area ${code}. ${title}` : `Area ${code}`),
  deductionScore: (score) => `Scored ${score} points`,
  reasonLabel: "Reason:",
  selectCriterion: (code) => `Criterion ${code}`,
  noReason: "(no reason given)",

  highlightHeading: "Colouring",
  highlight: "Colour deducted criteria",
  clearHighlight: "Remove colours",
  highlighted: (deducted, sheet) =>
    deducted === 0
      ? `No criterion lost points on “${sheet}”; cells with errors (if any) are coloured red.`
      : `Coloured ${deducted === 1 ? "1 deducted criterion" : `${deducted} deducted criteria`} on “${sheet}”. The colours follow the scores when edited.`,
  cleared: (rules) =>
    rules === 0 ? "The scoring table has no colours added by the add-in." : "Removed the colours the add-in added to the scoring table.",

  remediationHeading: "GIẢI PHÁP table",
  remediationYear: "Year of remediation",
  appraisedYear: "Appraised year",
  defaultDeadline: "Default deadline",
  defaultDeadlineValue: "Thường xuyên",
  includeFullMarkAreas: "Add a row for areas with full marks",
  yearsFromWorkbook: (appraised) => `${appraised} read from the scoring sheet's title; you can change it.`,
  previewHeading: (rows) => `Preview of the GIẢI PHÁP table (${rows} rows)`,
  previewSteps: "Remediation:",
  createRemediation: "Create GIẢI PHÁP table",
  created: (sheet) => `Created the sheet “${sheet}” holding the GIẢI PHÁP table.`,

  planDocumentHeading: "Remediation plan (Word)",
  planDocumentBody: "Issuing body",
  planDocumentAbbreviation: "Code (Số: …/KH-code)",
  planDocumentSignerTitle: "Signer's title",
  planDocumentSigner: "Signer's name",
  planDocumentBlank: "… (left blank to fill in)",
  downloadPlanDocument: "Download the plan (.docx)",
  copyAppendix: "Copy the GIẢI PHÁP table to paste into Word",
  planDocumentHint: "Excel on Mac and some Excel builds on Windows do not download files from add-ins: copy the table and paste it into Word.",
  downloadOffered: (file) => `Made “${file}”. No download? Copy the GIẢI PHÁP table and paste it into Word.`,
  downloadFailed: (reason) => `Could not make the Word file (${reason}); copy the GIẢI PHÁP table and paste it into Word.`,
  appendixCopied: "Copied the GIẢI PHÁP table: open Word and paste (Ctrl+V).",
  appendixNotCopied: "This Excel does not allow copying to the clipboard; use the GIẢI PHÁP sheet.",

  failureTitle: "Could not complete",
  problemTitle: "No scoring table could be read",
  problemHint: "Pick the scoring sheet below, then choose Check again.",
  problemHintColumns: "Pick the right sheet or correct the columns below, then choose Check again.",
  restorePrevious: (sheet) => `Back to the result of “${sheet}”`,
  doneTitle: "Done",
  dismiss: "Dismiss message",
  hostErrors: {
    sheet_protected: (sheet) =>
      `The sheet ${sheet ? `“${sheet}” ` : ""}is protected. Unprotect it (Review > Unprotect Sheet) and try again.`,
    api_unsupported:
      "This version of Excel does not support a feature the add-in needs. Update Microsoft 365 or use Excel on the web.",
    excel_failed: "Excel reported an error. Close any open dialog or leave cell editing in Excel, then try again.",
    file: (detail) => `The file could not be read: ${detail}.`,
  },
  unexpected: (detail) =>
    `An unexpected error occurred: ${detail}. Try again; if it persists, send the workbook to support.`,
};
