import {
  analyzeWorkbook,
  layoutRemediationSheet,
  planHighlight,
  planRemediation,
  toA1,
  type Analysis,
  parseA1,
  valueAt,
  type WorkbookSnapshot,
} from "../../src/domain";
import { listGridFixtures, loadGridFixture } from "../helpers/gridFixture";

/**
 * The output half on what the reading half really produces: every grid fixture, analysed, planned, laid out and
 * highlighted. What a user checks: nothing silently dropped, no broken figures, colours on exactly the deducted cells.
 */
const analysed = listGridFixtures().flatMap((name) => {
  const { fixture, workbook } = loadGridFixture(name);
  const result = analyzeWorkbook(workbook, fixture.options ?? {});
  return result.ok ? [[name, result.analysis, workbook] as const] : [];
});

/** Evaluates planHighlight's rules as Excel would on the snapshot's values (ISNUMBER is false for "1,42" text). */
function colouredCells(analysis: Analysis, workbook: WorkbookSnapshot): string[] {
  const coloured = new Set<string>();
  const numberAt = (sheetName: string, row: number, col: number) => {
    const sheet = workbook.sheets.find((s) => s.name === sheetName)!;
    const value = valueAt(sheet, row, col);
    return typeof value === "number" ? value : undefined;
  };
  for (const rule of planHighlight(analysis, workbook).rules.filter((r) => r.purpose === "deducted")) {
    const [from, to = from] = rule.range.split(":").map((a1) => parseA1(a1)!);
    if (rule.formula.startsWith("=ISTEXT(")) {
      const sheet = workbook.sheets.find((s) => s.name === rule.sheet)!;
      if (typeof valueAt(sheet, from.row, from.col) === "string") coloured.add(`${rule.sheet}!${rule.range}`);
      continue;
    }
    const aligned = /^=AND\(ISNUMBER\(([A-Z]+)\d+\),ISNUMBER\(([A-Z]+)\d+\),.*-0\.005\)$/.exec(rule.formula);
    const constant = /^=AND\(ISNUMBER\([A-Z]+\d+\),[A-Z]+\d+<([\d.]+)-0\.005\)$/.exec(rule.formula);
    expect(aligned ?? constant).not.toBeNull();
    for (let row = from.row; row <= to.row; row++) {
      const score = numberAt(rule.sheet, row, from.col);
      const max = aligned ? numberAt(rule.sheet, row, parseA1(`${aligned[2]}1`)!.col) : Number(constant![1]);
      if (score !== undefined && max !== undefined && score < max - 0.005) coloured.add(`${rule.sheet}!${toA1(row, from.col)}`);
    }
  }
  return [...coloured].sort();
}

describe.each(analysed)("GIẢI PHÁP pipeline on %s", (_name, analysis, workbook) => {
  const table = planRemediation(analysis, { year: 2021 });
  const layout = layoutRemediationSheet(table);

  it("lists every deducted leaf exactly once", () => {
    const lines = table.rows.flatMap((row) => row.issues);
    for (const leaf of analysis.deductions.filter((d) => d.leaf && d.level > 1)) {
      expect([leaf.code, lines.filter((line) => line.startsWith(`- Tiêu chí ${leaf.code}:`)).length]).toEqual([leaf.code, 1]);
    }
  });

  it("writes no undefined, NaN or float noise, and a step with a deadline on every line", () => {
    for (const row of layout.cells.slice(layout.headerRow + 1)) {
      expect(row.join("\n")).not.toMatch(/undefined|NaN|null|\d,\d{3,}\/|\/\d+,\d{3,}/);
      expect(row[2]).not.toBe("");
      expect(row[2].split("\n")).toHaveLength(row[3].split("\n").length);
    }
  });

  it("colours exactly the deducted criteria whose score cell is filled in, scores typed as text included", () => {
    // A parent left blank (score taken from its children) has nothing in its cell to follow.
    const filled = analysis.deductions.filter(({ cell }) => valueAt(workbook.sheets.find((s) => s.name === cell.sheet)!, cell.row, cell.col) !== null);
    const expected = [...new Set(filled.map(({ cell }) => `${cell.sheet}!${toA1(cell.row, cell.col)}`))].sort();
    expect(colouredCells(analysis, workbook)).toEqual(expected);
  });
});

it("covers the real fixtures, seed 000 among them", () => {
  expect(analysed.map(([name]) => name)).toContain("seed000-two-row-header.json");
});
