import type { SheetSnapshot } from "../domain";
import { buildSheetWindow } from "./sheetWindow";

/** A sheet from B3 (origin row 2, col 1) of `rows` rows, each "r<row>c<col>" in 4 columns, with one number. */
function sheet(rows: number): SheetSnapshot {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: 4 }, (_, c) => `r${r + 2}c${c + 1}`));
  values[0][1] = 1.4200000001 as unknown as string;
  return { name: "Điểm", origin: { row: 2, col: 1 }, values, merges: [] };
}

it("marks exactly the asked cell and centres a window of rows on it", () => {
  const view = buildSheetWindow(sheet(100), { sheet: "Điểm", row: 50, col: 3 }, 11, 8);
  expect(view.marked).toBe("D51");
  expect(view.rows.map((row) => row.number)).toEqual([46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56]);
  const marked = view.rows.flatMap((row) => row.cells).filter((cell) => cell.marked);
  expect(marked).toEqual([{ a1: "D51", text: "r50c3", marked: true }]);
  expect(view.columns).toEqual(["B", "C", "D", "E"]);
});

it("keeps the window inside the sheet at its first and last rows, and formats numbers with a decimal comma", () => {
  const top = buildSheetWindow(sheet(100), { sheet: "Điểm", row: 2, col: 2 }, 11, 8);
  expect(top.rows[0].number).toBe(3);
  expect(top.rows).toHaveLength(11);
  expect(top.rows[0].cells.find((cell) => cell.a1 === "C3")?.text).toBe("1,42");
  const bottom = buildSheetWindow(sheet(100), { sheet: "Điểm", row: 101, col: 1 }, 11, 8);
  expect(bottom.rows.at(-1)?.number).toBe(102);
  expect(bottom.rows).toHaveLength(11);
});

it("shows a cell outside the used range (an empty cell a finding points at) as an empty marked cell", () => {
  const view = buildSheetWindow(sheet(5), { sheet: "Điểm", row: 8, col: 6 }, 11, 8);
  const marked = view.rows.flatMap((row) => row.cells).find((cell) => cell.marked);
  expect(marked).toEqual({ a1: "G9", text: "", marked: true });
});
