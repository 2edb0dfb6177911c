import type { AnalysisResult } from "./check/analysis";
import type { AnalysisOptions, ScoreSource, TableSource } from "./base/options";
import { buildTree } from "./tree/buildTree";
import { checkTree } from "./check/checkTree";
import { compareWithFramework } from "./check/compareWithFramework";
import { listAppraisalCuts, listDeductions } from "./check/deductions";
import type { Finding } from "./base/finding";
import { findScoringSheets, type ScoringTable } from "./read/findScoringSheets";
import { joinScores } from "./read/joinScores";
import { readLegacyText } from "./read/legacy/readLegacyText";
import type { TableRows } from "./read/readRows";
import { chooseScoreSource } from "./read/scoreSource";
import type { WorkbookSnapshot } from "./base/snapshot";
import { summarizeTree } from "./check/summarizeTree";

/**
 * Finds the scoring table(s), builds the criteria tree, checks it and lists deductions. Data problems become
 * findings (every one, in sheet order: sheet tab order, then row, then column); only a workbook that holds no usable
 * table gives `{ ok: false, problem }`. Text typed in TCVN3 or VNI is read as Unicode first (an info finding per sheet).
 */
export function analyzeWorkbook(snapshot: WorkbookSnapshot, options: AnalysisOptions = {}): AnalysisResult {
  const legacy = readLegacyText(snapshot);
  const workbook = legacy.workbook;
  const choice = findScoringSheets(workbook, options);
  if (!choice.ok) return choice;
  const { rows, source, scoreSource } =
    choice.kind === "single" ? readSingle(choice.table, options) : readSplit(choice.criteria, choice.scores, options);
  const { tree, findings: readingFindings } = buildTree(rows, scoreSource);
  const framework = options.framework ? compareWithFramework(tree, options.framework) : [];
  const findings = sortFindings(
    [...legacy.findings, ...rows.findings, ...readingFindings, ...checkTree(tree), ...framework],
    workbook,
  );
  const { totals, areas } = summarizeTree(tree);
  return {
    ok: true,
    analysis: {
      source,
      scoreSource,
      candidateSheets: choice.candidates,
      tree,
      totals,
      areas,
      deductions: listDeductions(tree),
      appraisalCuts: listAppraisalCuts(tree),
      findings,
      ...(legacy.conversions.length > 0 ? { convertedWorkbook: workbook } : {}),
    },
  };
}

interface ReadTable {
  rows: TableRows;
  source: TableSource;
  scoreSource: ScoreSource;
}

function readSingle(table: ScoringTable, options: AnalysisOptions): ReadTable {
  const { columns } = table.layout;
  const scoreSource = chooseScoreSource(table.rows.criteria, columns.self !== undefined, !!columns.appraised?.length, options.score);
  return { rows: table.rows, source: { kind: "single", table: table.layout }, scoreSource };
}

function readSplit(criteria: ScoringTable, scores: ScoringTable, options: AnalysisOptions): ReadTable {
  const { columns } = scores.layout;
  const scoreSource = chooseScoreSource(scores.rows.criteria, columns.self !== undefined, !!columns.appraised?.length, options.score);
  const source: TableSource = { kind: "split", criteria: criteria.layout, scores: scores.layout };
  return { rows: joinScores(criteria.rows, scores.rows), source, scoreSource };
}

/** Sheet tab order, then row, then column; stable, so one cell's findings keep the order they were found in. */
function sortFindings(findings: Finding[], workbook: WorkbookSnapshot): Finding[] {
  const tab = new Map(workbook.sheets.map((sheet, index) => [sheet.name, index]));
  const order = (finding: Finding): number => tab.get(finding.cell.sheet) ?? workbook.sheets.length;
  return [...findings].sort((a, b) => order(a) - order(b) || a.cell.row - b.cell.row || a.cell.col - b.cell.col);
}
