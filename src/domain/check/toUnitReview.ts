import type { Analysis } from "./analysis";
import { countFindings, deductedLeaves } from "./countFindings";
import { formatCellRef } from "../base/cellRef";
import { describeFinding } from "../base/describe";
import { round2 } from "../base/finding";
import type { Lang } from "../base/lang";
import type { UnitReview } from "../base/review";

/** One analysed workbook as a row of the reviewer's summary; messages in `lang`, numbers rounded to 2 decimals. */
export function toUnitReview(file: string, unit: string, analysis: Analysis, lang: Lang): UnitReview {
  const { source, totals } = analysis;
  const { errors, warnings } = countFindings(analysis.findings);
  return {
    file,
    unit,
    status: errors > 0 ? "errors" : "ok",
    sheet: source.kind === "single" ? source.table.sheet : `${source.criteria.sheet} + ${source.scores.sheet}`,
    score: round2(totals.score),
    max: round2(totals.max),
    index: round2(totals.index),
    areas: analysis.areas.map((area) => ({ code: area.code, title: area.title, score: area.score, max: area.max })),
    errors,
    warnings,
    findings: analysis.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      cell: formatCellRef(finding.cell),
      ...(finding.criterion !== undefined ? { criterion: finding.criterion } : {}),
      ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
      ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
      message: describeFinding(finding, lang),
    })),
    deductions: deductedLeaves(analysis.deductions).map((deduction) => ({
      code: deduction.code,
      title: deduction.title,
      max: round2(deduction.max),
      score: round2(deduction.score),
      lost: round2(deduction.lost),
    })),
  };
}
