import { buildTree } from "../tree/buildTree";
import { flattenTree } from "../tree/criteria";
import { examineSheet, type ScoringTable } from "../read/findScoringSheets";
import type { FrameworkResult } from "../base/framework";
import { normalizeText } from "../base/normalizeText";
import type { WorkbookSnapshot } from "../base/snapshot";

/**
 * Reads a framework from a workbook with the same engine that reads scoring sheets: a scoring sheet without scores
 * (code, title, maximum) is a framework; score columns, when present, are ignored. Uses `sheet` when given, else the
 * sheet with the most criteria that has a maximum column. The total row's maximum, when there is one, is the
 * framework's total. `where` names the sheet(s) examined when no such table is found.
 */
export function readFrameworkSheet(workbook: WorkbookSnapshot, name: string, sheet?: string): FrameworkResult {
  const sheets = workbook.sheets.filter((candidate) =>
    sheet === undefined ? !/giai phap/.test(normalizeText(candidate.name)) : candidate.name === sheet,
  );
  const tables = sheets
    .map((candidate) => examineSheet(candidate))
    .filter((table): table is ScoringTable => table !== null && table.layout.columns.max !== undefined)
    .filter((table) => table.rows.criteria.length > 0)
    .sort((a, b) => b.rows.criteria.length - a.rows.criteria.length);
  const table = tables[0];
  if (!table) return { ok: false, where: sheets.map((candidate) => candidate.name).join(", ") || (sheet ?? "") };
  const { tree } = buildTree(table.rows, "self");
  const criteria = flattenTree(tree.areas).map((node) => ({ code: node.code, title: node.title, max: node.max }));
  return { ok: true, framework: { name, criteria, total: tree.stated?.max ?? null } };
}
