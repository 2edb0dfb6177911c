import type { ReviewLabels } from "./reviewLabels";

export const reviewEn: ReviewLabels = {
  sheets: { units: "Summary", findings: "Errors and warnings", deducted: "Deducted criteria", framework: "Framework" },
  titles: {
    units: "PAR INDEX SCORING RESULTS",
    findings: "ERRORS AND WARNINGS IN THE SCORING WORKBOOKS",
    deducted: "CRITERIA THAT LOST POINTS",
    framework: (name) => `DEVIATIONS FROM THE FRAMEWORK "${name}"`,
  },
  subtitle: (files, ranked, unusable) =>
    `${files} files; ${ranked} units ranked by index (%)` + (unusable > 0 ? `; ${unusable} files could not be read` : ""),
  units: {
    order: "No.",
    unit: "Unit",
    file: "File",
    sheet: "Sheet",
    score: "Score",
    max: "Maximum",
    index: "Index (%)",
    rank: "Rank",
    area: (code) => `Area ${code}`,
    errors: "Errors",
    warnings: "Warnings",
    status: "Status",
    note: "Note",
  },
  status: { ok: "passed", errors: "has errors", unusable: "unreadable" },
  findings: { cell: "Cell", code: "Code", severity: "Severity", message: "Message" },
  severity: { error: "Error", warning: "Warning", info: "Information" },
  deducted: {
    code: "Code",
    title: "Criterion",
    units: "Units that lost points",
    lost: "Points lost in total",
    average: "Average points lost",
    unitNames: "Units",
  },
  framework: {
    criterion: "Criterion",
    deviation: "Deviation",
    expected: "Framework",
    actual: "Workbook",
    none: "No deviation from the framework.",
  },
  deviation: {
    framework_missing: "Missing criterion",
    framework_extra: "Criterion not in the framework",
    framework_max_mismatch: "Different maximum",
    framework_total_mismatch: "Different total maximum",
    framework_title_mismatch: "Different title",
  },
};
