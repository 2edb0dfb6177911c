import { countFindings, type AnalysisOptions, type Lang } from "../domain";
import { EXIT, type CliIo } from "./io";
import { toJsonReport, type JsonFailure, type JsonReport } from "./jsonReport";
import { loadAnalysis } from "./loadAnalysis";
import { withFramework } from "./withFramework";
import { formatTextReport } from "./textReport";

export interface CheckRequest {
  files: string[];
  analysis: AnalysisOptions;
  json: boolean;
  lang: Lang;
  /** A framework file (--framework): its deviations join each workbook's findings. */
  framework?: string;
}

/**
 * `cchc check`: analyses each workbook in turn (progress "[2/5] file.xlsx" on stderr when there are several) and
 * prints a text report per workbook, or one JSON array. Returns the exit code: 2 if any file cannot be used, else 1
 * if any workbook has an error finding, else 0.
 */
export async function runCheck(request: CheckRequest, io: CliIo): Promise<number> {
  const options = await withFramework(request.analysis, request.framework, request.lang, io);
  if (!options) return EXIT.unusable;
  const json: (JsonReport | JsonFailure)[] = [];
  let unusable = false;
  let withErrors = false;
  for (const [index, file] of request.files.entries()) {
    if (request.files.length > 1) io.err(`[${index + 1}/${request.files.length}] ${file}`);
    const loaded = await loadAnalysis(file, options, request.lang);
    if (!loaded.ok) {
      unusable = true;
      if (request.json) json.push({ file, error: loaded.message, errorCode: loaded.code });
      else io.err(loaded.message);
      continue;
    }
    loaded.warnings.forEach((warning) => io.err(warning));
    if (countFindings(loaded.analysis.findings).errors > 0) withErrors = true;
    if (request.json) json.push(toJsonReport(file, loaded.analysis, request.lang));
    else io.out(`${formatTextReport(file, loaded.analysis, request.lang)}\n`);
  }
  if (request.json) io.out(JSON.stringify(json, null, 2));
  if (unusable) return EXIT.unusable;
  return withErrors ? EXIT.findings : EXIT.ok;
}
