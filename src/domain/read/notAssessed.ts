import { normalizeText } from "../base/normalizeText";

/**
 * The one rule for a mark that says a criterion was not assessed (không đánh giá): the criterion does not apply to the
 * unit this year, so it counts in neither the maximum nor the score. Matched on the folded text (any case, with or
 * without diacritics, spaces and a closing full stop ignored): "KĐG", "KDG", "Không đánh giá", "Không chấm (điểm)",
 * "Không áp dụng", "KAD", "Không thực hiện", "N/A", "NA", "n.a.", "—" (em dash) and "/". A plain "-", "–" or "x" stays
 * what it always was: no value (a blank cell).
 */
export function isNotAssessedMark(text: string): boolean {
  const folded = normalizeText(text).replace(/[.\s]+$/, "");
  if (MARKS.has(folded)) return true;
  // "Không đánh giá (KĐG)": a mark followed by its abbreviation in brackets.
  const bare = folded.replace(/\s*\([^)]*\)$/, "");
  return bare !== folded && MARKS.has(bare);
}

const MARKS = new Set([
  "kdg",
  "k.d.g",
  "k dg",
  "khong danh gia",
  "ko danh gia",
  "k danh gia",
  "khong cham",
  "khong cham diem",
  "khong tinh diem",
  "khong ap dung",
  "kad",
  "khong thuc hien",
  "n/a",
  "na",
  "n.a",
  "n a",
  "—",
  "/",
]);
