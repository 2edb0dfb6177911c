import type { Strings } from "./index";

/** Every text of the task pane in English (shown when Office's display language is not Vietnamese). */
export const en: Strings = {
  appTitle: "PAR INDEX check",
  appIntro: "Check the open scoring workbook, colour the deducted criteria and write the GIẢI PHÁP table.",

  check: "Check",
  running: {
    check: "Reading and checking the scoring table…",
    highlight: "Colouring…",
    clear: "Removing colours…",
    create: "Creating the GIẢI PHÁP table…",
    select: "Selecting the cell…",
  },

  sourceHeading: "Scoring table",
  sheet: "Scoring sheet",
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

  resultHeading: "Result",
  total: (score, max) => `Total: ${score}/${max}`,
  index: (index) => `Index: ${index}%`,
  statedTotal: (score, max) => `The total row states: ${score}/${max}`,
  adjustments: (points) => `Bonus/penalty points: ${points}`,
  areasHeading: "Score by area",
  areaLabel: (code, title) => `${code}. ${title}`,
  areaScore: (score, max) => `${score}/${max} points`,
  areaLost: (score, max, lost) => `${score}/${max} points (${lost} deducted)`,

  findingsHeading: "Errors and warnings",
  noFindings: "No errors found in the scoring table.",
  errorsHeading: (count) => `Errors (${count})`,
  warningsHeading: (count) => `Warnings (${count})`,
  infoHeading: (count) => `Information (${count})`,
  findingHint: "Click an item to show its cell in the workbook.",

  deductionsHeading: "Deducted criteria",
  noDeductions: "No criterion was deducted.",
  deductionColumns: { code: "Code", title: "Criterion", score: "Score", reason: "Reason" },
  noReason: "(no reason given)",

  highlightHeading: "Colouring",
  highlight: "Colour deducted criteria",
  clearHighlight: "Remove colours",
  highlighted: (rules) => `Coloured: ${rules} conditional formatting rules (colours follow the scores when edited).`,
  cleared: (rules) =>
    rules === 0 ? "There were no colours added by the add-in." : `Removed ${rules} colouring rules added by the add-in.`,

  remediationHeading: "GIẢI PHÁP table",
  remediationYear: "Year of remediation",
  appraisedYear: "Appraised year",
  defaultDeadline: "Default deadline",
  defaultDeadlineValue: "Thường xuyên",
  includeFullMarkAreas: "Add a row for areas with full marks",
  previewHeading: (rows) => `Preview (${rows} rows)`,
  previewColumns: { tt: "No.", issues: "Shortcomings", steps: "Remediation and deadline" },
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
  problemHint: "Pick the right sheet or correct the columns above, then click Check again.",
  doneTitle: "Done",
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
