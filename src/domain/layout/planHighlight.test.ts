import { buildAnalysis, type NodeSpec } from "../../../test/helpers/analysis";
import { cell } from "../../../test/helpers/grid";
import { SEED_000 } from "../../../test/helpers/seed000";
import type { Analysis } from "../check/analysis";
import { parseA1, toA1 } from "../base/cellRef";
import { flattenTree } from "../tree/criteria";
import { HIGHLIGHT_COLORS, type HighlightRule } from "./highlight";
import { planHighlight } from "./planHighlight";
import type { CellValue, WorkbookSnapshot } from "../base/snapshot";

/** The sheet's numbers as a map "Sheet!E6" -> value: scores and maxima of every node. */
function sheetValues(analysis: Analysis): Map<string, number> {
  const values = new Map<string, number>();
  for (const node of flattenTree(analysis.tree.areas)) {
    const { score, max } = node.cells;
    if (score && node.score !== null) values.set(`${score.sheet}!${toA1(score.row, score.col)}`, node.score);
    if (max && node.max !== null) values.set(`${max.sheet}!${toA1(max.row, max.col)}`, node.max);
  }
  return values;
}

/** The workbook behind a hand-built analysis: every score and maximum as a number, except `textCells` ("E8") as text. */
function workbookOf(analysis: Analysis, textCells: readonly string[] = []): WorkbookSnapshot {
  const grids = new Map<string, CellValue[][]>();
  for (const [address, value] of sheetValues(analysis)) {
    const [sheetName, a1] = address.split("!");
    const { row, col } = parseA1(a1)!;
    const grid = grids.get(sheetName) ?? [];
    grids.set(sheetName, grid);
    (grid[row] ??= [])[col] = textCells.includes(a1) ? String(value).replace(".", ",") : value;
  }
  const sheets = [...grids].map(([name, grid]) => ({
    name,
    origin: { row: 0, col: 0 },
    values: Array.from(grid, (line) => Array.from(line ?? [], (value) => value ?? null)),
    merges: [],
  }));
  return { sheets };
}

/**
 * Evaluates the rules as Excel would for the two formula shapes planHighlight writes, shifting relative references
 * from the range's top-left cell: returns the coloured cells as "Sheet!A1".
 */
function colouredCells(rules: readonly HighlightRule[], values: Map<string, number>): string[] {
  const coloured: string[] = [];
  for (const rule of rules.filter((r) => r.purpose === "deducted" && !r.formula.startsWith("=ISTEXT("))) {
    const [from, to = from] = rule.range.split(":").map((a1) => parseA1(a1)!);
    const aligned = /^=AND\(ISNUMBER\(([A-Z]+)(\d+)\),ISNUMBER\(([A-Z]+)(\d+)\),\1\2<\3\4-0\.005\)$/.exec(rule.formula);
    const constant = /^=AND\(ISNUMBER\(([A-Z]+)(\d+)\),\1\2<([\d.]+)-0\.005\)$/.exec(rule.formula);
    expect(aligned ?? constant).not.toBeNull();
    for (let row = from.row; row <= to.row; row++) {
      const here = `${rule.sheet}!${toA1(row, from.col)}`;
      const score = values.get(here);
      const maxCol = aligned ? parseA1(`${aligned[3]}1`)!.col : -1;
      const max = aligned ? values.get(`${rule.sheet}!${toA1(row, maxCol)}`) : Number(constant![3]);
      if (score !== undefined && max !== undefined && score < max - 0.005) coloured.push(here);
    }
  }
  return coloured.sort();
}

/** The score cells of the criteria scored below their maximum, read from the tree. */
function deductedCells(analysis: Analysis): string[] {
  return flattenTree(analysis.tree.areas)
    .filter((node) => node.score !== null && node.max !== null && node.score < node.max - 0.005)
    .map(({ cells: { score } }) => `${score!.sheet}!${toA1(score!.row, score!.col)}`)
    .sort();
}

describe("planHighlight, single table", () => {
  const analysis = buildAnalysis(SEED_000);
  const rules = planHighlight(analysis, workbookOf(analysis)).rules;

  it("has one rule for the score column, from the first to the last criterion (total row left out)", () => {
    const lastRow = 5 + SEED_000.length - 1;
    expect(rules.filter((r) => !r.formula.startsWith("=ISTEXT("))).toEqual([
      {
        sheet: "Chấm điểm",
        range: `E6:E${lastRow + 1}`,
        formula: "=AND(ISNUMBER(E6),ISNUMBER(D6),E6<D6-0.005)",
        fill: HIGHLIGHT_COLORS.deducted,
        purpose: "deducted",
      },
    ]);
    expect(analysis.source.kind === "single" && analysis.source.table.lastDataRow).toBe(lastRow + 1);
  });

  it("colours exactly the deducted criteria, leaves and parents", () => {
    expect(colouredCells(rules, sheetValues(analysis))).toEqual(deductedCells(analysis));
    expect(deductedCells(analysis)).toContain("Chấm điểm!E8"); // 1.2 at row 8
  });

  it("starts a new range where a row's score comes from another appraisal round, so the old round stays plain", () => {
    const twoRounds = buildAnalysis(SEED_000);
    const node = flattenTree(twoRounds.tree.areas).find((n) => n.code === "1.2")!;
    node.cells.score = { ...node.cells.score!, col: 6 }; // "Thẩm định lần 2" in G
    const twoRoundRules = planHighlight(twoRounds, workbookOf(twoRounds)).rules;
    expect(twoRoundRules.map((r) => r.range)).toEqual(["E6:E7", "G8", `E9:E${5 + SEED_000.length}`]);
    expect(twoRoundRules[1].formula).toBe("=AND(ISNUMBER(G8),ISNUMBER(D8),G8<D8-0.005)");
    expect(colouredCells(twoRoundRules, sheetValues(twoRounds))).toEqual(deductedCells(twoRounds));
  });
});

describe("planHighlight, scores typed as text", () => {
  it("adds =ISTEXT on a deducted score cell that holds text, since ISNUMBER is false for '1,42' typed as text", () => {
    const analysis = buildAnalysis(SEED_000);
    const textRules = planHighlight(analysis, workbookOf(analysis, ["E8"])).rules.filter((r) => r.formula.startsWith("=ISTEXT("));
    expect(textRules).toEqual([{
      sheet: "Chấm điểm",
      range: "E8",
      formula: "=ISTEXT(E8)",
      fill: HIGHLIGHT_COLORS.deducted,
      purpose: "deducted",
    }]);
  });

  it("adds no =ISTEXT rule when every score is a number: one rule per score column, not one per deduction", () => {
    const analysis = buildAnalysis(SEED_000);
    const rules = planHighlight(analysis, workbookOf(analysis)).rules;
    expect(rules.filter((r) => r.formula.startsWith("=ISTEXT("))).toEqual([]);
    expect(rules).toHaveLength(1);
  });
});

describe("planHighlight, split layout", () => {
  const specs: NodeSpec[] = [
    ["1", "Chỉ đạo, điều hành", 2.5],
    ["1.1", "Kế hoạch CCHC", 1, 1],
    ["1.2", "Báo cáo CCHC", 1.5, 1.42, "Chậm"],
  ];
  const analysis = buildAnalysis(specs, { split: { criteriaSheet: "Tiêu chí", scoresSheet: "Điểm", scoresFirstRow: 2 } });
  const rules = planHighlight(analysis, workbookOf(analysis)).rules;

  it("gives each score cell its own rule with its maximum as a constant, on the scores sheet", () => {
    expect(rules.map((r) => [r.sheet, r.range, r.formula])).toEqual([
      ["Điểm", "B3", "=AND(ISNUMBER(B3),B3<2.5-0.005)"],
      ["Điểm", "B4", "=AND(ISNUMBER(B4),B4<1-0.005)"],
      ["Điểm", "B5", "=AND(ISNUMBER(B5),B5<1.5-0.005)"],
    ]);
  });

  it("refers to no other sheet and colours exactly the deducted criteria", () => {
    for (const rule of rules) expect(rule.formula).not.toContain("!");
    expect(colouredCells(rules, sheetValues(analysis))).toEqual(deductedCells(analysis));
    expect(deductedCells(analysis)).toEqual(["Điểm!B3", "Điểm!B5"]);
  });
});

describe("planHighlight, errors", () => {
  it("adds one =TRUE rule per cell holding an error finding, before the deduction rules; warnings are not coloured", () => {
    const analysis = buildAnalysis([["1", "Chỉ đạo", 1], ["1.1", "Kế hoạch", 1, 0.5]], {
      findings: [
        { code: "score_sum_mismatch", severity: "error", cell: cell("E6", "Chấm điểm"), criterion: "1", expected: 0.5, actual: 1 },
        { code: "formula_error", severity: "error", cell: cell("E6", "Chấm điểm"), criterion: "1" },
        { code: "missing_reason", severity: "warning", cell: cell("E7", "Chấm điểm"), criterion: "1.1" },
        { code: "total_score_mismatch", severity: "error", cell: cell("E9", "Chấm điểm") },
      ],
    });
    const allRules = planHighlight(analysis, workbookOf(analysis)).rules;
    const errors = allRules.filter((r) => r.purpose === "error");
    expect(errors).toEqual([
      { sheet: "Chấm điểm", range: "E6", formula: "=TRUE", fill: HIGHLIGHT_COLORS.error, purpose: "error" },
      { sheet: "Chấm điểm", range: "E9", formula: "=TRUE", fill: HIGHLIGHT_COLORS.error, purpose: "error" },
    ]);
    expect(allRules.map((r) => r.purpose)).toEqual(["error", "error", "deducted"]);
  });
});
