import { type CellRef, flattenTree, type Adjustment, type Criterion, type CriteriaTree } from "../../src/domain";
import { cell } from "./grid";

/**
 * Hand-built criteria trees for the engine's tests. Nodes get plausible cells in sheet "Điểm" once `tree()` lays
 * them out, depth first from row 6: A code, B title, C max, D self-assessed, E appraised (the score used),
 * F reason. Adjustment rows follow the criteria, then the total row.
 */
export const SHEET = "Điểm";
const FIRST_ROW = 6;

export interface NodeSpec {
  title?: string;
  max?: number | null;
  /** The score the analysis uses; defaults to `appraised`, else `self`, else null. */
  score?: number | null;
  self?: number | null;
  appraised?: number | null;
  reason?: string;
  children?: Criterion[];
  scoreFromChildren?: boolean;
  maxFromChildren?: boolean;
  /** The table has no reason column: the node gets no reason cell. */
  noReasonColumn?: boolean;
}

/** node("2.6", { max: 3, score: 2.5, children: [...] }): a Criterion; its cells are set by tree(). */
export function node(code: string, spec: NodeSpec = {}): Criterion {
  const score = spec.score !== undefined ? spec.score : (spec.appraised ?? spec.self ?? null);
  const placeholder = cell("A1", SHEET);
  return {
    code,
    writtenCode: code,
    title: spec.title ?? `Tiêu chí ${code}`,
    level: code.split(".").length,
    max: spec.max ?? null,
    score,
    selfScore: spec.self ?? null,
    appraisedScore: spec.appraised ?? null,
    reason: spec.reason ?? "",
    evidence: "",
    scoreFromChildren: spec.scoreFromChildren,
    maxFromChildren: spec.maxFromChildren,
    cells: spec.noReasonColumn ? { code: placeholder } : { code: placeholder, reason: placeholder },
    children: spec.children ?? [],
  };
}

export interface TreeSpec {
  stated?: { max: number | null; score: number | null };
  adjustments?: { label: string; points: number }[];
}

/** A CriteriaTree over the given areas, every node placed on its own row (see the file comment). */
export function tree(areas: Criterion[], spec: TreeSpec = {}): CriteriaTree {
  let row = FIRST_ROW;
  for (const item of flattenTree(areas)) placeNode(item, row++);
  const adjustments: Adjustment[] = (spec.adjustments ?? []).map((a) => ({ ...a, cell: at("E", row++) }));
  const stated = spec.stated ? { ...spec.stated, maxCell: at("C", row), scoreCell: at("E", row) } : null;
  return { areas, adjustments, stated };
}

/** The node with this code (throws when absent: a broken test, not data). */
export function nodeAt(source: CriteriaTree, code: string): Criterion {
  const found = flattenTree(source.areas).find((item) => item.code === code);
  if (!found) throw new Error(`no node ${code}`);
  return found;
}

/** "E12" -> the cell in sheet "Điểm". */
export function at(column: string, row: number): CellRef {
  return cell(`${column}${row}`, SHEET);
}

function placeNode(item: Criterion, row: number): void {
  const hasReason = item.cells.reason !== undefined;
  item.cells = {
    code: at("A", row),
    max: at("C", row),
    score: at("E", row),
    self: at("D", row),
    appraised: at("E", row),
    ...(hasReason ? { reason: at("F", row) } : {}),
  };
}
