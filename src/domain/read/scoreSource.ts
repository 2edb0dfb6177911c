import type { ScoreSource } from "../base/options";
import type { NumberCell, RowNumbers } from "./readRows";

/**
 * Which score the analysis uses: the caller's choice; else the appraised score when an appraisal column exists and
 * holds something on at least one row (an empty "Điểm thẩm định" column in a self-assessment is not the score, nor is
 * one that holds only not-assessed marks);
 * else the self-assessed score; else whatever score column there is.
 */
export function chooseScoreSource(rows: readonly RowNumbers[], hasSelf: boolean, hasAppraised: boolean, wanted?: ScoreSource): ScoreSource {
  if (wanted) return wanted;
  if (!hasAppraised) return "self";
  if (!hasSelf) return "appraised";
  // A not-assessed mark ("KĐG" copied across every column of a row) is no appraisal score.
  return rows.some((row) => row.appraised.some(holdsScore)) ? "appraised" : "self";
}

/** The last appraisal round filled in on a row; the first round's cell when none is. */
export function lastAppraisal(row: RowNumbers): NumberCell | undefined {
  for (let round = row.appraised.length - 1; round >= 0; round--) {
    if (isFilled(row.appraised[round])) return row.appraised[round];
  }
  return row.appraised[0];
}

/** The score cell of a row under the given source. */
export function scoreCellOfRow(row: RowNumbers, source: ScoreSource): NumberCell | undefined {
  return source === "appraised" ? lastAppraisal(row) : row.self;
}

function holdsScore(cell: NumberCell | undefined): boolean {
  return isFilled(cell) && cell?.value.kind !== "not_assessed";
}

export function isFilled(cell: NumberCell | undefined): boolean {
  return cell !== undefined && cell.value.kind !== "empty";
}
