import {
  describeFinding,
  formatCellRef,
  formatNumber,
  formatScore,
  type Analysis,
  type AreaSummary,
  type Deduction,
  type Finding,
  type Lang,
  TOLERANCE,
} from "../../domain";
import type { AreaBar, DeductionRow, FindingItem, ResultView } from "./analysisView.types";

/** The result of Kiểm tra formatted for display: totals, one bar per area, findings by severity, deductions. */
export function buildResultView(analysis: Analysis, lang: Lang): ResultView {
  const { totals } = analysis;
  const findings = analysis.findings.map((finding, i) => toFindingItem(finding, i, lang));
  return {
    scoreText: formatNumber(totals.score),
    maxText: formatNumber(totals.max),
    indexText: formatNumber(totals.index),
    stated: statedTotal(analysis),
    adjustmentsText: totals.adjustments === 0 ? null : formatSigned(totals.adjustments),
    areas: analysis.areas.map(toAreaBar),
    errors: findings.filter((_, i) => analysis.findings[i].severity === "error"),
    warnings: findings.filter((_, i) => analysis.findings[i].severity === "warning"),
    infos: findings.filter((_, i) => analysis.findings[i].severity === "info"),
    // Leaves are the criteria the appraisal actually cut; their parents repeat the same points.
    deductions: analysis.deductions.filter((deduction) => deduction.leaf).map(toDeductionRow),
  };
}

function statedTotal(analysis: Analysis): ResultView["stated"] {
  const stated = analysis.totals.stated;
  if (!stated || stated.score === null) return null;
  return { scoreText: formatNumber(stated.score), maxText: stated.max === null ? "?" : formatNumber(stated.max) };
}

function formatSigned(points: number): string {
  return points > 0 ? `+${formatNumber(points)}` : formatNumber(points);
}

function toAreaBar(area: AreaSummary): AreaBar {
  const lost = area.max - area.score;
  return {
    key: `${area.code}@${formatCellRef(area.cell)}`,
    code: area.code,
    title: area.title,
    score: area.score,
    max: area.max,
    scoreText: formatNumber(area.score),
    maxText: formatNumber(area.max),
    lostText: lost > TOLERANCE ? formatNumber(lost) : null,
  };
}

function toFindingItem(finding: Finding, index: number, lang: Lang): FindingItem {
  const where = formatCellRef(finding.cell);
  const text = describeFinding(finding, lang);
  // Most messages name their cell already; the others get it in front, so every item says where it points.
  const label = text.includes(where) ? text : `${where}: ${text}`;
  return { key: `${index}:${finding.code}@${where}`, text, label, where, cell: finding.cell };
}

function toDeductionRow(deduction: Deduction): DeductionRow {
  return {
    key: `${deduction.code}@${formatCellRef(deduction.cell)}`,
    code: deduction.code,
    title: deduction.title,
    score: formatScore(deduction.score, deduction.max),
    reason: deduction.reason,
    cell: deduction.cell,
  };
}
