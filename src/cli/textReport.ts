import {
  deductedLeaves,
  describeFinding,
  formatCellRef,
  formatNumber,
  formatScore,
  type Analysis,
  type Deduction,
  type Finding,
  type Lang,
} from "../domain";
import { cliStrings, type CliStrings } from "./strings";

/** The per-workbook text report of `cchc check`: sheets used, totals, areas, deductions, findings by severity. */
export function formatTextReport(file: string, analysis: Analysis, lang: Lang): string {
  const s = cliStrings(lang);
  const lines = [`== ${file}`, ...describeSheets(analysis, s), ...describeTotals(analysis, s, lang), ""];
  lines.push(s.areasHeading, ...describeAreas(analysis, lang), "");
  lines.push(...describeDeductions(analysis.deductions, s, lang));
  if (analysis.appraisalCuts.length > 0) {
    lines.push(s.appraisalCuts(analysis.appraisalCuts.length, analysis.appraisalCuts.map((cut) => cut.code).join(", ")));
  }
  lines.push("", ...describeFindings(analysis.findings, s, lang));
  return lines.join("\n");
}

function describeSheets(analysis: Analysis, s: CliStrings): string[] {
  const score = s.scoreSource[analysis.scoreSource];
  const source = analysis.source;
  const used = source.kind === "single" ? [source.table.sheet] : [source.criteria.sheet, source.scores.sheet];
  const lines = [
    source.kind === "single"
      ? s.tableSheet(source.table.sheet, score)
      : s.splitSheets(source.criteria.sheet, source.scores.sheet, score),
  ];
  const others = analysis.candidateSheets.filter((sheet) => !used.includes(sheet));
  if (others.length > 0) lines.push(s.otherCandidates(others.map((sheet) => `«${sheet}»`).join(", ")));
  return lines;
}

function describeTotals(analysis: Analysis, s: CliStrings, lang: Lang): string[] {
  const { totals } = analysis;
  let line = s.total(formatScore(totals.score, totals.max, lang), formatNumber(totals.index, lang));
  const stated = totals.stated;
  if (stated && (stated.score !== null || stated.max !== null)) {
    const text = stated.max === null ? formatNumber(stated.score ?? 0, lang) : formatScore(stated.score ?? 0, stated.max, lang);
    line += s.stated(stated.score === null ? `–/${formatNumber(stated.max ?? 0, lang)}` : text);
  }
  const lines = [line];
  if (totals.adjustments !== 0) lines.push(s.adjustments(signed(totals.adjustments, lang)));
  return lines;
}

function describeAreas(analysis: Analysis, lang: Lang): string[] {
  const width = Math.max(0, ...analysis.areas.map((area) => area.code.length));
  return analysis.areas.map((area) => {
    const score = formatScore(area.score, area.max, lang).padStart(12);
    return `  ${area.code.padEnd(width)}  ${shorten(area.title, 60).padEnd(60)} ${score}  ${formatNumber(area.index, lang)}%`;
  });
}

function describeDeductions(deductions: readonly Deduction[], s: CliStrings, lang: Lang): string[] {
  const leaves = deductedLeaves(deductions);
  if (leaves.length === 0) return [s.noDeductions];
  const width = Math.max(...leaves.map((item) => item.code.length));
  const lines = [s.deductionsHeading(leaves.length, deductions.length - leaves.length)];
  for (const item of leaves) {
    const figures = `${formatScore(item.score, item.max, lang)} (−${formatNumber(item.lost, lang)})`;
    lines.push(`  ${item.code.padEnd(width)}  ${shorten(item.title, 70)}: ${figures}  [${formatCellRef(item.cell)}]`);
    lines.push(`  ${" ".repeat(width)}  ${item.reason ? `${s.reason}: ${item.reason}` : s.noReason}`);
  }
  return lines;
}

function describeFindings(findings: readonly Finding[], s: CliStrings, lang: Lang): string[] {
  const errors = findings.filter((finding) => finding.severity === "error");
  const warnings = findings.filter((finding) => finding.severity === "warning");
  const lines: string[] = [];
  const list = (items: Finding[]) => items.map((finding) => `  - [${finding.code}] ${describeFinding(finding, lang)}`);
  if (errors.length > 0) lines.push(s.errorsHeading(errors.length), ...list(errors));
  if (warnings.length > 0) lines.push(s.warningsHeading(warnings.length), ...list(warnings));
  const infos = findings.filter((finding) => finding.severity === "info");
  if (infos.length > 0) lines.push(s.infoHeading(infos.length), ...list(infos));
  lines.push(errors.length > 0 ? s.verdictErrors(errors.length, warnings.length) : s.verdictOk(warnings.length));
  return lines;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function signed(value: number, lang: Lang): string {
  return value > 0 ? `+${formatNumber(value, lang)}` : formatNumber(value, lang);
}
