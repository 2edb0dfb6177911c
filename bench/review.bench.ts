/**
 * `cchc review` on 200 seed-sized workbooks (run by `npm run bench`): the CLI as installed (bin/cchc.js, compiled by
 * scripts/build-cli.js) in its own process over a folder of 196 generated workbooks of ~90–135 criteria (the seed
 * workbook has 99) and the 4 samples. Prints wall time, files per second and the process's peak resident memory
 * (VmHWM, worker threads included); targets < 20 s and < 500 MB on the 2-core machine.
 */
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeSyntheticWorkbook } from "./syntheticWorkbook";

const ROOT = path.resolve(__dirname, "..");
const FILES = 200;
const TARGET_S = 20;
const TARGET_MB = 500;

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-review-bench-"));
  try {
    const folder = path.join(dir, "don-vi");
    await makeWorkbooks(folder);
    if (!existsSync(path.join(ROOT, "build", "cli", "main.js"))) await runNode([path.join(ROOT, "scripts", "build-cli.js")]);
    const start = process.hrtime.bigint();
    const { code, peakKb } = await runNode([path.join(ROOT, "bin", "cchc.js"), "review", folder, "-o", path.join(dir, "tong-hop.xlsx")]);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const mb = peakKb / 1024;
    const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
    console.log(`files: ${readdirSync(folder).length}, exit code ${code}`);
    console.log(`wall time ${seconds.toFixed(1)} s (target < ${TARGET_S} s) ${verdict(seconds < TARGET_S)}`);
    console.log(`throughput ${(FILES / seconds).toFixed(1)} files/s`);
    console.log(`peak memory ${mb.toFixed(0)} MB (target < ${TARGET_MB} MB) ${verdict(mb < TARGET_MB)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ten distinct generated workbooks copied round to 196 files, plus the four samples. */
async function makeWorkbooks(folder: string): Promise<void> {
  const { mkdirSync } = await import("node:fs");
  mkdirSync(folder, { recursive: true });
  const distinct: string[] = [];
  for (let i = 0; i < 10; i++) {
    const file = path.join(folder, `don-vi-${String(i + 1).padStart(3, "0")}.xlsx`);
    await writeSyntheticWorkbook(file, 90 + i * 5);
    distinct.push(file);
  }
  for (let i = 10; i < FILES - 4; i++) copyFileSync(distinct[i % 10], path.join(folder, `don-vi-${String(i + 1).padStart(3, "0")}.xlsx`));
  for (const name of ["so-ngoai-vu-2020.xlsx", "van-phong-ubnd-2018.xlsx", "split-ubnd-xa-2023.xlsx", "error.messy.xlsx"]) {
    copyFileSync(path.join(ROOT, "samples", name), path.join(folder, name));
  }
}

/** Runs node with `args`, output discarded, sampling the child's peak resident memory (VmHWM) until it exits. */
function runNode(args: string[]): Promise<{ code: number; peakKb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
    let peakKb = 0;
    const sample = () => {
      try {
        const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
        if (match) peakKb = Math.max(peakKb, Number(match[1]));
      } catch {
        // The process has exited, or /proc is absent (not Linux): keep the last figure.
      }
    };
    const timer = setInterval(sample, 50);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      resolve({ code: code ?? -1, peakKb });
    });
  });
}
