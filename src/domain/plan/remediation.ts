import type { CellRange } from "../base/snapshot";

/** The five columns of the GIẢI PHÁP table, exactly as official plans print them. */
export const REMEDIATION_HEADERS = [
  "TT",
  "Các tồn tại, hạn chế trong công tác CCHC, các tiêu chí bị trừ điểm",
  "Tham mưu giải pháp khắc phục cụ thể",
  "Thời hạn hoàn thành",
  "Ghi chú",
] as const;

/** One remediation step with its deadline ("Quý I/2021", "Thường xuyên") and note. */
export interface RemediationStep {
  text: string;
  deadline: string;
  note: string;
  /** The unit that leads the step ("Đơn vị chủ trì"), when the workbook's "Giải pháp mẫu" sheet names one. */
  lead?: string;
  /** The units that help ("Đơn vị phối hợp"), likewise. */
  support?: string;
}

/** One row of the table: one area, in order. */
export interface RemediationRow {
  /** Column 1: "1", "2", … */
  tt: string;
  areaCode: string;
  /** Column 2, as lines: the area sentence, then one "- Tiêu chí x.y: … đạt a/b điểm. Lý do: …" line per deduction. */
  issues: string[];
  /** Columns 3–5 come from the steps, one line each ("- " prefixed when there are several). */
  steps: RemediationStep[];
  /** True when the area has full marks (a "keep it up" row). */
  fullMarks: boolean;
}

export interface RemediationTable {
  title: string;
  subtitle: string;
  headers: readonly string[];
  rows: RemediationRow[];
}

export interface PlanOptions {
  /** The year the remediation is carried out (subtitle "Khắc phục trong năm …", deadlines "Quý I/…"). */
  year: number;
  /** The year that was appraised; default `year - 1`. */
  appraisedYear?: number;
  /** Whether areas with full marks get a row; default true. */
  includeFullMarkAreas?: boolean;
  /** Deadline for steps that have none of their own; default "Thường xuyên". */
  defaultDeadline?: string;
  /** Steps from the workbook's own "Giải pháp mẫu" sheet; they override ours for the codes they name. */
  templates?: StepTemplate[];
}

/** A row of a "Giải pháp mẫu" sheet: the step(s) to propose when `code` (a criterion or area) is deducted. */
export interface StepTemplate {
  code: string;
  step: string;
  deadline: string;
  note: string;
  /** "Đơn vị chủ trì" / "Đơn vị phối hợp" columns, when the sheet has them. */
  lead?: string;
  support?: string;
}

/**
 * The GIẢI PHÁP sheet as a grid of text, ready for any host to write: both hosts apply the same content and the
 * same official formatting from this one description.
 */
export interface RemediationSheetLayout {
  /** Every cell as text (never a formula), row-major, starting at A1. */
  cells: string[][];
  /** Merged ranges (title and subtitle across the 5 columns), 0-based inclusive. */
  merges: CellRange[];
  /** 0-based rows: title, subtitle, header; the table's body is headerRow+1 … cells.length-1. */
  titleRow: number;
  subtitleRow: number;
  headerRow: number;
  /** Column widths in Excel character units, one per column. */
  columnWidths: number[];
  /** Estimated height in points of every row, for wrapped and merged text (see estimateRowHeights). */
  rowHeights: number[];
  fontName: string;
  /** Body font size in points; the title row uses `titleFontSize`. */
  fontSize: number;
  titleFontSize: number;
  /** Cells whose text was longer than an Excel cell holds: cut with a visible mark (hosts should say so). */
  cutCells?: { row: number; col: number; length: number }[];
}

/**
 * The Ghi chú (column 5) of a row: each step's note once, in step order, empty notes left out. Two steps that share a
 * note ("Định kỳ 6 tháng/năm" for a finance step and a survey step) must not print it twice; every face that shows the
 * column (the sheet, a document, a preview) takes it from here.
 */
export function rowNotes(row: RemediationRow): string[] {
  const seen = new Set<string>();
  const notes: string[] = [];
  for (const step of row.steps) {
    const note = step.note.replace(/\s+/g, " ").trim();
    const key = note.toLocaleLowerCase("vi").replace(/[.;,]+$/, "");
    if (note === "" || seen.has(key)) continue;
    seen.add(key);
    notes.push(note);
  }
  return notes;
}
