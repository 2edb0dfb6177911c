/**
 * The Kế hoạch khắc phục as a plain value: every text of the Word document in reading order, with the role of each
 * part (Nghị định 30/2020/NĐ-CP names the parts: Quốc hiệu, tên cơ quan, số ký hiệu, địa danh và thời gian, tên loại và
 * trích yếu, nội dung, chữ ký, nơi nhận, phụ lục). A writer (src/hosts/docx) turns it into a file and decides only the
 * formatting of each role, never a text. What the engine cannot know is the visible blank `UNKNOWN` ("…").
 */

/** The visible blank for what nobody gave and the workbook does not say. */
export const UNKNOWN = "…";

export const NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** The header block: issuing body on the left, Quốc hiệu and Tiêu ngữ on the right. */
export interface DocumentHeader {
  /** The body's parent in capitals ("UBND TỈNH HÀ TĨNH"), printed above it when known. */
  parentBody: string | null;
  /** The issuing body in capitals ("SỞ NGOẠI VỤ"), or "…". */
  body: string;
  /** "Số: …/KH-SNgV". */
  number: string;
  /** "Hà Tĩnh, ngày 15 tháng 3 năm 2021" (italic). */
  placeDate: string;
}

/** One paragraph of the body text. */
export type DocumentBlock =
  /** "I. MỤC ĐÍCH, YÊU CẦU": bold capitals. */
  | { kind: "section"; text: string }
  /** "1. Mục đích", "a) Tồn tại, hạn chế": bold. */
  | { kind: "heading"; text: string }
  /** A paragraph of running text, first line indented. */
  | { kind: "paragraph"; text: string }
  /** A "- " or "+ " line; `level` 2 for "+ " details under a "- " item. */
  | { kind: "item"; text: string; level: 1 | 2 };

export interface DocumentSignature {
  /** "KT. GIÁM ĐỐC" when a deputy signs for the head; null when the head signs. */
  authority: string | null;
  /** "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", or "…". */
  title: string;
  /** The signer's name, or "…". */
  name: string;
}

/** The appendix on landscape pages: the GIẢI PHÁP table, the same texts as the GIẢI PHÁP sheet. */
export interface DocumentAppendix {
  /** "Phụ lục". */
  label: string;
  /** "(Kèm theo Kế hoạch số …/KH-… ngày … của …)". */
  attachedTo: string;
  title: string;
  subtitle: string;
  headers: readonly string[];
  /** One row per area, 5 cells, each cell as its lines (the sheet cell split at its line breaks). */
  rows: string[][][];
}

export interface PlanDocument {
  header: DocumentHeader;
  /** "KẾ HOẠCH". */
  kind: string;
  /** The trích yếu under the kind. */
  summary: string;
  /** Intro, I, II (one part per area), III and the closing sentence. */
  body: DocumentBlock[];
  /** "Nơi nhận:" lines, each "- …;" and the last "- Lưu: VT, ….". */
  recipients: string[];
  signature: DocumentSignature;
  appendix: DocumentAppendix;
}

/** What a user may state about the document; anything left out is read from the workbook or shown as "…". */
export interface PlanDocumentOptions {
  /** Issuing body, e.g. "Sở Ngoại vụ" (printed in capitals). */
  body?: string;
  /** Its parent body, e.g. "UBND tỉnh Hà Tĩnh". */
  parentBody?: string;
  /** The document's number (văn thư gives it at registration; blank by default). */
  number?: string;
  /** The body's abbreviation in the ký hiệu, e.g. "SNgV" -> "…/KH-SNgV". */
  abbreviation?: string;
  /** Place name for the date line, e.g. "Hà Tĩnh". */
  place?: string;
  /** Issue date; without it day and month are blanks and the year is the remediation year. */
  date?: { year: number; month: number; day: number };
  /** "KT. GIÁM ĐỐC". */
  signerAuthority?: string;
  /** "PHÓ GIÁM ĐỐC". */
  signerTitle?: string;
  signerName?: string;
  /** The unit that follows up the plan (section III), e.g. "Văn phòng Sở". */
  focalUnit?: string;
  /** Lead and helping units for steps that name none of their own ("Giải pháp mẫu" columns win). */
  leadUnit?: string;
  supportUnits?: string;
  /** "Nơi nhận" lines without the "- " and ";", the "Lưu: …" line last. */
  recipients?: string[];
}

/** The facts of the plan the document needs besides the table. */
export interface PlanFacts {
  /** The remediation year. */
  year: number;
  appraisedYear: number;
}
