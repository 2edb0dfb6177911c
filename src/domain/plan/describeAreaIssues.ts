import type { Deduction } from "../check/analysis";
import type { ScoreSource } from "../base/options";
import type { Criterion } from "../tree/criteria";
import { formatScore } from "../base/formatNumber";
import { endSentence, sentenceCase } from "./remediationText";

/**
 * Column 2 of the GIẢI PHÁP table for one area, as lines (seed 000's wording):
 *
 *   "Tiêu chí 1: Chỉ đạo, điều hành …: Đoàn thẩm định đánh giá đạt 8,92/10 điểm. Bị trừ các tiêu chí cụ thể sau:"
 *   "- Tiêu chí 1.2: Mức độ hoàn thành … đạt 1,42/1,5 điểm. Lý do: các kế hoạch chỉ mới thực hiện được 94,76%/100%."
 *
 * `leaves` are the area's deducted leaves in sheet order; each gets one line. A reason is added only when there is
 * one. With self-assessed scores the sentence names the unit ("Đơn vị tự đánh giá đạt") instead of the appraisal team.
 * An area without a score or a maximum says so instead of printing a made-up figure. Titles typed in capitals are
 * put in sentence case, acronyms kept.
 */
export function describeAreaIssues(area: Criterion, leaves: readonly Deduction[], scoreSource: ScoreSource): string[] {
  return [describeArea(area, leaves.length, scoreSource), ...leaves.map(describeDeduction)];
}

/** "Đoàn thẩm định đánh giá đạt" or "Đơn vị tự đánh giá đạt". */
export function scoredBy(scoreSource: ScoreSource): string {
  return scoreSource === "self" ? "Đơn vị tự đánh giá đạt" : "Đoàn thẩm định đánh giá đạt";
}

function describeArea(area: Criterion, deductedCount: number, scoreSource: ScoreSource): string {
  const head = `Tiêu chí ${area.code}: ${sentenceCase(area.title)}:`;
  if (area.score === null || area.max === null) return `${head} chưa có điểm đánh giá.`;
  const sentence = `${head} ${scoredBy(scoreSource)} ${formatScore(area.score, area.max)} điểm.`;
  if (deductedCount === 0) return sentence;
  return `${sentence} ${deductedCount === 1 ? "Bị trừ tiêu chí cụ thể sau:" : "Bị trừ các tiêu chí cụ thể sau:"}`;
}

/** "- Tiêu chí 1.2: … đạt 1,42/1,5 điểm. Lý do: …." */
export function describeDeduction(deduction: Deduction): string {
  const line = `- Tiêu chí ${deduction.code}: ${sentenceCase(deduction.title)} đạt ${formatScore(deduction.score, deduction.max)} điểm.`;
  // Some workbooks write the label into the cell ("Lý do: …"); it must not read "Lý do: Lý do: …".
  const reason = endSentence(deduction.reason.normalize("NFC").replace(/^\s*lý do\s*:?\s*/iu, ""));
  return reason === "" ? line : `${line} Lý do: ${reason}`;
}
