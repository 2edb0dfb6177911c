import type { Finding } from "../base/finding";
import type { TableRow, TableRows } from "./readRows";

/**
 * Split layout: joins the criteria sheet's rows (code, title, max) with the scores sheet's rows (code, scores, reason)
 * by normalised code. Each criterion takes its score cells and reason from the scores sheet (so findings point
 * there); the stated total takes its max from the criteria sheet and its scores from the scores sheet. A score row
 * whose code the criteria sheet lacks gives `unmatched_score`; a code scored twice gives `duplicate_code` on the later
 * score row.
 */
export function joinScores(criteria: TableRows, scores: TableRows): TableRows {
  const findings: Finding[] = [...criteria.findings, ...scores.findings];
  const known = new Set(criteria.criteria.map((row) => row.code));
  const byCode = new Map<string, TableRow>();
  for (const row of scores.criteria) {
    if (!known.has(row.code)) {
      findings.push({ code: "unmatched_score", severity: "error", cell: row.codeCell, criterion: row.code, actual: row.writtenCode });
    } else if (byCode.has(row.code)) {
      findings.push({ code: "duplicate_code", severity: "error", cell: row.codeCell, criterion: row.code, actual: row.writtenCode });
    } else {
      byCode.set(row.code, row);
    }
  }
  return {
    criteria: criteria.criteria.map((row) => joinRow(row, byCode.get(row.code))),
    total: joinTotal(criteria.total, scores.total),
    adjustments: [...criteria.adjustments, ...scores.adjustments],
    findings,
    lastRow: criteria.lastRow,
  };
}

function joinRow(criterion: TableRow, scored: TableRow | undefined): TableRow {
  if (!scored) return { ...criterion, self: undefined, appraised: [] };
  return {
    ...criterion,
    self: scored.self,
    appraised: scored.appraised,
    reason: scored.reason || criterion.reason,
    reasonCell: scored.reasonCell ?? criterion.reasonCell,
    evidence: scored.evidence || criterion.evidence,
  };
}

function joinTotal(criteria: TableRows["total"], scores: TableRows["total"]): TableRows["total"] {
  if (!criteria && !scores) return null;
  const base = criteria ?? scores!;
  return { row: base.row, cell: base.cell, max: criteria?.max, self: scores?.self, appraised: scores?.appraised ?? [] };
}
