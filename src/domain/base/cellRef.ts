/** A cell named by sheet and 0-based coordinates, and its A1 forms. */
export interface CellRef {
  sheet: string;
  /** 0-based: row 0 is Excel row 1. */
  row: number;
  /** 0-based: col 0 is column A. */
  col: number;
}

/** Column letters for a 0-based column: 0 -> "A", 26 -> "AA". */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "E12" for row 11, col 4. */
export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "Điểm!E12": the form users read in messages and JSON (sheet name unquoted). */
export function formatCellRef(ref: CellRef): string {
  return `${ref.sheet}!${toA1(ref.row, ref.col)}`;
}

/** Parses "E12" (optionally "$E$12") into 0-based coordinates; null when it is not an A1 address. */
export function parseA1(a1: string): { row: number; col: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!match) return null;
  const col = match[1].toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

/** Parses "Sheet!E12" or "'My sheet'!E12" into a CellRef; null when malformed. */
export function parseCellRef(text: string): CellRef | null {
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const at = parseA1(text.slice(bang + 1));
  return at ? { sheet, ...at } : null;
}

/** A sheet name as it must appear inside an Excel formula or address: quoted when needed. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
