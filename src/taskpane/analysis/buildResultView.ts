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
  type TableSource,
  TOLERANCE,
} from "../../domain";
import type { AreaBar, DeductionGroup, DeductionRow, FindingItem, ResultView, Verdict } from "./analysisView.types";

/**
 * The result of Kiểm tra formatted for display in `lang` (numbers too: "8,92", English "8.92"): the verdict, one bar
 * per area with its true state, findings by severity, deductions listed and grouped by area.
 */
export function buildResultView(analysis: Analysis, lang: Lang): ResultView {
  const { totals } = analysis;
  const items = analysis.findings.map((finding, i) => toFindingItem(finding, i, lang));
  const errors = items.filter((_, i) => analysis.findings[i].severity === "error");
  const warnings = items.filter((_, i) => analysis.findings[i].severity === "warning");
  const infos = items.filter((_, i) => analysis.findings[i].severity === "info");
  // Leaves are the criteria the appraisal actually cut; their parents repeat the same points.
  const deductions = analysis.deductions.filter((deduction) => deduction.leaf).map((d) => toDeductionRow(d, lang));
  const verdict: Verdict = {
    errors: errors.length,
    warnings: warnings.length,
    deducted: deductions.length,
    firstError: errors[0] ?? null,
    sheet: sheetOf(analysis.source),
  };
  return {
    scoreText: formatNumber(totals.score, lang),
    maxText: formatNumber(totals.max, lang),
    indexText: formatNumber(totals.index, lang),
    stated: statedTotal(analysis, lang),
    adjustmentsText: totals.adjustments === 0 ? null : formatSigned(totals.adjustments, lang),
    verdict,
    areas: analysis.areas.map((area) => toAreaBar(area, errorsIn(area.code, analysis.findings), lang)),
    errors,
    warnings,
    infos,
    deductions,
    deductionGroups: groupByArea(analysis.areas, deductions),
  };
}

function sheetOf(source: TableSource): string {
  return source.kind === "single" ? source.table.sheet : `${source.criteria.sheet} + ${source.scores.sheet}`;
}

function statedTotal(analysis: Analysis, lang: Lang): ResultView["stated"] {
  const stated = analysis.totals.stated;
  if (!stated || stated.score === null) return null;
  return {
    scoreText: formatNumber(stated.score, lang),
    maxText: stated.max === null ? "?" : formatNumber(stated.max, lang),
  };
}

function formatSigned(points: number, lang: Lang): string {
  return points > 0 ? `+${formatNumber(points, lang)}` : formatNumber(points, lang);
}

/** The area a criterion code belongs to: "2" for "2.6.1". */
function areaOf(code: string): string {
  const dot = code.indexOf(".");
  return dot < 0 ? code : code.slice(0, dot);
}

function errorsIn(areaCode: string, findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === "error" && f.criterion !== undefined && areaOf(f.criterion) === areaCode)
    .length;
}

function toAreaBar(area: AreaSummary, errorCount: number, lang: Lang): AreaBar {
  const lost = area.max - area.score;
  const deducted = lost > TOLERANCE;
  return {
    key: `${area.code}@${formatCellRef(area.cell)}`,
    code: area.code,
    title: area.title,
    state: errorCount > 0 || area.score > area.max + TOLERANCE || area.score < -TOLERANCE ? "error" : deducted ? "deducted" : "full",
    errorCount,
    score: Math.min(Math.max(area.score, 0), Math.max(area.max, 0)),
    max: area.max,
    scoreText: formatNumber(area.score, lang),
    maxText: formatNumber(area.max, lang),
    lostText: deducted ? formatNumber(lost, lang) : null,
  };
}

function toFindingItem(finding: Finding, index: number, lang: Lang): FindingItem {
  const where = formatCellRef(finding.cell);
  const text = describeFinding(finding, lang);
  // Most messages name their cell already; the others get it in front, so every item says where it points.
  const label = text.includes(where) ? text : `${where}: ${text}`;
  return { key: `${index}:${finding.code}@${where}`, text, label, where, cell: finding.cell };
}

function toDeductionRow(deduction: Deduction, lang: Lang): DeductionRow {
  return {
    key: `${deduction.code}@${formatCellRef(deduction.cell)}`,
    code: deduction.code,
    title: deduction.title,
    score: formatScore(deduction.score, deduction.max, lang),
    reason: deduction.reason,
    cell: deduction.cell,
  };
}

/** The deductions under their areas, in the areas' order; a deduction whose area is unknown gets a group of its own. */
function groupByArea(areas: readonly AreaSummary[], rows: DeductionRow[]): DeductionGroup[] {
  const groups: DeductionGroup[] = areas.map((area) => ({ key: area.code, code: area.code, title: area.title, rows: [] }));
  for (const row of rows) {
    const code = areaOf(row.code);
    let group = groups.find((candidate) => candidate.code === code);
    if (!group) groups.push((group = { key: code, code, title: "", rows: [] }));
    group.rows.push(row);
  }
  return groups.filter((group) => group.rows.length > 0);
}
