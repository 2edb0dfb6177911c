import {
  flattenTree,
  round2,
  TOLERANCE,
  type Analysis,
  type CellRef,
  type ColumnMapping,
  type Criterion,
  type Deduction,
  type Finding,
  type ScoreSource,
  type TableLayout,
  type TableSource,
} from "../../src/domain";

/**
 * One row of a hand-built scoring table: code, title, maximum, score (omit it on a parent to take the sum of its
 * children, as a =SUM() would, float noise included) and reason.
 */
export type NodeSpec = [code: string, title: string, max: number, score?: number, reason?: string];

export interface BuildOptions {
  /** Single layout: the scoring sheet (default "Chấm điểm"): A code, B title, D max, E score, F reason. */
  sheet?: string;
  /** 0-based sheet row of the first criterion (default 5, i.e. Excel row 6). */
  firstRow?: number;
  scoreSource?: ScoreSource;
  findings?: Finding[];
  /**
   * Split layout: code, title and max (A, B, C) in `criteriaSheet` from `firstRow`; code, score and reason (A, B, C)
   * in `scoresSheet` from `scoresFirstRow`, so the two sheets' rows do not line up.
   */
  split?: { criteriaSheet: string; scoresSheet: string; scoresFirstRow: number };
}

const SINGLE: ColumnMapping = { code: 0, title: 1, max: 3, appraised: [4], reason: 5 };
const SPLIT_CRITERIA: ColumnMapping = { code: 0, title: 1, max: 2 };
const SPLIT_SCORES: ColumnMapping = { code: 0, appraised: [1], reason: 2 };

/** The Analysis analyzeWorkbook would return for such a table: tree, areas, deductions (leaves and parents), totals. */
export function buildAnalysis(specs: readonly NodeSpec[], options: BuildOptions = {}): Analysis {
  const firstRow = options.firstRow ?? 5;
  const nodes = specs.map((spec, index) => makeNode(spec, index, firstRow, options));
  const areas = linkTree(nodes);
  areas.forEach(fillParentScores);
  const scoreSource = options.scoreSource ?? "appraised";
  const totalMax = areas.reduce((sum, area) => sum + (area.max ?? 0), 0);
  const totalScore = areas.reduce((sum, area) => sum + (area.score ?? 0), 0);
  return {
    source: sourceFor(options, firstRow, specs.length),
    scoreSource,
    candidateSheets: [options.split?.criteriaSheet ?? options.sheet ?? "Chấm điểm"],
    tree: { areas, adjustments: [], stated: null },
    totals: { max: totalMax, score: totalScore, adjustments: 0, stated: null, index: round2((totalScore / totalMax) * 100) },
    areas: areas.map((area) => ({
      code: area.code,
      title: area.title,
      max: area.max ?? 0,
      score: area.score ?? 0,
      index: round2(((area.score ?? 0) / (area.max ?? 1)) * 100),
      cell: area.cells.score ?? area.cells.code,
    })),
    deductions: flattenTree(areas).filter(isDeducted).map(toDeduction),
    appraisalCuts: [],
    findings: options.findings ?? [],
  };
}

function makeNode([code, title, max, score, reason]: NodeSpec, index: number, firstRow: number, options: BuildOptions): Criterion {
  const row = firstRow + index;
  const split = options.split;
  const sheet = split?.criteriaSheet ?? options.sheet ?? "Chấm điểm";
  const at = (col: number, onSheet = sheet, onRow = row): CellRef => ({ sheet: onSheet, row: onRow, col });
  const scoreCell = split ? at(1, split.scoresSheet, split.scoresFirstRow + index) : at(4);
  return {
    code,
    writtenCode: code,
    title,
    level: code.split(".").length,
    max,
    score: score ?? null,
    selfScore: null,
    appraisedScore: score ?? null,
    reason: reason ?? "",
    evidence: "",
    cells: {
      code: at(0),
      max: at(split ? 2 : 3),
      score: scoreCell,
      appraised: scoreCell,
      reason: split ? at(2, split.scoresSheet, split.scoresFirstRow + index) : at(5),
    },
    children: [],
  };
}

function linkTree(nodes: Criterion[]): Criterion[] {
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  const roots: Criterion[] = [];
  for (const node of nodes) {
    const parent = byCode.get(node.code.split(".").slice(0, -1).join("."));
    if (parent && node.level > 1) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function fillParentScores(node: Criterion): number {
  const childSum = node.children.reduce((sum, child) => sum + fillParentScores(child), 0);
  if (node.score === null && node.children.length > 0) {
    node.score = childSum;
    node.appraisedScore = childSum;
  }
  return node.score ?? 0;
}

function isDeducted(node: Criterion): boolean {
  return node.score !== null && node.max !== null && node.score < node.max - TOLERANCE;
}

function toDeduction(node: Criterion): Deduction {
  const max = node.max ?? 0;
  const score = node.score ?? 0;
  return {
    code: node.code,
    title: node.title,
    level: node.level,
    max,
    score,
    lost: round2(max - score),
    reason: node.reason,
    cell: node.cells.score ?? node.cells.code,
    leaf: node.children.length === 0,
  };
}

function sourceFor(options: BuildOptions, firstRow: number, count: number): TableSource {
  const layout = (sheet: string, top: number, columns: ColumnMapping): TableLayout => ({
    sheet,
    headerTop: top - 1,
    headerBottom: top - 1,
    firstDataRow: top,
    lastDataRow: top + count, // the total row, one below the last criterion
    columns,
  });
  if (!options.split) return { kind: "single", table: layout(options.sheet ?? "Chấm điểm", firstRow, SINGLE) };
  return {
    kind: "split",
    criteria: layout(options.split.criteriaSheet, firstRow, SPLIT_CRITERIA),
    scores: layout(options.split.scoresSheet, options.split.scoresFirstRow, SPLIT_SCORES),
  };
}
