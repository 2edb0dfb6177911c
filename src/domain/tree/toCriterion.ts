import type { ScoreSource } from "../base/options";
import type { Criterion } from "./criteria";
import type { Finding, FindingCode } from "../base/finding";
import { numberOf } from "../read/parseCellNumber";
import type { NumberCell, TableRow } from "../read/readRows";
import { lastAppraisal, scoreCellOfRow } from "../read/scoreSource";

/**
 * A tree node (without children) from one criterion row; the findings of its number cells go to `findings`:
 * formula_error for #REF! and the like, max_not_number / score_not_number for text that is no number — on the
 * maximum and on every score column (self and each appraisal round), since each is a value the sheet got wrong.
 * A not-assessed mark ("KĐG"…) in the maximum or the chosen score makes the node not assessed (one `not_assessed`
 * info); such a mark in any other column is no finding at all.
 */
export function toCriterion(row: TableRow, source: ScoreSource, findings: Finding[]): Criterion {
  const scoreCell = scoreCellOfRow(row, source);
  const appraised = lastAppraisal(row);
  const mark = notAssessedMark(row.max, scoreCell);
  const node: Criterion = {
    code: row.code,
    writtenCode: row.writtenCode,
    title: row.title,
    level: countDots(row.code) + 1,
    max: numberOf(row.max?.value),
    score: numberOf(scoreCell?.value),
    selfScore: numberOf(row.self?.value),
    appraisedScore: numberOf(appraised?.value),
    reason: row.reason,
    evidence: row.evidence,
    cells: {
      code: row.codeCell,
      max: row.max?.cell,
      score: scoreCell?.cell,
      self: row.self?.cell,
      appraised: appraised?.cell,
      reason: row.reasonCell,
    },
    children: [],
  };
  if (mark) {
    // Not assessed: neither a maximum nor a score, whatever the other cells hold; listed once, on the marked cell.
    Object.assign(node, { max: null, score: null, notAssessed: true });
    findings.push({ code: "not_assessed", severity: "info", cell: mark.cell, criterion: row.code, actual: markText(mark) });
  }
  if (isUnreadable(row.max)) findings.push(...cellFindings(row.max, "max_not_number", row.code));
  if (isUnreadable(row.self)) findings.push(...cellFindings(row.self, "score_not_number", row.code));
  for (const round of row.appraised) {
    if (isUnreadable(round)) findings.push(...cellFindings(round, "score_not_number", row.code));
  }
  return node;
}

/** The chosen score cell when it holds a not-assessed mark, else the maximum cell when it does; undefined otherwise. */
function notAssessedMark(max: NumberCell | undefined, score: NumberCell | undefined): NumberCell | undefined {
  return [score, max].find((cell) => cell?.value.kind === "not_assessed");
}

function markText(cell: NumberCell): string {
  return cell.value.kind === "not_assessed" ? cell.value.text : "";
}

function isUnreadable(cell: NumberCell | undefined): boolean {
  return cell !== undefined && (cell.value.kind === "text" || cell.value.kind === "error");
}

function countDots(code: string): number {
  let dots = 0;
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 46) dots++;
  return dots;
}

/** formula_error or `textCode` for a cell that holds an error or unreadable text; nothing otherwise. */
export function cellFindings(cell: NumberCell | undefined, textCode: FindingCode, criterion?: string): Finding[] {
  if (!cell) return [];
  const { value } = cell;
  const base = criterion === undefined ? { cell: cell.cell } : { cell: cell.cell, criterion };
  if (value.kind === "error") return [{ code: "formula_error", severity: "error", ...base, actual: value.error }];
  if (value.kind === "text") return [{ code: textCode, severity: "error", ...base, actual: value.text }];
  return [];
}
