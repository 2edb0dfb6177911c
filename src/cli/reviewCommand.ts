import path from "node:path";
import { layoutReviewWorkbook, summarizeReview, type AnalysisOptions, type Lang, type Review } from "../domain";
import { isHostError } from "../hosts/errors";
import { writeReviewWorkbook } from "../hosts/xlsx/writeReviewWorkbook";
import { EXIT, type CliIo } from "./io";
import { listWorkbookFiles } from "./review/listWorkbookFiles";
import { reviewFiles } from "./review/reviewPool";
import { createProgress } from "./review/reviewProgress";
import { cliStrings } from "./strings";
import { withFramework } from "./withFramework";

export interface ReviewRequest {
  inputs: string[];
  analysis: AnalysisOptions;
  output?: string;
  json: boolean;
  lang: Lang;
  framework?: string;
  /** Replace an existing output file (never an input). */
  force?: boolean;
}

/**
 * `cchc review`: every workbook among the files and folders given, on worker threads, into one summary workbook
 * (`-o`) and/or one JSON object (`--json`). Exit code as `check`: 2 if any file cannot be used (or the framework, or
 * the output), else 1 if any workbook has an error finding, else 0.
 */
export async function runReview(request: ReviewRequest, io: CliIo): Promise<number> {
  const s = cliStrings(request.lang);
  const output = request.output;
  const files = await listWorkbookFiles(request.inputs, output ? [output] : []);
  if (output && request.inputs.some((input) => path.resolve(input) === path.resolve(output))) {
    io.err(s.reviewRefusesInput(output));
    return EXIT.unusable;
  }
  if (files.length === 0) {
    io.err(s.reviewNoFiles);
    return EXIT.unusable;
  }
  const options = await withFramework(request.analysis, request.framework, request.lang, io);
  if (!options) return EXIT.unusable;
  const progress = createProgress(files.length, io.progress?.isTTY ? io.progress : { isTTY: false, write: (text) => io.err(text.trimEnd()) }, s.timeLeft);
  const units = await reviewFiles(files, { options, lang: request.lang, onDone: (unit, done) => progress.step(unit.file, done) });
  progress.finish();
  const review = summarizeReview(units, options.framework?.name ?? null);
  if (output) {
    const target = { inputPath: request.inputs[0], force: request.force };
    const written = await writeSummary(output, target, review, request.lang, request.json ? io.err : io.out);
    if (!written) return EXIT.unusable;
  }
  if (request.json) io.out(JSON.stringify(review, null, 2));
  return exitCode(review);
}

/** Writes the summary workbook and says so through `say` (stdout, or stderr when stdout carries the JSON). */
async function writeSummary(
  output: string,
  target: { inputPath: string; force?: boolean },
  review: Review,
  lang: Lang,
  say: (text: string) => void,
): Promise<boolean> {
  const s = cliStrings(lang);
  try {
    await writeReviewWorkbook(output, layoutReviewWorkbook(review, lang), target);
  } catch (error) {
    if (!isHostError(error)) throw error;
    const describe = s.hostError[error.code];
    say(describe ? describe(output) : error.message);
    return false;
  }
  const unusable = review.units.filter((unit) => unit.status === "unusable").length;
  const errors = review.units.reduce((sum, unit) => sum + unit.errors, 0);
  const warnings = review.units.reduce((sum, unit) => sum + unit.warnings, 0);
  say(s.reviewWritten(output, review.units.length, unusable, errors, warnings));
  return true;
}

function exitCode(review: Review): number {
  if (review.units.some((unit) => unit.status === "unusable")) return EXIT.unusable;
  return review.units.some((unit) => unit.status === "errors") ? EXIT.findings : EXIT.ok;
}
