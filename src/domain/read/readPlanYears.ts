import type { TableSource } from "../base/options";
import type { WorkbookSnapshot } from "../base/snapshot";
import { readTitleTexts } from "./titleRows";

/** The part of an Analysis the years are read from: which table(s) it used, and its TCVN3/VNI-converted text if any. */
export interface AnalysedSource {
  source: TableSource;
  convertedWorkbook?: WorkbookSnapshot;
}

/** The two years a GIẢI PHÁP table names, and where they came from. */
export interface PlanYears {
  /** The year the remediation is carried out ("Khắc phục trong năm 2021"). */
  year: number;
  /** The year appraised ("… đợt thẩm định … năm 2020"). */
  appraisedYear: number;
  /** True when the appraised year was read from the scoring sheet's title; false when it fell back to `today`. */
  fromWorkbook: boolean;
}

/**
 * The appraised year as the scoring sheet's title rows state it ("… CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020"), or null.
 * Only the rows above the table's header are read, so years inside criteria ("Kế hoạch năm 2021") are ignored.
 * Split layouts: the scores sheet's title first, then the criteria sheet's.
 */
export function readAppraisedYear(snapshot: WorkbookSnapshot, analysis: AnalysedSource): number | null {
  // A TCVN3/VNI title ("N¡M 2020") is read in the text it was converted to.
  for (const text of readTitleTexts(analysis.convertedWorkbook ?? snapshot, analysis)) {
    const year = readYear(text);
    if (year !== null) return year;
  }
  return null;
}

/**
 * The default years of a GIẢI PHÁP table, the same in every face (pane, ribbon, command line): the appraised year
 * from the workbook's title and the year after it for the remediation; with no year in the title, `today`'s year
 * for the remediation and the one before for the appraisal.
 */
export function readPlanYears(snapshot: WorkbookSnapshot, analysis: AnalysedSource, today: Date): PlanYears {
  const appraised = readAppraisedYear(snapshot, analysis);
  if (appraised !== null) return { year: appraised + 1, appraisedYear: appraised, fromWorkbook: true };
  const year = today.getFullYear();
  return { year, appraisedYear: year - 1, fromWorkbook: false };
}

function readYear(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const match = /n[aă]m\s+(20\d{2})\b/i.exec(value.normalize("NFC"));
  return match ? Number(match[1]) : null;
}
