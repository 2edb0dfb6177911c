import { normalizeText } from "./normalizeText";

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/**
 * A criterion code as written in a "Giải pháp mẫu" sheet, in the tree's dotted form: "Tiêu chí 2.6.1." -> "2.6.1",
 * "II" -> "2", "1.2 " -> "1.2". Returns "" when the text holds no code.
 */
export function normalizeStepCode(written: string): string {
  const folded = normalizeText(written)
    .replace(/^(tieu chi thanh phan|tieu chi|linh vuc|ma)\s*/, "")
    .replace(/[\s:.]+$/, "");
  if (/^[ivxl]+$/.test(folded)) return String(romanValue(folded));
  return /^\d+(\.\d+)*$/.test(folded) ? folded : "";
}

/** The code and its ancestors, nearest first: "2.6.1" -> ["2.6.1", "2.6", "2"]. */
export function codeLineage(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, index) => parts.slice(0, parts.length - index).join("."));
}

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i]];
    const next = ROMAN[numeral[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
