import type { CellValue } from "../../../domain";

/** Non-empty values by 0-based row, each row an array indexed by 0-based column; the block the snapshot holds. */
export class SparseGrid {
  // An array rather than a Map: rows come in order and a sheet's rows are mostly all used.
  private readonly rows: CellValue[][] = [];
  // -1 for "none yet" rather than Infinity: with Infinity V8 keeps these as doubles, and every row and column number
  // the engine derives from the origin (and every cell address it creates) would then be a boxed double.
  private top = -1;
  private bottom = -1;
  private left = -1;
  private dirty = false;
  /** Array slots held (values and the blanks before them in their row): what a sheet costs in memory. */
  slots = 0;

  set(row: number, col: number, value: CellValue): void {
    if (value === null || value === "") return;
    const line = (this.rows[row] ??= []);
    if (line.length <= col) this.slots += col + 1 - line.length;
    while (line.length < col) line.push(null);
    line[col] = value;
    if (this.top < 0 || row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (this.left < 0 || col < this.left) this.left = col;
  }

  /** Empties the cells of a rectangle (0-based, inclusive) except its top-left one; visits stored cells only. */
  clearCovered(top: number, left: number, bottom: number, right: number): void {
    const last = Math.min(bottom, this.rows.length - 1);
    for (let row = top; row <= last; row++) {
      const line = this.rows[row];
      if (!line) continue;
      const end = Math.min(right, line.length - 1);
      for (let col = row === top ? left + 1 : left; col <= end; col++) {
        if (line[col] !== null && line[col] !== undefined) this.dirty = true;
        line[col] = null;
      }
    }
  }

  /** The snapshot's block: origin and rows. */
  bounds(): { origin: { row: number; col: number }; values: CellValue[][] } {
    if (this.dirty) this.recomputeBounds();
    return { origin: this.origin(), values: this.toRows() };
  }

  /** After cells were emptied, the block may have shrunk. */
  private recomputeBounds(): void {
    this.top = this.bottom = this.left = -1;
    this.rows.forEach((line, row) => {
      const first = line.findIndex((value) => value !== null && value !== undefined);
      if (first < 0) return;
      if (this.top < 0) this.top = row;
      this.bottom = row;
      if (this.left < 0 || first < this.left) this.left = first;
    });
    this.dirty = false;
  }

  /** The first stored row, or -1 when the grid is empty. */
  firstRow(): number {
    return this.top;
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
