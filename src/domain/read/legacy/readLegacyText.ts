import type { CellRef } from "../../base/cellRef";
import { toA1 } from "../../base/cellRef";
import type { Finding } from "../../base/finding";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../base/snapshot";
import { decodeLegacyText, encodingOfFont, guessLegacyEncoding, type LegacyEncoding } from "./decodeLegacyText";

/** The cells of one sheet whose text was converted from one legacy encoding. */
export interface LegacyConversion {
  sheet: string;
  encoding: "TCVN3" | "VNI";
  /** In sheet order (row, then column). */
  cells: CellRef[];
}

export interface LegacyTextResult {
  /** The workbook with every legacy text converted to Unicode NFC; the input itself when nothing was converted. */
  workbook: WorkbookSnapshot;
  conversions: LegacyConversion[];
  /** One info finding per sheet and encoding, naming the converted cells. */
  findings: Finding[];
}

/**
 * The first step of reading: text typed in TCVN3 (.VnTime, .VnTimeH) or VNI-Windows (VNI-Times) becomes Unicode NFC
 * before anything is matched. A cell is converted when its font names a legacy encoding, or — fonts lost — when its
 * characters read as one (see guessLegacyEncoding). Numbers, booleans and errors are never touched; the input
 * snapshot is not modified.
 */
export function readLegacyText(workbook: WorkbookSnapshot): LegacyTextResult {
  const conversions: LegacyConversion[] = [];
  const sheets = workbook.sheets.map((sheet) => convertSheet(sheet, conversions));
  if (conversions.length === 0) return { workbook, conversions, findings: [] };
  return { workbook: { ...workbook, sheets }, conversions, findings: conversions.map(toFinding) };
}

function convertSheet(sheet: SheetSnapshot, conversions: LegacyConversion[]): SheetSnapshot {
  const found: Record<LegacyConversion["encoding"], CellRef[]> = { TCVN3: [], VNI: [] };
  let values: CellValue[][] | null = null;
  sheet.values.forEach((line, r) => {
    line.forEach((value, c) => {
      if (typeof value !== "string") return;
      const encoding = chooseEncoding(value, sheet.fonts?.[r]?.[c]);
      if (!encoding) return;
      const text = decodeLegacyText(value, encoding);
      if (text === value) return;
      values ??= sheet.values.map((row) => row.slice());
      values[r][c] = text;
      found[encoding === "vni" ? "VNI" : "TCVN3"].push({ sheet: sheet.name, row: sheet.origin.row + r, col: sheet.origin.col + c });
    });
  });
  for (const encoding of ["TCVN3", "VNI"] as const) {
    if (found[encoding].length > 0) conversions.push({ sheet: sheet.name, encoding, cells: found[encoding] });
  }
  return values ? { ...sheet, values } : sheet;
}

/** The font decides when it names a legacy encoding, unless the text is already Unicode Vietnamese. */
function chooseEncoding(text: string, font: string | null | undefined): LegacyEncoding | null {
  const byFont = encodingOfFont(font);
  if (byFont && !/[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/.test(text)) return byFont;
  return guessLegacyEncoding(text);
}

function toFinding(conversion: LegacyConversion): Finding {
  return {
    code: "legacy_text_converted",
    severity: "info",
    cell: conversion.cells[0],
    expected: conversion.encoding,
    actual: describeCells(conversion.cells),
  };
}

/** "B1:G1, B5, C8:C9" — runs of neighbouring cells in a row joined, at most 30 parts, then "… (n ô)". */
export function describeCells(cells: readonly CellRef[]): string {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i <= cells.length; i++) {
    const prev = cells[i - 1];
    const next = cells[i];
    if (next && next.row === prev.row && next.col === prev.col + 1) continue;
    const first = cells[start];
    parts.push(first === prev ? toA1(first.row, first.col) : `${toA1(first.row, first.col)}:${toA1(prev.row, prev.col)}`);
    start = i;
  }
  const shown = parts.slice(0, 30).join(", ");
  return parts.length > 30 ? `${shown}, … (${cells.length})` : shown;
}
