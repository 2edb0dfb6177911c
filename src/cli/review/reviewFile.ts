import path from "node:path";
import { readUnitName, toUnitReview, type AnalysisOptions, type Lang, type UnitReview } from "../../domain";
import { loadAnalysis } from "../loadAnalysis";

/**
 * One workbook read, analysed and summarised for the review (in a worker thread or in-process). A file that cannot be
 * used keeps its row: status "unusable" with the reason. Only the summary is kept, never the workbook.
 */
export async function reviewFile(file: string, options: AnalysisOptions, lang: Lang): Promise<UnitReview> {
  const loaded = await loadAnalysis(file, options, lang);
  const fallback = path.basename(file).replace(/\.[^.]+$/, "");
  if (!loaded.ok) return unusableReview(file, fallback, loaded.message);
  const unit = readUnitName(loaded.doc.snapshot, loaded.analysis.source) ?? fallback;
  return toUnitReview(file, unit, loaded.analysis, lang);
}

/** The row of a file that could not be used. */
export function unusableReview(file: string, unit: string, reason: string): UnitReview {
  return {
    file,
    unit,
    status: "unusable",
    reason,
    sheet: "",
    score: 0,
    max: 0,
    index: 0,
    areas: [],
    errors: 0,
    warnings: 0,
    findings: [],
    deductions: [],
  };
}
