/**
 * Text folded for matching headers, sheet names and keywords: no diacritics (đ -> d), lower case, single spaces,
 * trimmed. "  Điểm  TỰ đánh giá " -> "diem tu danh gia".
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
