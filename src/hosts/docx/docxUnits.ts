/**
 * Measures of the Kế hoạch as Nghị định 30/2020/NĐ-CP, Phụ lục I sets them, in Word's units: twips (1/1440 inch) for
 * lengths, half-points for font sizes. Checked against Phụ lục I, Phần I: A4 210 × 297 mm; margins top and bottom
 * 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman; sizes per part (Mục II and the table in Mục V).
 */

/** Twips in one millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;

export function mm(millimetres: number): number {
  return Math.round(millimetres * TWIPS_PER_MM);
}

/** Font size in half-points. */
export function pt(points: number): number {
  return points * 2;
}

export const FONT = "Times New Roman";

export const PAGE = {
  width: mm(210),
  height: mm(297),
  margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
} as const;

/** Text width of a portrait page and of a landscape one (the appendix). */
export const PORTRAIT_TEXT_WIDTH = PAGE.width - PAGE.margins.left - PAGE.margins.right;
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.margins.left - PAGE.margins.right;

/** Sizes in points, within the ranges Phụ lục I allows. */
export const SIZE = {
  /** Quốc hiệu 12–13, in capitals, bold (12 keeps it on one line in its column). */
  nationalTitle: 12,
  /** Tiêu ngữ 13–14, bold. */
  motto: 14,
  /** Tên cơ quan chủ quản 12–13 (regular) and tên cơ quan ban hành 12–13 (bold), in capitals. */
  body: 13,
  /** Số, ký hiệu 13. */
  number: 13,
  /** Địa danh và thời gian 13–14, italic. */
  placeDate: 14,
  /** Tên loại and trích yếu 13–14, bold. */
  title: 14,
  /** Nội dung 13–14. */
  text: 14,
  /** "Nơi nhận:" 12 bold italic; the list 11. */
  recipientsLabel: 12,
  recipients: 11,
  /** Quyền hạn, chức vụ and họ tên of the signer 13–14, bold. */
  signature: 14,
  /** Page number 13–14. */
  pageNumber: 13,
  /** The appendix table (Phụ lục I leaves tables to the body range; 12 keeps its long texts readable on landscape). */
  table: 12,
} as const;

/** First-line indent of body paragraphs (1–1.27 cm) and the space after them (at least 6 pt), in twips. */
export const INDENT = mm(12.7);
export const PARAGRAPH_AFTER = 6 * 20;
/** Line spacing: Phụ lục I allows single to 1.5 lines; 240 = single. */
export const LINE = 264;
