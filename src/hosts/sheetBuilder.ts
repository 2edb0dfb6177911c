import { encodingOfFont, type CellRange, type CellValue, type SheetSnapshot } from "../domain";

/**
 * Collects the cells of one sheet, in any order, into the domain's SheetSnapshot: the block of non-empty values from
 * the first used row and column, merged areas, and the names of legacy Vietnamese fonts (.VnTime, VNI-Times) — the
 * only fonts the engine reads. Shared by the .xls and .ods readers; pure (runs in a browser too).
 */
export class SheetBuilder {
  private readonly rows: CellValue[][] = [];
  private readonly fonts: [number, number, string][] = [];
  private readonly merges: CellRange[] = [];
  private top = -1;
  private bottom = -1;
  private left = -1;

  /** Sets the value at 0-based (row, col); empty values are skipped. `font` is the cell's font name, if known. */
  set(row: number, col: number, value: CellValue, font?: string | null): void {
    if (value === null || value === "") return;
    (this.rows[row] ??= [])[col] = value;
    if (this.top < 0 || row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (this.left < 0 || col < this.left) this.left = col;
    if (font && encodingOfFont(font)) this.fonts.push([row, col, font]);
  }

  merge(range: CellRange): void {
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
  }

  build(name: string, extra: { hidden?: boolean; protected?: boolean } = {}): SheetSnapshot {
    const origin = this.bottom < 0 ? { row: 0, col: 0 } : { row: this.top, col: this.left };
    const values: CellValue[][] = [];
    for (let row = this.top; this.bottom >= 0 && row <= this.bottom; row++) values.push(fill(this.rows[row], origin.col));
    const sheet: SheetSnapshot = {
      name,
      origin,
      values,
      merges: [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left),
      protected: extra.protected ?? false,
      hidden: extra.hidden ?? false,
    };
    if (this.fonts.length > 0) sheet.fonts = placeFonts(this.fonts, origin);
    return sheet;
  }
}

/** Font names given as [row, col, name] in sheet coordinates, as the snapshot's `fonts` grid (aligned with values). */
export function placeFonts(fonts: readonly [number, number, string][], origin: { row: number; col: number }): (string | undefined)[][] {
  const grid: (string | undefined)[][] = [];
  for (const [row, col, font] of fonts) {
    if (row >= origin.row && col >= origin.col) (grid[row - origin.row] ??= [])[col - origin.col] = font;
  }
  for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grid;
}

/** A dense row from `left` on: holes become null. */
function fill(line: CellValue[] | undefined, left: number): CellValue[] {
  if (!line) return [];
  const out: CellValue[] = [];
  for (let col = left; col < line.length; col++) out.push(line[col] ?? null);
  return out;
}
