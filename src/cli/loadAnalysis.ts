import { analyzeWorkbook, describeProblem, type Analysis, type AnalysisOptions, type Lang } from "../domain";
import { isHostError } from "../hosts/errors";
import { readWorkbookFile, type WorkbookFile } from "../hosts/readWorkbookFile";
import { cliStrings } from "./strings";

/** A workbook read and analysed, or why it cannot be used (a sentence naming the file and what was looked for). */
export type LoadedWorkbook =
  | { ok: true; file: string; doc: WorkbookFile; analysis: Analysis; warnings: string[] }
  | { ok: false; file: string; code: string; message: string };

/**
 * Reads `file` (.xlsx, .xls or .ods, told apart by content) and analyses it. File problems (missing, a folder, no
 * permission, not a workbook, encrypted, .xlsb, Lotus/Works) and setup
 * problems (no scoring table, unknown sheet) come back as values; so does an unexpected failure of the engine on this
 * file, so that one bad workbook does not stop a batch. `warnings` name sheets too large to read whole.
 */
export async function loadAnalysis(file: string, options: AnalysisOptions, lang: Lang): Promise<LoadedWorkbook> {
  const strings = cliStrings(lang);
  let doc: WorkbookFile;
  try {
    doc = await readWorkbookFile(file, { wholeSheets: [options.sheet, options.criteriaSheet, options.scoresSheet] });
  } catch (error) {
    if (!isHostError(error)) return unexpected(file, error, lang);
    const describe = strings.hostError[error.code];
    const reason = describe ? describe(file) : error.message;
    return { ok: false, file, code: error.code, message: strings.cannotUse(file, reason) };
  }
  const warnings = doc.notes.filter((note) => note.kind === "over_limit").map((note) => strings.sheetOverLimit(file, note.sheet));
  try {
    const result = analyzeWorkbook(doc.snapshot, options);
    if (result.ok) return { ok: true, file, doc, analysis: result.analysis, warnings };
    const reason = describeProblem(result.problem, lang);
    return { ok: false, file, code: result.problem.code, message: [...warnings, strings.cannotUse(file, reason)].join("\n") };
  } catch (error) {
    return unexpected(file, error, lang);
  }
}

function unexpected(file: string, error: unknown, lang: Lang): LoadedWorkbook {
  const detail = error instanceof Error ? error.message : String(error);
  const reason = lang === "en" ? `internal error (${detail}).` : `lỗi nội bộ của chương trình (${detail}).`;
  if (process.env.CCHC_DEBUG) console.error(error);
  return { ok: false, file, code: "internal_error", message: cliStrings(lang).cannotUse(file, reason) };
}
