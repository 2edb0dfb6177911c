import type { CellRef } from "../base/cellRef";
import { flattenTree, type CriteriaTree, type Criterion } from "../tree/criteria";
import { round2, TOLERANCE, type Finding } from "../base/finding";
import type { Framework, FrameworkCriterion } from "../base/framework";
import { maxCellOf } from "../tree/nodeCells";
import { normalizeText } from "../base/normalizeText";

/**
 * Compares a workbook's criteria tree with the framework it should follow. Every deviation is a finding on the
 * workbook's cell:
 * - framework_missing (error): a framework criterion the workbook lacks (unless the framework marks it not
 *   self-assessed); the cell is its nearest ancestor's code cell, else the first area's;
 * - framework_extra (error): a workbook criterion the framework does not have;
 * - framework_max_mismatch (error): a maximum (an area's too) that differs from the framework's; for an area whose
 *   maximum the framework leaves open, the sum of the framework's criteria under it;
 * - framework_total_mismatch (error): the areas' maxima add up to another grand total than the framework's;
 * - framework_title_mismatch (warning): a title that differs beyond spacing, case and diacritics (both texts kept).
 */
export function compareWithFramework(tree: CriteriaTree, framework: Framework): Finding[] {
  const nodes = flattenTree(tree.areas);
  if (nodes.length === 0) return [];
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  const expectedMax = frameworkMaxima(framework.criteria);
  const findings: Finding[] = [];
  for (const wanted of framework.criteria) {
    const node = byCode.get(wanted.code);
    if (node) findings.push(...compareNode(node, wanted, expectedMax.get(wanted.code) ?? null));
    else if (wanted.assessed !== false) findings.push(missing(wanted, anchorOf(wanted.code, byCode, nodes[0])));
  }
  const known = new Set(framework.criteria.map((criterion) => criterion.code));
  for (const node of nodes) {
    if (!known.has(node.code)) {
      findings.push({ code: "framework_extra", severity: "error", cell: node.cells.code, criterion: node.code, actual: node.title });
    }
  }
  const total = totalMismatch(tree, framework, expectedMax, byCode);
  if (total) findings.push(total);
  return findings;
}

function compareNode(node: Criterion, wanted: FrameworkCriterion, max: number | null): Finding[] {
  const findings: Finding[] = [];
  if (max !== null && (node.max === null || Math.abs(node.max - max) > TOLERANCE)) {
    findings.push({
      code: "framework_max_mismatch",
      severity: "error",
      cell: maxCellOf(node),
      criterion: node.code,
      expected: round2(max),
      actual: node.max === null ? null : round2(node.max),
    });
  }
  if (wanted.title !== "" && normalizeText(wanted.title) !== normalizeText(node.title)) {
    findings.push({
      code: "framework_title_mismatch",
      severity: "warning",
      cell: node.cells.code,
      criterion: node.code,
      expected: wanted.title,
      actual: node.title,
    });
  }
  return findings;
}

function missing(wanted: FrameworkCriterion, cell: CellRef): Finding {
  return { code: "framework_missing", severity: "error", cell, criterion: wanted.code, expected: wanted.title };
}

/** The code cell of the nearest ancestor the workbook has ("2.6" for a missing "2.6.1"), else of its first node. */
function anchorOf(code: string, byCode: Map<string, Criterion>, first: Criterion): CellRef {
  for (let dot = code.lastIndexOf("."); dot > 0; dot = code.lastIndexOf(".", dot - 1)) {
    const ancestor = byCode.get(code.slice(0, dot));
    if (ancestor) return ancestor.cells.code;
  }
  return first.cells.code;
}

/** Each framework code's maximum: as stated, or for a node without one, the sum of its children's. */
function frameworkMaxima(criteria: readonly FrameworkCriterion[]): Map<string, number | null> {
  const children = new Map<string, FrameworkCriterion[]>();
  for (const criterion of criteria) {
    const dot = criterion.code.lastIndexOf(".");
    if (dot < 0) continue;
    const parent = criterion.code.slice(0, dot);
    children.set(parent, [...(children.get(parent) ?? []), criterion]);
  }
  const maxima = new Map<string, number | null>();
  const maxOf = (criterion: FrameworkCriterion): number | null => {
    if (maxima.has(criterion.code)) return maxima.get(criterion.code) ?? null;
    const below = children.get(criterion.code) ?? [];
    const sum = below.length === 0 ? null : below.reduce<number | null>((total, child) => add(total, maxOf(child)), 0);
    const max = criterion.max ?? sum;
    maxima.set(criterion.code, max);
    return max;
  };
  criteria.forEach(maxOf);
  return maxima;
}

function add(total: number | null, value: number | null): number | null {
  return total === null || value === null ? null : total + value;
}

/** An area the framework does not have units self-assess, and that the workbook leaves out, is left out of the total. */
function totalMismatch(
  tree: CriteriaTree,
  framework: Framework,
  maxima: Map<string, number | null>,
  byCode: Map<string, Criterion>,
): Finding | null {
  const areas = framework.criteria.filter((criterion) => !criterion.code.includes("."));
  const summed = areas.reduce<number | null>((total, area) => add(total, maxima.get(area.code) ?? null), 0);
  const skipped = areas
    .filter((area) => area.assessed === false && !byCode.has(area.code))
    .reduce<number | null>((total, area) => add(total, maxima.get(area.code) ?? null), 0);
  const stated = framework.total ?? summed;
  if (stated === null || skipped === null) return null;
  const expected = stated - skipped;
  const actual = tree.areas.reduce((total, area) => total + (area.max ?? 0), 0);
  if (Math.abs(actual - expected) <= TOLERANCE) return null;
  const cell = tree.stated?.maxCell ?? maxCellOf(tree.areas[0]);
  return { code: "framework_total_mismatch", severity: "error", cell, expected: round2(expected), actual: round2(actual) };
}
