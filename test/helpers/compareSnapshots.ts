import { endCol, endRow, toA1, valueAt, type CellValue, type WorkbookSnapshot } from "../../src/domain";

/** Every cell whose value differs between two snapshots, as "Sheet!A1: a ≠ b" (sheets matched by position). */
export function diffSnapshots(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const diffs: string[] = [];
  a.sheets.forEach((left, index) => {
    const right = b.sheets[index];
    if (!right) return void diffs.push(`${left.name}: missing`);
    const rows = Math.max(endRow(left), endRow(right));
    const cols = Math.max(endCol(left), endCol(right));
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        const x: CellValue = valueAt(left, row, col);
        const y: CellValue = valueAt(right, row, col);
        if (JSON.stringify(x) !== JSON.stringify(y)) diffs.push(`${left.name}!${toA1(row, col)}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`);
      }
    }
  });
  return diffs;
}

/** Sheet name, visibility, protection and merged areas ("B1:I1"-style corners) of each sheet. */
export function describeSheets(snapshot: WorkbookSnapshot): unknown[] {
  return snapshot.sheets.map((sheet) => ({
    name: sheet.name,
    hidden: sheet.hidden ?? false,
    protected: sheet.protected ?? false,
    origin: sheet.origin,
    merges: sheet.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`),
  }));
}
