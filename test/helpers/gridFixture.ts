import * as fs from "fs";
import * as path from "path";
import { type AnalysisOptions, type CellValue, type WorkbookSnapshot, parseA1 } from "../../src/domain";
import { range } from "./grid";

/**
 * A JSON grid fixture (test/fixtures/grids/*.json): sheets written row by row as in Excel, the options a caller
 * would pass, and what a reviewer would check.
 *
 * - `sheets[].rows`: cell values — number, string, null, `{ "error": "#REF!" }`, or `{ "formula", "result" }` (the
 *   host resolves formulas; the loader keeps the result, as every host must).
 * - `sheets[].origin`: A1 address of rows[0][0] (default "A1"); `merges`: A1 ranges; `hidden`: true for hidden sheets.
 * - `expect` (all optional): the chosen sheet(s), areas, totals, per-area [score, max], leaf deductions, and the exact
 *   list of findings as "code@Sheet!A1" (order-insensitive).
 * File names starting with `error.` must give at least one error finding; the others none.
 */
export interface GridFixture {
  description: string;
  options?: AnalysisOptions;
  sheets: FixtureSheet[];
  expect?: FixtureExpect;
}

export interface FixtureSheet {
  name: string;
  origin?: string;
  merges?: string[];
  hidden?: boolean;
  rows: FixtureCell[][];
}

export type FixtureCell = CellValue | { formula: string; result: CellValue };

export interface FixtureExpect {
  sheet?: string;
  kind?: "single" | "split";
  criteriaSheet?: string;
  scoresSheet?: string;
  candidateSheets?: string[];
  scoreSource?: "appraised" | "self";
  areas?: number;
  totalMax?: number;
  totalScore?: number;
  statedMax?: number | null;
  statedScore?: number | null;
  adjustments?: number;
  areaScores?: Record<string, [number, number]>;
  leafDeductions?: string[];
  findings?: string[];
}

export const GRID_FIXTURES = path.join(__dirname, "..", "fixtures", "grids");

export function listGridFixtures(): string[] {
  return fs.readdirSync(GRID_FIXTURES).filter((name) => name.endsWith(".json")).sort();
}

export function loadGridFixture(name: string): { fixture: GridFixture; workbook: WorkbookSnapshot } {
  const fixture = JSON.parse(fs.readFileSync(path.join(GRID_FIXTURES, name), "utf8")) as GridFixture;
  return { fixture, workbook: toWorkbook(fixture) };
}

export function toWorkbook(fixture: GridFixture): WorkbookSnapshot {
  return {
    sheets: fixture.sheets.map((sheet) => ({
      name: sheet.name,
      origin: parseA1(sheet.origin ?? "A1") ?? { row: 0, col: 0 },
      values: sheet.rows.map((row) => row.map(resolveCell)),
      merges: (sheet.merges ?? []).map(range),
      hidden: sheet.hidden,
    })),
  };
}

function resolveCell(cell: FixtureCell): CellValue {
  return typeof cell === "object" && cell !== null && "formula" in cell ? cell.result : cell;
}
