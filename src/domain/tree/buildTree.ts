import type { ScoreSource } from "../base/options";
import { isNotAssessed, type Adjustment, type CriteriaTree, type Criterion, type StatedTotal } from "./criteria";
import type { Finding } from "../base/finding";
import { numberOf } from "../read/parseCellNumber";
import type { RowNumbers, TableAdjustment, TableRows } from "../read/readRows";
import { isFilled, scoreCellOfRow } from "../read/scoreSource";
import { cellFindings, toCriterion } from "./toCriterion";

/**
 * Builds the criteria tree from the rows read, linear in their number (codes indexed in a Map).
 * - Parent = code minus its last segment. A repeated code gives `duplicate_code` on the later row, which is left out;
 *   a code whose parent is missing gives `orphan_code` and hangs under its nearest existing ancestor (or becomes a
 *   top-level node) so that its points still count.
 * - A parent whose score (or max) cell is blank takes its children's sum: `scoreFromChildren` / `maxFromChildren`.
 * - `missing_score` (error) on a leaf with a maximum and a blank score; but an area where no node holds any score
 *   (the surveyed area 8) gets one `missing_score` warning on the area row instead. `max_not_number` on a scored leaf
 *   with a blank maximum.
 */
export function buildTree(rows: TableRows, source: ScoreSource): { tree: CriteriaTree; findings: Finding[] } {
  const findings: Finding[] = [];
  const nodes = new Map<string, Criterion>();
  // Nodes whose own score / max cell is blank. Most cells are filled, so the blank ones are the smaller sets to keep.
  const blank: Blanks = { score: new Set<Criterion>(), max: new Set<Criterion>() };
  for (const row of rows.criteria) {
    const node = toCriterion(row, source, findings);
    if (nodes.has(node.code)) {
      findings.push({ code: "duplicate_code", severity: "error", cell: row.codeCell, criterion: node.code, actual: row.writtenCode });
      continue;
    }
    nodes.set(node.code, node);
    if (!isFilled(scoreCellOfRow(row, source))) blank.score.add(node);
    if (!isFilled(row.max)) blank.max.add(node);
  }
  const areas = linkNodes(nodes, findings);
  areas.forEach((area) => spreadNotAssessed(area, false, blank));
  areas.forEach((area) => deriveFromChildren(area, blank));
  for (const area of areas) {
    const subtree = flatten(area).filter((node) => !isNotAssessed(node));
    findings.push(...missingScores(area, subtree, blank.score), ...missingMaxima(subtree, blank.max));
  }
  const stated = rows.total ? readStated(rows.total, source, findings) : null;
  const adjustments = rows.adjustments.flatMap((row) => readAdjustment(row, source, findings));
  return { tree: { areas, adjustments, stated }, findings };
}

interface Blanks {
  score: Set<Criterion>;
  max: Set<Criterion>;
}

/** Hangs every node under its parent, in sheet order (Map order is insertion order). */
function linkNodes(nodes: Map<string, Criterion>, findings: Finding[]): Criterion[] {
  const roots: Criterion[] = [];
  for (const node of nodes.values()) {
    const dot = node.code.lastIndexOf(".");
    if (dot < 0) {
      roots.push(node);
      continue;
    }
    const parentCode = node.code.slice(0, dot);
    let parent = nodes.get(parentCode);
    if (!parent) {
      findings.push({ code: "orphan_code", severity: "error", cell: node.cells.code, criterion: node.code, expected: parentCode });
      parent = nearestAncestor(nodes, node.code.split("."));
    }
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

function nearestAncestor(nodes: Map<string, Criterion>, segments: string[]): Criterion | undefined {
  for (let length = segments.length - 2; length >= 1; length--) {
    const ancestor = nodes.get(segments.slice(0, length).join("."));
    if (ancestor) return ancestor;
  }
  return undefined;
}

/**
 * A node not assessed takes its whole branch with it (nothing under it counts); a parent whose children are all not
 * assessed and whose own maximum and score cells are blank is not assessed either. Returns whether `node` is.
 */
function spreadNotAssessed(node: Criterion, underMark: boolean, blank: Blanks): boolean {
  if (underMark) Object.assign(node, { max: null, score: null, notAssessed: true });
  const marked = isNotAssessed(node);
  let allChildren = node.children.length > 0;
  for (const child of node.children) allChildren = spreadNotAssessed(child, marked, blank) && allChildren;
  if (!marked && allChildren && blank.max.has(node) && blank.score.has(node)) node.notAssessed = true;
  return isNotAssessed(node);
}

/**
 * Post-order: a parent with a blank max or score takes its children's sum when any child has one. Only a blank cell:
 * a #REF! or a text in a parent's cell is reported, not papered over with a sum. No recursion: the input's depth
 * (a chain of thousands of codes) must not decide whether the call stack suffices.
 */
function deriveFromChildren(root: Criterion, blank: Blanks): void {
  const preorder: Criterion[] = [];
  for (const stack = [root]; stack.length > 0; ) {
    const node = stack.pop()!;
    preorder.push(node);
    for (const child of node.children) stack.push(child);
  }
  // Every child comes after its parent in pre-order, so the reverse visits children first.
  for (let at = preorder.length - 1; at >= 0; at--) deriveNode(preorder[at], blank);
}

function deriveNode(node: Criterion, blank: Blanks): void {
  if (node.children.length === 0) return;
  if (blank.max.has(node)) {
    const sum = sumOf(node.children.map((child) => child.max));
    if (sum !== null) Object.assign(node, { max: sum, maxFromChildren: true });
  }
  if (blank.score.has(node)) {
    const sum = sumOf(node.children.map((child) => child.score));
    if (sum !== null) Object.assign(node, { score: sum, scoreFromChildren: true });
  }
}

function sumOf(values: (number | null)[]): number | null {
  let sum: number | null = null;
  for (const value of values) if (value !== null) sum = (sum ?? 0) + value;
  return sum;
}

function missingScores(area: Criterion, subtree: Criterion[], blankScore: Set<Criterion>): Finding[] {
  if (subtree.every((node) => blankScore.has(node))) {
    if (!subtree.some((node) => node.max !== null)) return [];
    return [{ code: "missing_score", severity: "warning", cell: area.cells.score ?? area.cells.code, criterion: area.code }];
  }
  return subtree
    .filter((node) => node.children.length === 0 && node.max !== null && node.score === null && blankScore.has(node))
    .map((node) => ({ code: "missing_score", severity: "error", cell: node.cells.score ?? node.cells.code, criterion: node.code }));
}

/**
 * max_not_number on a scored leaf whose maximum cell is blank ("-", "x"). A leaf with neither a maximum nor a score
 * is a criterion marked not applicable: nothing to check (a parent that states a maximum shows any gap in its sum).
 */
function missingMaxima(subtree: Criterion[], blankMax: Set<Criterion>): Finding[] {
  return subtree
    .filter((node) => node.children.length === 0 && node.max === null && node.score !== null && blankMax.has(node))
    .map((node) => ({ code: "max_not_number", severity: "error", cell: node.cells.max ?? node.cells.code, criterion: node.code, actual: null }));
}

function flatten(node: Criterion): Criterion[] {
  const all: Criterion[] = [];
  const visit = (current: Criterion): void => {
    all.push(current);
    current.children.forEach(visit);
  };
  visit(node);
  return all;
}

function readStated(total: RowNumbers & { row: number }, source: ScoreSource, findings: Finding[]): StatedTotal {
  const scoreCell = scoreCellOfRow(total, source);
  findings.push(...cellFindings(total.max, "max_not_number"), ...cellFindings(scoreCell, "score_not_number"));
  return { max: numberOf(total.max?.value), score: numberOf(scoreCell?.value), maxCell: total.max?.cell, scoreCell: scoreCell?.cell };
}

/** Signed points of a bonus/penalty row: the used score column, else any other score column that holds a value. */
function readAdjustment(row: TableAdjustment, source: ScoreSource, findings: Finding[]): Adjustment[] {
  const other: ScoreSource = source === "appraised" ? "self" : "appraised";
  const cell = [scoreCellOfRow(row, source), scoreCellOfRow(row, other)].find(isFilled);
  if (!cell) return [];
  findings.push(...cellFindings(cell, "score_not_number"));
  const points = numberOf(cell.value);
  if (points === null) return [];
  return [{ label: row.label, points: row.sign < 0 ? -Math.abs(points) : points, cell: cell.cell }];
}
