import type ExcelJS from "exceljs";
import { round2, styleBody } from "./officialSheet";

/** One criterion of a sample: leaves carry their numbers; parents get =SUM formulas of their children. */
export interface SampleNode {
  code: string;
  title: string;
  max?: number;
  self?: number;
  score?: number;
  reason?: string;
  evidence?: string;
  /** Scoring-band notes written as rows of their own under the criterion ("- Hoàn thành 100%: 1,5 điểm"). */
  notes?: string[];
  children?: SampleNode[];
}

/** 1-based columns of the table; a column left out is not written. */
export interface TreeColumns {
  code: number;
  title?: number;
  max?: number;
  self?: number;
  score?: number;
  reason?: number;
  evidence?: number;
}

export interface NodeTotals {
  max: number;
  self: number;
  score: number;
}

type NumberKey = "max" | "self" | "score";
const NUMBER_KEYS: NumberKey[] = ["max", "self", "score"];

/**
 * Writes `nodes` depth first from `startRow`, each parent's numbers as =SUM of its direct children with the cached
 * result Excel would have saved. Returns the next free row and, per top-level node, its row and totals.
 */
export function writeScoringTree(
  ws: ExcelJS.Worksheet,
  startRow: number,
  nodes: readonly SampleNode[],
  columns: TreeColumns,
): { nextRow: number; written: { row: number; totals: NodeTotals }[] } {
  let row = startRow;
  const written = nodes.map((node) => {
    const result = writeNode(ws, row, node, columns, 1);
    row = result.nextRow;
    return { row: result.row, totals: result.totals };
  });
  return { nextRow: row, written };
}

function writeNode(
  ws: ExcelJS.Worksheet,
  row: number,
  node: SampleNode,
  columns: TreeColumns,
  level: number,
): { row: number; nextRow: number; totals: NodeTotals } {
  const own = row;
  writeText(ws, own, columns, node, level);
  let next = own + 1;
  for (const note of node.notes ?? []) next = writeNoteRow(ws, next, columns, note);
  if (!node.children?.length) {
    const totals = { max: node.max ?? 0, self: node.self ?? 0, score: node.score ?? 0 };
    for (const key of NUMBER_KEYS) writeNumber(ws, own, columns[key], node[key], level);
    return { row: own, nextRow: next, totals };
  }
  const children = node.children.map((child) => {
    const result = writeNode(ws, next, child, columns, level + 1);
    next = result.nextRow;
    return result;
  });
  const totals = sumTotals(children.map((child) => child.totals));
  for (const key of NUMBER_KEYS) {
    const col = columns[key];
    if (col === undefined) continue;
    const letter = ws.getColumn(col).letter;
    const formula = `SUM(${children.map((child) => `${letter}${child.row}`).join(",")})`;
    writeNumber(ws, own, col, { formula, result: totals[key] }, level);
  }
  return { row: own, nextRow: next, totals };
}

function writeText(ws: ExcelJS.Worksheet, row: number, columns: TreeColumns, node: SampleNode, level: number): void {
  const font = { bold: level === 1, italic: level >= 3 };
  const cells: [number | undefined, string | undefined, boolean][] = [
    [columns.code, node.code, true],
    [columns.title, node.title, false],
    [columns.reason, node.reason, false],
    [columns.evidence, node.evidence, false],
  ];
  for (const [col, text, centred] of cells) {
    if (col === undefined) continue;
    const cell = ws.getCell(row, col);
    if (text) cell.value = text;
    styleBody(cell, font, centred);
  }
}

function writeNumber(
  ws: ExcelJS.Worksheet,
  row: number,
  col: number | undefined,
  value: number | ExcelJS.CellFormulaValue | undefined,
  level: number,
): void {
  if (col === undefined) return;
  const cell = ws.getCell(row, col);
  if (value !== undefined) cell.value = value;
  cell.numFmt = "0.##";
  styleBody(cell, { bold: level === 1 }, true);
}

function writeNoteRow(ws: ExcelJS.Worksheet, row: number, columns: TreeColumns, note: string): number {
  const last = Math.max(...Object.values(columns).filter((col): col is number => col !== undefined));
  for (let col = 1; col <= last; col += 1) styleBody(ws.getCell(row, col), { italic: true, size: 11 });
  ws.getCell(row, columns.title ?? columns.code).value = note;
  return row + 1;
}

function sumTotals(list: NodeTotals[]): NodeTotals {
  return {
    max: round2(list.reduce((sum, item) => sum + item.max, 0)),
    self: round2(list.reduce((sum, item) => sum + item.self, 0)),
    score: round2(list.reduce((sum, item) => sum + item.score, 0)),
  };
}

/** A "Tổng cộng" row: the label in the title column (else the code column), each number as the sum of the areas. */
export function writeTotalRow(
  ws: ExcelJS.Worksheet,
  row: number,
  areas: { row: number; totals: NodeTotals }[],
  columns: TreeColumns,
  label = "Tổng cộng",
): void {
  const last = Math.max(...Object.values(columns).filter((col): col is number => col !== undefined));
  for (let col = 1; col <= last; col += 1) styleBody(ws.getCell(row, col), { bold: true }, col !== columns.title);
  ws.getCell(row, columns.title ?? columns.code).value = label;
  for (const key of NUMBER_KEYS) {
    const col = columns[key];
    if (col === undefined) continue;
    const letter = ws.getColumn(col).letter;
    const formula = areas.map((area) => `${letter}${area.row}`).join("+");
    const result = round2(areas.reduce((sum, area) => sum + area.totals[key], 0));
    ws.getCell(row, col).value = { formula, result };
    ws.getCell(row, col).numFmt = "0.##";
  }
}
