/**
 * `npm run bench`:
 *   (a) the engine in-process on synthetic workbooks of 100, 1,000 and 10,000 criteria: snapshot -> analyzeWorkbook ->
 *       planRemediation -> layoutRemediationSheet, median after warm-up; target < 50 ms at 10,000 criteria;
 *   (b) whole processes, as a user runs them (start-up and a cold engine count), side by side in one run at 1,000 /
 *       10,000 / 100,000 criteria and on a ~20 MB workbook (a 1,000-criteria scoring sheet beside a 200,000 × 20
 *       register): `cchc check` and `cchc plan` against a bare exceljs load of the same file and against the floor
 *       (bench/floor.js: node's zlib inflating the parts a check needs plus one scan). Wall time and peak memory
 *       (max RSS, /usr/bin/time). Targets (issue 7): check ≤ 1.5× the floor and < 0.5× exceljs at 10,000 criteria;
 *       plan's peak memory ≤ 2× the inflated size of the parts it reads.
 * Prints PASS/MISS; never fails the process on a miss. Then runs every bench/*.bench.ts (each exports `run()`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyzeWorkbook, flattenTree, layoutRemediationSheet, planRemediation, type WorkbookSnapshot } from "../src/domain";
import { openXlsxFile } from "../src/hosts/xlsx/xlsxFile";
import { writeSyntheticWorkbook } from "./syntheticWorkbook";

const ENGINE_SIZES = [100, 1_000, 10_000];
const ENGINE_TARGET_MS = 50;
const ROOT = path.resolve(__dirname, "..");

interface EngineRow {
  criteria: number;
  engineMs: number;
  /** The engine's parts, each a median of its own runs. */
  analyzeMs: number;
  planMs: number;
  layoutMs: number;
}

async function median(runs: number, task: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await task();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function runEngine(snapshot: WorkbookSnapshot): void {
  const result = analyzeWorkbook(snapshot);
  if (!result.ok) throw new Error(`synthetic workbook not recognised: ${result.problem.code}`);
  layoutRemediationSheet(planRemediation(result.analysis, { year: 2021 }));
}

async function measureEngine(dir: string, size: number): Promise<EngineRow> {
  const file = path.join(dir, `engine-${size}.xlsx`);
  writeSyntheticWorkbook(file, size);
  const { snapshot } = await openXlsxFile(file);
  const result = analyzeWorkbook(snapshot);
  const criteria = result.ok ? flattenTree(result.analysis.tree.areas).length : 0;
  for (let i = 0; i < 5; i += 1) runEngine(snapshot);
  const engineMs = await median(15, () => runEngine(snapshot));
  return { criteria, engineMs, ...(await measureParts(snapshot)) };
}

async function measureParts(snapshot: WorkbookSnapshot): Promise<Pick<EngineRow, "analyzeMs" | "planMs" | "layoutMs">> {
  const result = analyzeWorkbook(snapshot);
  if (!result.ok) throw new Error(result.problem.code);
  const table = planRemediation(result.analysis, { year: 2021 });
  return {
    analyzeMs: await median(15, () => analyzeWorkbook(snapshot)),
    planMs: await median(15, () => planRemediation(result.analysis, { year: 2021 })),
    layoutMs: await median(15, () => layoutRemediationSheet(table)),
  };
}

function printEngine(rows: EngineRow[]): void {
  console.log("criteria | engine ms (target <50 @10k) | analyse / plan / layout ms");
  for (const row of rows) {
    const engine = `${row.engineMs.toFixed(2)}${row.criteria >= 10_000 ? ` ${verdict(row.engineMs < ENGINE_TARGET_MS)}` : ""}`;
    console.log(
      [String(row.criteria).padStart(8), engine.padStart(28), [row.analyzeMs, row.planMs, row.layoutMs].map((ms) => ms.toFixed(1)).join(" / ").padStart(26)].join(" | "),
    );
  }
}

const verdict = (ok: boolean): string => (ok ? "PASS" : "MISS");

/** One whole process: wall seconds and peak resident memory in MB (NaN when /usr/bin/time is missing or it failed). */
interface ProcessRun {
  seconds: number;
  peakMb: number;
  ok: boolean;
}

function runProcess(args: string[], timeoutMs = 600_000): ProcessRun {
  const timed = existsSync("/usr/bin/time");
  const start = process.hrtime.bigint();
  const result = timed
    ? spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, ...args], { cwd: ROOT, encoding: "utf8", timeout: timeoutMs, maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", timeout: timeoutMs, maxBuffer: 1 << 28 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const last = (result.stderr ?? "").trim().split("\n").pop() ?? "";
  const match = timed ? /^(\d+(?:\.\d+)?) (\d+)$/.exec(last) : null;
  // check exits 1 on a workbook with errors; only a signal or a timeout is a failed run.
  const ok = result.signal === null && result.error === undefined;
  return { seconds: match ? Number(match[1]) : wall, peakMb: match ? Number(match[2]) / 1024 : NaN, ok };
}

/** The median run (by time) of `runs` runs; peak memory is the largest seen. */
function medianRun(runs: number, args: string[], timeoutMs?: number): ProcessRun {
  const all = Array.from({ length: runs }, () => runProcess(args, timeoutMs));
  const sorted = [...all].sort((a, b) => a.seconds - b.seconds);
  return { ...sorted[Math.floor(sorted.length / 2)], peakMb: Math.max(...all.map((run) => run.peakMb)), ok: all.every((run) => run.ok) };
}

interface ProcessRow {
  label: string;
  fileMb: number;
  inflatedMb: number;
  floor: ProcessRun;
  exceljs: ProcessRun;
  check: ProcessRun;
  plan: ProcessRun;
}

const EXCELJS_LOAD = "new (require('exceljs').Workbook)().xlsx.readFile(process.argv[1]).then(() => {})";

function measureProcesses(dir: string, label: string, file: string, runs: number): ProcessRow {
  const out = path.join(dir, "out.xlsx");
  const floorRun = spawnSync(process.execPath, [path.join(__dirname, "floor.js"), file], { encoding: "utf8" });
  const inflated = Number(/(\d+) bytes inflated/.exec(floorRun.stdout ?? "")?.[1] ?? NaN);
  // Interleaved run by run, so that all four see the same load on this shared machine.
  const row: ProcessRow = {
    label,
    fileMb: statMb(file),
    inflatedMb: inflated / 1024 / 1024,
    floor: medianRun(runs, [path.join(__dirname, "floor.js"), file]),
    exceljs: medianRun(runs, ["-e", EXCELJS_LOAD, file], 300_000),
    check: medianRun(runs, ["bin/cchc.js", "check", file]),
    plan: medianRun(runs, ["bin/cchc.js", "plan", file, "-o", out, "--force"]),
  };
  return row;
}

function statMb(file: string): number {
  return statSync(file).size / 1024 / 1024;
}

function printProcesses(rows: ProcessRow[]): void {
  const cell = (run: ProcessRun): string => (run.ok ? `${run.seconds.toFixed(2)} s ${run.peakMb.toFixed(0)} MB` : "failed/timeout");
  console.log(
    "workbook (file MB / parts read MB) | floor | bare exceljs | check | plan | check÷floor (≤1.5) | check÷exceljs (<0.5 @10k) | plan peak÷parts (≤2)",
  );
  for (const row of rows) {
    const toFloor = row.check.seconds / row.floor.seconds;
    const toExceljs = row.exceljs.ok ? row.check.seconds / row.exceljs.seconds : NaN;
    const memory = row.plan.peakMb / row.inflatedMb;
    console.log(
      [
        `${row.label} (${row.fileMb.toFixed(1)} / ${row.inflatedMb.toFixed(1)})`.padEnd(34),
        cell(row.floor),
        cell(row.exceljs),
        cell(row.check),
        cell(row.plan),
        `${toFloor.toFixed(2)} ${verdict(toFloor <= 1.5)}`,
        Number.isNaN(toExceljs) ? "—" : `${toExceljs.toFixed(2)}${row.label.startsWith("10000 ") ? ` ${verdict(toExceljs < 0.5)}` : ""}`,
        `${memory.toFixed(1)} ${verdict(memory <= 2)}`,
      ].join(" | "),
    );
  }
}

async function runOtherBenches(): Promise<void> {
  const files = readdirSync(__dirname).filter((name) => name.endsWith(".bench.ts")).sort();
  for (const name of files) {
    console.log(`\n== bench/${name}`);
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(path.join(__dirname, name)) as { run?: () => Promise<void> };
      if (typeof mod.run === "function") await mod.run();
      else console.log(`bench/${name} exports no run(); skipped`);
    } catch (error) {
      console.log(`bench/${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "cchc-bench-"));
  try {
    console.log("== (a) engine, in-process (synthetic workbooks)");
    const engine: EngineRow[] = [];
    for (const size of ENGINE_SIZES) engine.push(await measureEngine(dir, size));
    printEngine(engine);

    console.log("\n== (b) whole processes (median wall time, peak RSS)");
    // The CLI as users run it: compiled by esbuild (npm ci's prepare step).
    spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], { cwd: ROOT, stdio: "inherit" });
    const rows: ProcessRow[] = [];
    for (const [size, runs] of [[1_000, 3], [10_000, 3], [100_000, 1]] as const) {
      const file = path.join(dir, `synthetic-${size}.xlsx`);
      writeSyntheticWorkbook(file, size);
      rows.push(measureProcesses(dir, `${size} criteria`, file, runs));
    }
    const big = path.join(dir, "scoring-and-register.xlsx");
    writeSyntheticWorkbook(big, 1_000, { rows: 200_000, cols: 20 });
    rows.push(measureProcesses(dir, "1000 + register 200k×20", big, 1));
    printProcesses(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await runOtherBenches();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
