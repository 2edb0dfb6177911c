import { parseA1, type CellValue, columnLetters } from "../../src/domain";
import { formatRect, parseRangeAddress } from "./address";
import { cellAt, findSheet, forEachCell, keyCol, keyRow, usedRect, type CellFormat, type CellModel, type SheetModel, type WorkbookModel } from "./model";

/** What tests read (and seed) directly in the fake workbook, bypassing the strict API. */
export interface WorkbookInspector {
  sheetNames(): string[];
  activeSheet(): string;
  /** "Sheet!A1:B2" of the selection, or null. */
  selection(): string | null;
  /** Values of a range (default: the used range from A1), null for empty, `{ error }` for errors. */
  values(sheet: string, range?: string): CellValue[][];
  cell(sheet: string, a1: string): CellModel | undefined;
  /** Every cell Excel took for a formula, as "A1" -> formula. */
  formulas(sheet: string): Record<string, string>;
  conditionalFormats(sheet: string): { id: string; type: string; range: string; formula: string; fill: string | null }[];
  merges(sheet: string): string[];
  /** Points by column letter / by 1-based row number. */
  columnWidths(sheet: string): Record<string, number>;
  rowHeights(sheet: string): Record<number, number>;
  pageLayout(sheet: string): SheetModel["pageLayout"];
  isProtected(sheet: string): boolean;
  /** Everything but values (number formats, formats, conditional formats, merges, sizes), for before/after checks. */
  formatState(sheet: string): unknown;
  /** Seeding: direct formats, number formats, conditional formats, protection. */
  setFormat(sheet: string, range: string, format: Partial<CellFormat>): void;
  setNumberFormat(sheet: string, range: string, numberFormat: string): void;
  addConditionalFormat(sheet: string, range: string, formula: string, fill: string): void;
  setProtected(sheet: string, value: boolean): void;
}

export function inspectWorkbook(model: WorkbookModel): WorkbookInspector {
  const sheetOf = (name: string): SheetModel => {
    const sheet = findSheet(model, name);
    if (!sheet) throw new Error(`fake Excel: no sheet "${name}"`);
    return sheet;
  };
  return {
    sheetNames: () => model.sheets.map((s) => s.name),
    activeSheet: () => (model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0]).name,
    selection: () => {
      const sel = model.selection;
      const sheet = sel && model.sheets.find((s) => s.id === sel.sheetId);
      return sel && sheet ? `${sheet.name}!${formatRect(sel.rect)}` : null;
    },
    values: (name, range) => readValues(sheetOf(name), range),
    cell: (name, a1) => {
      const at = parseA1(a1);
      const cell = at ? cellAt(sheetOf(name), at.row, at.col) : undefined;
      return cell && JSON.parse(JSON.stringify(cell));
    },
    formulas: (name) => {
      const found: Record<string, string> = {};
      for (const [key, cell] of sheetOf(name).cells) if (cell.formula) found[`${columnLetters(keyCol(key))}${keyRow(key) + 1}`] = cell.formula;
      return found;
    },
    conditionalFormats: (name) =>
      sheetOf(name).conditionalFormats.map((cf) => ({ id: cf.id, type: cf.type, range: formatRect(cf.rect), formula: cf.formula, fill: cf.fill })),
    merges: (name) => sheetOf(name).merges.map(formatRect),
    columnWidths: (name) => Object.fromEntries([...sheetOf(name).columnWidths].map(([c, w]) => [columnLetters(c), w])),
    rowHeights: (name) => Object.fromEntries([...sheetOf(name).rowHeights].map(([r, h]) => [r + 1, h])),
    pageLayout: (name) => ({ ...sheetOf(name).pageLayout }),
    isProtected: (name) => sheetOf(name).protected,
    formatState: (name) => formatState(sheetOf(name)),
    setFormat: (name, range, format) => forEachCell(sheetOf(name), parseRangeAddress(range), (cell) => Object.assign(cell.format, format)),
    setNumberFormat: (name, range, numberFormat) =>
      forEachCell(sheetOf(name), parseRangeAddress(range), (cell) => (cell.numberFormat = numberFormat)),
    addConditionalFormat: (name, range, formula, fill) =>
      sheetOf(name).conditionalFormats.push({
        id: `{CF-${model.nextConditionalFormatId++}}`,
        type: "Custom",
        rect: parseRangeAddress(range),
        formula,
        fill: fill.toUpperCase(),
      }),
    setProtected: (name, value) => (sheetOf(name).protected = value),
  };
}

function readValues(sheet: SheetModel, range?: string): CellValue[][] {
  const rect = range ? parseRangeAddress(range) : { ...(usedRect(sheet, true) ?? { bottom: -1, right: -1 }), top: 0, left: 0 };
  const grid: CellValue[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const line: CellValue[] = [];
    for (let col = rect.left; col <= rect.right; col++) line.push(cellAt(sheet, row, col)?.value ?? null);
    grid.push(line);
  }
  return grid;
}

function formatState(sheet: SheetModel): unknown {
  const cells: Record<string, { numberFormat: string; format: CellFormat }> = {};
  const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
  for (const key of keys) {
    const cell = sheet.cells.get(key)!;
    if (cell.numberFormat === "General" && Object.keys(cell.format).length === 0) continue;
    cells[`${columnLetters(keyCol(key))}${keyRow(key) + 1}`] = { numberFormat: cell.numberFormat, format: cell.format };
  }
  return JSON.parse(
    JSON.stringify({
      cells,
      conditionalFormats: sheet.conditionalFormats,
      merges: sheet.merges,
      columnWidths: [...sheet.columnWidths],
      rowHeights: [...sheet.rowHeights],
      pageLayout: sheet.pageLayout,
    }),
  );
}
