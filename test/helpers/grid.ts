import { parseA1, type CellRef, type CellRange, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../src/domain";

/** A sheet snapshot from rows written as in the sheet, starting at A1 unless `origin` says otherwise. */
export function sheet(
  name: string,
  values: CellValue[][],
  options: { origin?: { row: number; col: number }; merges?: string[]; protected?: boolean } = {},
): SheetSnapshot {
  return {
    name,
    origin: options.origin ?? { row: 0, col: 0 },
    values,
    merges: (options.merges ?? []).map(range),
    protected: options.protected,
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** cell("E12", "Điểm") -> { sheet: "Điểm", row: 11, col: 4 }: keeps tests readable. */
export function cell(a1: string, sheetName = "Sheet1"): CellRef {
  const at = parseA1(a1);
  if (!at) throw new Error(`not an A1 address: ${a1}`);
  return { sheet: sheetName, ...at };
}

/** range("A1:E2") -> 0-based inclusive CellRange. */
export function range(a1: string): CellRange {
  const [from, to = from] = a1.split(":");
  const start = parseA1(from);
  const end = parseA1(to);
  if (!start || !end) throw new Error(`not an A1 range: ${a1}`);
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}
