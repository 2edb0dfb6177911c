import type { ColumnRole } from "../base/options";
import { normalizeText } from "../base/normalizeText";

/**
 * What a header cell names. `rank` orders rival columns of one role (lower wins: "Lý do trừ điểm" over "Ghi chú");
 * `round` numbers appraisal rounds ("Thẩm định lần 2" -> 2).
 */
export interface HeaderMatch {
  role: ColumnRole;
  rank: number;
  round?: number;
}

interface HeaderRule {
  role: ColumnRole;
  pattern: RegExp;
  rank?: number;
}

// Columns that look like scores but are not the score (checked first).
const NOT_A_ROLE = [/chi so/, /%/, /dieu tra/, /xa hoi hoc/, /\bxhh\b/, /ke khai/, /cach tinh/, /huong dan/, /ty le/];

// Order matters: the more specific wording first ("Lý do trừ điểm" is a reason, not a score; "Mã tiêu chí" a code).
const RULES: HeaderRule[] = [
  { role: "evidence", pattern: /kiem chung/ },
  { role: "reason", pattern: /ly do/, rank: 0 },
  { role: "reason", pattern: /giai trinh|nguyen nhan/, rank: 1 },
  { role: "reason", pattern: /ghi chu/, rank: 2 },
  { role: "max", pattern: /toi da|diem chuan|thang diem|diem quy dinh/ },
  { role: "self", pattern: /tu danh gia|tu cham|tu cho diem|diem tu/ },
  { role: "appraised", pattern: /tham dinh|diem dat|dat duoc|phuc tra|\blan \d\b|danh gia lai/ },
  { role: "code", pattern: /^(s?tt|so tt|so thu tu|ma|ma so|ma tieu chi|ky hieu)\.?$/ },
  { role: "title", pattern: /linh vuc|tieu chi|noi dung|chi tieu/ },
];

/** Matches one header text (possibly two header rows joined by a space) to a column role; null when none. */
export function matchHeader(text: string): HeaderMatch | null {
  const folded = normalizeText(text);
  if (!folded || NOT_A_ROLE.some((pattern) => pattern.test(folded))) return null;
  const rule = RULES.find((candidate) => candidate.pattern.test(folded));
  if (!rule) return null;
  const match: HeaderMatch = { role: rule.role, rank: rule.rank ?? 0 };
  if (rule.role === "appraised") match.round = roundOf(folded);
  return match;
}

/** "Thẩm định lần 2" -> 2; 1 when no round is written. */
function roundOf(folded: string): number {
  const round = /\blan (\d)\b/.exec(folded);
  return round ? Number(round[1]) : 1;
}
