import { countFindings, deductedLeaves, describeFinding, formatNumber, type AnalysisResult, type Finding, type Lang, type TableSource, type Totals } from "../domain";
import { reportProblem, type CommandReport } from "./commandReport";
import { commandStrings } from "./strings";

/** How many findings the dialog lists by name; the rest are counted. */
export const LISTED_FINDINGS = 5;

/** The "Kiểm tra" button's report: total and index, counts of errors and warnings, the first findings by cell. */
export function reportCheck(result: AnalysisResult, lang: Lang): CommandReport {
  const s = commandStrings(lang);
  if (!result.ok) return reportProblem(result.problem, lang, s.checkTitle);
  const { analysis } = result;
  const { totals, findings } = analysis;
  const { errors, warnings } = countFindings(findings);
  // The verdict first (the dialog emphasises its first line), then what it was read from, then the findings.
  const lines = [
    s.total(formatNumber(totals.score, lang), formatNumber(totals.max, lang), formatNumber(totals.index, lang)),
    ...statedLine(totals.stated, lang),
    s.deducted(deductedLeaves(analysis.deductions).length),
    s.sheet(sheetOf(analysis.source)),
    s.counts(errors, warnings),
    ...listFindings(findings, lang),
  ];
  return { lang, tone: errors > 0 ? "warning" : "success", title: s.checkTitle, lines, hint: s.openPane };
}

function sheetOf(source: TableSource): string {
  return source.kind === "single" ? source.table.sheet : `${source.criteria.sheet} + ${source.scores.sheet}`;
}

function statedLine(stated: Totals["stated"], lang: Lang): string[] {
  if (!stated || stated.score === null) return [];
  const max = stated.max === null ? "?" : formatNumber(stated.max, lang);
  return [commandStrings(lang).statedTotal(formatNumber(stated.score, lang), max)];
}

/** Errors first, then warnings, then information (not-assessed criteria…), each in sheet order. */
function listFindings(findings: Finding[], lang: Lang): string[] {
  const s = commandStrings(lang);
  const ordered = (["error", "warning", "info"] as const).flatMap((severity) => findings.filter((f) => f.severity === severity));
  const listed = ordered.slice(0, LISTED_FINDINGS).map((f) => s.finding(describeFinding(f, lang)));
  const rest = ordered.length - listed.length;
  return rest > 0 ? [...listed, s.moreFindings(rest)] : listed;
}
