import type { ColumnMapping } from "../base/options";
import { normalizeText } from "../base/normalizeText";
import { parseCellNumber } from "./parseCellNumber";
import { readCode, splitTitleCode, titleAfterCode, type WrittenCode } from "./parseCode";
import type { CellValue, SheetSnapshot } from "../base/snapshot";

/**
 * What one row of a scoring table is:
 * - `criterion`: it has a code (code column, or inside the title: "Tiêu chí 1.2: …");
 * - `total`: "Tổng cộng", "TỔNG ĐIỂM", "Tổng số điểm", "Cộng";
 * - `adjustment`: "Điểm thưởng", "Điểm cộng" (sign +1), "Điểm trừ", "Điểm phạt" (sign −1);
 * - `note`: skipped on purpose — scoring-band notes ("Ban hành kịp thời: 1 điểm", "- Từ 80% đến dưới 100%: 0,5
 *   điểm"), section headings ("A. …"), remarks ("Ghi chú: …", "(Áp dụng …)");
 * - `blank`: no content at all;
 * - `other`: content that fits none of these (the reader decides whether it lies below the table or is unreadable).
 */
export type RowKind =
  | { kind: "criterion"; code: WrittenCode; title: string; titleHoldsCode: boolean }
  | { kind: "total"; label: string }
  | { kind: "adjustment"; label: string; sign: 1 | -1 }
  | { kind: "note" }
  | { kind: "blank" }
  | { kind: "other"; hasNumbers: boolean };

// Folded text loses diacritics ("cộng"/"công", "thưởng"/"thường"), hence the required "điểm" and the anchored totals.
const ADJUSTMENT = /^(?:cac )?(?:so )?diem (thuong|cong|tru|phat)\b/;
const TOTAL = /^(tong (cong|diem|so diem|so)\b|(tong|cong)\s*(:|\(.*\))?\s*$)/;
const SECTION = /^(phan [a-z0-9]+\b|[a-h][.)]?)$/;
const BAND_START = /^[-+*•–—○●▪>(]|^[a-zđ]\)|^[a-zđ]\.\s|^(ghi chu|luu y|chu thich|trong do|vi du|neu|truong hop)\b/;
const BAND_INSIDE = /\d\s*(diem|d)\b|%|:\s*$|:\s*\d/;

/** Classifies row `row` of `sheet` under the given column mapping. */
export function classifyRow(sheet: SheetSnapshot, row: number, columns: ColumnMapping): RowKind {
  const line = sheet.values[row - sheet.origin.row] ?? [];
  if (line.every(isBlank)) return { kind: "blank" };
  const codeValue = cellOf(sheet, row, columns.code);
  const titleText = textOf(cellOf(sheet, row, columns.title));
  const code = readCode(codeValue);
  const codeText = code ? "" : textOf(codeValue);
  const label = titleText || codeText;
  // Only the start of the label decides adjustments and totals; folding every criterion's title costs too much.
  const folded = !code || /^[dđcs]/i.test(label) ? normalizeText(label.slice(0, 40)) : "";
  const adjustment = ADJUSTMENT.exec(folded);
  if (adjustment) return { kind: "adjustment", label, sign: /tru|phat/.test(adjustment[1]) ? -1 : 1 };
  if (code) return { kind: "criterion", code, title: trimTitleEnd(stripCode(titleText)), titleHoldsCode: false };
  const inTitle = splitTitleCode(label);
  if (inTitle) return { kind: "criterion", code: inTitle.code, title: trimTitleEnd(inTitle.title), titleHoldsCode: true };
  if (TOTAL.test(folded)) return { kind: "total", label };
  if (isNote(normalizeText(codeText), normalizeText(label))) return { kind: "note" };
  return { kind: "other", hasNumbers: hasNumbers(sheet, row, columns) };
}

/**
 * A criterion's title without the punctuation typed after it ("… công tác CCHC." / "…:"): every face prints it before
 * its own ":" or " đạt", which must not read "…CCHC.: 0/1,5". Done once, here, for all of them.
 */
function trimTitleEnd(title: string): string {
  const last = title.charCodeAt(title.length - 1);
  // Most titles end in a letter: skip the regular expression for them.
  return last === 46 || last === 58 || last === 59 || last === 44 || last <= 32 ? title.replace(/[\s:;.,]+$/, "") : title;
}

/** The title without a code written at its start ("Tiêu chí 1.2: Mức độ…" -> "Mức độ…"). */
function stripCode(title: string): string {
  return titleAfterCode(title) || title.trim();
}

function isNote(codeText: string, label: string): boolean {
  if (SECTION.test(codeText)) return true;
  if (!label) return false;
  return BAND_START.test(label) || BAND_INSIDE.test(label) || SECTION.test(label.split(" ")[0]);
}

function hasNumbers(sheet: SheetSnapshot, row: number, columns: ColumnMapping): boolean {
  const numeric = [columns.max, columns.self, ...(columns.appraised ?? [])];
  return numeric.some((col) => {
    const { kind } = parseCellNumber(cellOf(sheet, row, col));
    return kind === "number" || kind === "error";
  });
}

function cellOf(sheet: SheetSnapshot, row: number, col: number | undefined): CellValue {
  if (col === undefined) return null;
  const value = sheet.values[row - sheet.origin.row]?.[col - sheet.origin.col];
  return value === undefined ? null : value;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function textOf(value: CellValue): string {
  if (typeof value === "string") return value.trim();
  return typeof value === "number" ? String(value) : "";
}
