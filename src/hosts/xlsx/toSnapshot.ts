import ExcelJS from "exceljs";
import { encodingOfFont, type CellRange, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../domain";
import { flattenCell } from "./flattenCellValue";

/** The snapshot of every worksheet of a workbook, in tab order. */
export function toWorkbookSnapshot(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: workbook.worksheets.map(toSheetSnapshot) };
}

/**
 * One worksheet as the domain sees it: the block of non-empty values from the first used row and column (not
 * necessarily A1), merged areas, protection and visibility. Styled but empty cells do not widen the block.
 * Reads every stored cell once: 20,000 rows × 8 columns take ~40 ms on an idle machine (bench/xlsxHost.bench.ts).
 */
export function toSheetSnapshot(worksheet: ExcelJS.Worksheet): SheetSnapshot {
  const grid = new SparseGrid();
  const merges = new MergeCollector();
  const legacyFonts: [number, number, string][] = [];
  worksheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      // exceljs makes every covered cell of a merge answer with the top-left value; only the top-left one holds it.
      if (cell.type === ExcelJS.ValueType.Merge) merges.add(cell.master, rowNumber, colNumber);
      else {
        grid.set(rowNumber - 1, colNumber - 1, flattenCell(cell));
        const font = cell.font?.name;
        if (font && encodingOfFont(font)) legacyFonts.push([rowNumber - 1, colNumber - 1, font]);
      }
    });
  });
  const origin = grid.origin();
  return {
    name: worksheet.name,
    origin,
    values: grid.toRows(),
    ...(legacyFonts.length > 0 ? { fonts: placeFonts(legacyFonts, origin) } : {}),
    merges: merges.ranges(),
    protected: isProtected(worksheet),
    hidden: worksheet.state === "hidden" || worksheet.state === "veryHidden",
  };
}

/**
 * Font names aligned with the snapshot's values. Only the legacy Vietnamese fonts (.VnTime, VNI-Times) are kept — the
 * only fonts the engine reads — so a Unicode workbook carries no font grid at all.
 */
function placeFonts(fonts: [number, number, string][], origin: { row: number; col: number }): (string | undefined)[][] {
  const grid: (string | undefined)[][] = [];
  for (const [row, col, name] of fonts) {
    if (row < origin.row || col < origin.col) continue;
    (grid[row - origin.row] ??= [])[col - origin.col] = name;
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
}

/** exceljs's typings omit `sheetProtection`; it is `{ sheet: true, … }` when the sheet is protected. */
function isProtected(worksheet: ExcelJS.Worksheet): boolean {
  const protection = (worksheet as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  return protection?.sheet === true;
}

/** Non-empty values by 0-based row, each row an array indexed by 0-based column. */
class SparseGrid {
  // An array rather than a Map: rows come in order and a sheet's rows are mostly all used.
  private readonly rows: CellValue[][] = [];
  // -1 for "none yet" rather than Infinity: with Infinity V8 keeps these as doubles, and every row and column number
  // the engine derives from the origin (and every cell address it creates) would then be a boxed double.
  private top = -1;
  private bottom = -1;
  private left = -1;

  set(row: number, col: number, value: CellValue): void {
    if (value === null || value === "") return;
    const line = (this.rows[row] ??= []);
    while (line.length < col) line.push(null);
    line[col] = value;
    if (this.top < 0 || row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (this.left < 0 || col < this.left) this.left = col;
  }

  origin(): { row: number; col: number } {
    return this.bottom < 0 ? { row: 0, col: 0 } : { row: this.top, col: this.left };
  }

  toRows(): CellValue[][] {
    const values: CellValue[][] = [];
    if (this.bottom < 0) return values;
    for (let row = this.top; row <= this.bottom; row++) {
      const line = this.rows[row];
      // Most sheets start at column A: their rows are already in place, no copy needed.
      values.push(!line ? [] : this.left === 0 ? line : line.slice(this.left));
    }
    return values;
  }
}

/** Merged areas rebuilt from their covered cells, which exceljs creates for every merge it reads or makes. */
class MergeCollector {
  private readonly byMaster = new Map<ExcelJS.Cell, CellRange>();

  add(master: ExcelJS.Cell, rowNumber: number, colNumber: number): void {
    const row = rowNumber - 1;
    const col = colNumber - 1;
    const range = this.byMaster.get(master) ?? this.startAt(master);
    range.top = Math.min(range.top, row);
    range.left = Math.min(range.left, col);
    range.bottom = Math.max(range.bottom, row);
    range.right = Math.max(range.right, col);
  }

  ranges(): CellRange[] {
    return [...this.byMaster.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  }

  private startAt(master: ExcelJS.Cell): CellRange {
    const { row, col } = master.fullAddress;
    const range = { top: row - 1, left: col - 1, bottom: row - 1, right: col - 1 };
    this.byMaster.set(master, range);
    return range;
  }
}
