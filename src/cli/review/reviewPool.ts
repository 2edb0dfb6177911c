import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { AnalysisOptions, Lang, UnitReview } from "../../domain";
import { reviewFile, unusableReview } from "./reviewFile";

export interface PoolOptions {
  options: AnalysisOptions;
  lang: Lang;
  /** Worker threads to use; default: one per core (CCHC_WORKERS overrides; 0 reviews in this thread). */
  workers?: number;
  /** Called as each file is done, in the order they finish. */
  onDone?: (review: UnitReview, done: number) => void;
}

type Reply = { index: number; review: UnitReview } | { index: number; error: string };

/**
 * Reviews every file on worker threads, one file per worker at a time, so memory holds at most one workbook per
 * worker and the small summaries, whatever the number of files. Results come back in the order of `files`.
 * A worker that dies marks its file unusable and is replaced.
 */
export async function reviewFiles(files: readonly string[], pool: PoolOptions): Promise<UnitReview[]> {
  const count = Math.min(files.length, workerCount(pool.workers));
  if (count === 0) return reviewInThisThread(files, pool);
  const results: UnitReview[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    const finish = (index: number, review: UnitReview): void => {
      results[index] = review;
      done += 1;
      pool.onDone?.(review, done);
      if (done === files.length) resolve(results);
    };
    const start = (): void => {
      const worker = spawnWorker(pool);
      let current = -1;
      const feed = (): void => {
        if (next >= files.length) {
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, file: files[current] });
      };
      worker.on("message", (reply: Reply) => {
        const file = files[reply.index];
        current = -1;
        finish(reply.index, "review" in reply ? reply.review : unusableReview(file, baseName(file), reply.error));
        feed();
      });
      worker.on("error", (error) => {
        if (current >= 0) finish(current, unusableReview(files[current], baseName(files[current]), error.message));
        current = -1;
        if (next < files.length) start();
      });
      feed();
    };
    for (let i = 0; i < count; i++) start();
  });
}

async function reviewInThisThread(files: readonly string[], pool: PoolOptions): Promise<UnitReview[]> {
  const results: UnitReview[] = [];
  for (const file of files) {
    results.push(await reviewFile(file, pool.options, pool.lang));
    pool.onDone?.(results[results.length - 1], results.length);
  }
  return results;
}

function workerCount(requested: number | undefined): number {
  const fromEnv = process.env.CCHC_WORKERS;
  if (requested !== undefined) return requested;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return availableParallelism();
}

/**
 * The compiled CLI (scripts/build-cli.js: build/cli/main.js, this code bundled in it) has src/cli/reviewWorker.ts
 * compiled beside it as reviewWorker.js; from the sources (jest, tsx) __dirname is src/cli/review and the worker
 * starts through a small CommonJS file that registers tsx.
 */
function spawnWorker(pool: PoolOptions): Worker {
  const compiled = path.join(__dirname, "reviewWorker.js");
  const entry = existsSync(compiled) ? compiled : path.join(__dirname, "..", "reviewWorkerFromSource.cjs");
  return new Worker(entry, { workerData: { options: pool.options, lang: pool.lang } });
}

function baseName(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "");
}
