import type { ColumnMapping, TableLayout } from "../base/options";
import type { CellRef } from "../base/cellRef";
import { classifyRow } from "./classifyRow";
import type { Finding } from "../base/finding";
import { parseCellNumber, type CellNumber } from "./parseCellNumber";
import { createCodeResolver } from "./parseCode";
import { valueAt, type SheetSnapshot } from "../base/snapshot";

/** A number cell as read, with its address. */
export interface NumberCell {
  value: CellNumber;
  cell: CellRef;
}

/** The number cells of a row: maximum, self-assessed score, appraisal rounds left to right. */
export interface RowNumbers {
  max?: NumberCell;
  self?: NumberCell;
  appraised: NumberCell[];
}

/** One criterion row, code already normalised ("1" under "II" -> "2.1"). */
export interface TableRow extends RowNumbers {
  row: number;
  code: string;
  writtenCode: string;
  title: string;
  codeCell: CellRef;
  reason: string;
  reasonCell?: CellRef;
  evidence: string;
}

export interface TableAdjustment extends RowNumbers {
  label: string;
  sign: 1 | -1;
  cell: CellRef;
}

/** Everything read from a table's data rows. */
export interface TableRows {
  criteria: TableRow[];
  /** The first total row ("Tổng cộng"), when there is one. */
  total: (RowNumbers & { row: number; cell: CellRef }) | null;
  adjustments: TableAdjustment[];
  /** unreadable_row warnings. */
  findings: Finding[];
  /** The last row that belongs to the table (criterion, total or adjustment); -1 when none. */
  lastRow: number;
}

/**
 * Reads the data rows of a table in sheet order. Blank rows, scoring-band notes, section headings and anything
 * below the table are skipped on purpose; a row with content that fits nothing else inside the table, or with numbers
 * anywhere, gives an `unreadable_row` warning on its first non-empty cell.
 */
export function readRows(sheet: SheetSnapshot, layout: TableLayout): TableRows {
  const resolve = createCodeResolver();
  const result: TableRows = { criteria: [], total: null, adjustments: [], findings: [], lastRow: -1 };
  const doubtful: { row: number; hasNumbers: boolean }[] = [];
  const { columns } = layout;
  for (let row = layout.firstDataRow; row <= layout.lastDataRow; row++) {
    const kind = classifyRow(sheet, row, columns);
    if (kind.kind === "criterion") {
      const codeCol = kind.titleHoldsCode || columns.code === undefined ? columns.title : columns.code;
      const reasonCol = columns.reason;
      result.criteria.push({
        row,
        code: resolve(kind.code),
        writtenCode: kind.code.text,
        title: kind.title,
        codeCell: at(sheet, row, codeCol ?? sheet.origin.col),
        // Read here rather than through readNumbers: one object fewer on every criterion row.
        max: columns.max === undefined ? undefined : readNumber(sheet, row, columns.max),
        self: columns.self === undefined ? undefined : readNumber(sheet, row, columns.self),
        appraised: readRounds(sheet, row, columns),
        reason: textAt(sheet, row, reasonCol),
        reasonCell: reasonCol === undefined ? undefined : at(sheet, row, reasonCol),
        evidence: textAt(sheet, row, columns.evidence),
      });
    } else if (kind.kind === "total") {
      result.total ??= { row, cell: at(sheet, row, columns.title ?? columns.code ?? 0), ...readNumbers(sheet, row, columns) };
    } else if (kind.kind === "adjustment") {
      const cell = at(sheet, row, columns.title ?? columns.code ?? 0);
      result.adjustments.push({ label: kind.label, sign: kind.sign, cell, ...readNumbers(sheet, row, columns) });
    } else if (kind.kind === "other") {
      doubtful.push({ row, hasNumbers: kind.hasNumbers });
      continue;
    } else {
      continue;
    }
    result.lastRow = row;
  }
  result.findings = doubtful
    .filter(({ row, hasNumbers }) => hasNumbers || row < result.lastRow)
    .map(({ row }) => unreadableRow(sheet, row));
  if (layout.ignoredFromCol !== undefined) {
    const cell = at(sheet, layout.headerTop, layout.ignoredFromCol);
    result.findings.unshift({ code: "second_table_ignored", severity: "warning", cell, actual: textAt(sheet, layout.headerTop, layout.ignoredFromCol) });
  }
  return result;
}

/** The row's number cells; `appraised` lists the round columns in the mapping's order (round 1 first). */
export function readNumbers(sheet: SheetSnapshot, row: number, columns: ColumnMapping): RowNumbers {
  const appraised = readRounds(sheet, row, columns);
  const max = columns.max === undefined ? undefined : readNumber(sheet, row, columns.max);
  const self = columns.self === undefined ? undefined : readNumber(sheet, row, columns.self);
  return { max, self, appraised };
}

function readRounds(sheet: SheetSnapshot, row: number, columns: ColumnMapping): NumberCell[] {
  const rounds = columns.appraised ?? [];
  // Sized up front: an empty array grows to 16 slots on its first push, on every row of the table.
  const appraised: NumberCell[] = new Array(rounds.length);
  for (let i = 0; i < rounds.length; i++) appraised[i] = readNumber(sheet, row, rounds[i]);
  return appraised;
}

function readNumber(sheet: SheetSnapshot, row: number, col: number): NumberCell {
  return { value: parseCellNumber(valueAt(sheet, row, col)), cell: at(sheet, row, col) };
}

function textAt(sheet: SheetSnapshot, row: number, col: number | undefined): string {
  const value = col === undefined ? null : valueAt(sheet, row, col);
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

function unreadableRow(sheet: SheetSnapshot, row: number): Finding {
  const line = sheet.values[row - sheet.origin.row] ?? [];
  const index = line.findIndex((value) => value !== null && !(typeof value === "string" && value.trim() === ""));
  const value = line[index];
  const actual = typeof value === "string" || typeof value === "number" ? value : null;
  return { code: "unreadable_row", severity: "warning", cell: at(sheet, row, sheet.origin.col + index), actual };
}

function at(sheet: SheetSnapshot, row: number, col: number): CellRef {
  return { sheet: sheet.name, row, col };
}
