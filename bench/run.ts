/**
 * `npm run bench`: the engine and `cchc check` on synthetic workbooks of 100, 1,000 and 10,000 criteria.
 *   (a) engine: snapshot -> analyzeWorkbook -> planRemediation -> layoutRemediationSheet, median after warm-up;
 *       target < 50 ms at 10,000 criteria;
 *   (b) `cchc check` in-process (read file + analyse + text report) next to a bare exceljs readFile of the same
 *       file; target ratio ≤ 1,2×.
 * Prints PASS/MISS; never fails the process on a miss. Then runs every bench/*.bench.ts (each exports `run()`).
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../src/cli/runCli";
import { analyzeWorkbook, flattenTree, layoutRemediationSheet, planRemediation, type WorkbookSnapshot } from "../src/domain";
import { openXlsxFile as readXlsxFile } from "../src/hosts/xlsx/xlsxFile";
import { writeSyntheticWorkbook } from "./syntheticWorkbook";

const SIZES = [100, 1_000, 10_000];
const ENGINE_TARGET_MS = 50;
const CHECK_RATIO_TARGET = 1.2;

interface Row {
  criteria: number;
  engineMs: number;
  /** The engine's parts, each a median of its own runs. */
  analyzeMs: number;
  planMs: number;
  layoutMs: number;
  checkMs: number;
  bareMs: number;
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

async function measure(dir: string, size: number): Promise<Row> {
  const file = path.join(dir, `synthetic-${size}.xlsx`);
  await writeSyntheticWorkbook(file, size);
  const { snapshot } = await readXlsxFile(file);
  const result = analyzeWorkbook(snapshot);
  const criteria = result.ok ? flattenTree(result.analysis.tree.areas).length : 0;
  for (let i = 0; i < 5; i += 1) runEngine(snapshot);
  const engineMs = await median(15, () => runEngine(snapshot));
  const parts = await measureParts(snapshot);
  const silent = { out: () => undefined, err: () => undefined };
  const reads = size >= 10_000 ? 5 : 9;
  await runCli(["check", file], silent);
  await new ExcelJS.Workbook().xlsx.readFile(file);
  // Interleaved so that both see the same warm caches and GC pressure.
  const check: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < reads; i += 1) {
    bare.push(await median(1, () => new ExcelJS.Workbook().xlsx.readFile(file)));
    check.push(await median(1, () => runCli(["check", file], silent)));
  }
  const mid = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)];
  return { criteria, engineMs, ...parts, checkMs: mid(check), bareMs: mid(bare) };
}

async function measureParts(snapshot: WorkbookSnapshot): Promise<Pick<Row, "analyzeMs" | "planMs" | "layoutMs">> {
  const result = analyzeWorkbook(snapshot);
  if (!result.ok) throw new Error(result.problem.code);
  const table = planRemediation(result.analysis, { year: 2021 });
  return {
    analyzeMs: await median(15, () => analyzeWorkbook(snapshot)),
    planMs: await median(15, () => planRemediation(result.analysis, { year: 2021 })),
    layoutMs: await median(15, () => layoutRemediationSheet(table)),
  };
}

function printTable(rows: Row[]): void {
  const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
  console.log("criteria | engine ms (target <50 @10k) | analyse / plan / layout ms | check ms | bare exceljs ms | ratio (target ≤1.2)");
  for (const row of rows) {
    const ratio = row.checkMs / row.bareMs;
    const engine = `${row.engineMs.toFixed(2)}${row.criteria >= 10_000 ? ` ${verdict(row.engineMs < ENGINE_TARGET_MS)}` : ""}`;
    console.log(
      [
        String(row.criteria).padStart(8),
        engine.padStart(28),
        [row.analyzeMs, row.planMs, row.layoutMs].map((ms) => ms.toFixed(1)).join(" / ").padStart(26),
        row.checkMs.toFixed(0).padStart(8),
        row.bareMs.toFixed(0).padStart(15),
        `${ratio.toFixed(2)} ${verdict(ratio <= CHECK_RATIO_TARGET)}`.padStart(19),
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
    console.log("== engine and cchc check (synthetic workbooks)");
    const rows: Row[] = [];
    for (const size of SIZES) rows.push(await measure(dir, size));
    printTable(rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await runOtherBenches();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
