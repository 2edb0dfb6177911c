/**
 * Worker thread of `cchc review`: receives `{ index, file }` jobs one at a time and answers `{ index, review }`.
 * `workerData` holds the analysis options (the framework included) and the language.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { AnalysisOptions, Lang } from "../domain";
import { reviewFile } from "./review/reviewFile";

const { options, lang } = workerData as { options: AnalysisOptions; lang: Lang };

parentPort?.on("message", (job: { index: number; file: string }) => {
  reviewFile(job.file, options, lang).then(
    (review) => parentPort?.postMessage({ index: job.index, review }),
    (error: unknown) => parentPort?.postMessage({ index: job.index, error: error instanceof Error ? error.message : String(error) }),
  );
});
