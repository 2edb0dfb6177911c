import { normalizeText } from "../base/normalizeText";
import { romanToNumber } from "../read/parseCode";

/**
 * A criterion code as written in a "Giải pháp mẫu" sheet, in the tree's dotted form: "Tiêu chí 2.6.1." -> "2.6.1",
 * "II" -> "2", "1.2 " -> "1.2". Returns "" when the text holds no code.
 */
export function normalizeStepCode(written: string): string {
  const folded = normalizeText(written)
    .replace(/^(tieu chi thanh phan|tieu chi|linh vuc|ma)\s*/, "")
    .replace(/[\s:.]+$/, "");
  if (/^[ivx]+$/.test(folded)) return String(romanToNumber(folded.toUpperCase()));
  return /^\d+(\.\d+)*$/.test(folded) ? folded : "";
}

/** The code and its ancestors, nearest first: "2.6.1" -> ["2.6.1", "2.6", "2"]. */
export function codeLineage(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, index) => parts.slice(0, parts.length - index).join("."));
}
