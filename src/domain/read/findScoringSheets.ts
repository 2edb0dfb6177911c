import type { AnalysisOptions, ColumnOverrides, SetupProblem, TableLayout } from "../base/options";
import { findTable } from "./findTable";
import { normalizeText } from "../base/normalizeText";
import { readRows, type TableRows } from "./readRows";
import type { SheetSnapshot, WorkbookSnapshot } from "../base/snapshot";

/** A sheet whose table was read: what it holds decides whether it is a whole scoring table or half of a split. */
export interface ScoringTable {
  sheet: SheetSnapshot;
  layout: TableLayout;
  rows: TableRows;
  kind: "full" | "criteria" | "scores";
}

export type SheetChoice =
  | { ok: true; kind: "single"; table: ScoringTable; candidates: string[] }
  | { ok: true; kind: "split"; criteria: ScoringTable; scores: ScoringTable; candidates: string[] }
  | { ok: false; problem: SetupProblem };

// The GIẢI PHÁP output sheet and the "Giải pháp mẫu" step template are never the scoring table.
const NOT_SCORING = /giai phap/;
// Names that suggest a copy or instructions: ranked after an equally long table.
const SECONDARY = /\b(cu|copy|old|ban sao|nam truoc|huong dan|mau|nhap)\b|\(\d+\)$/;

/**
 * Picks the scoring table(s): the sheet the caller named, the two sheets of a named split, or — without names — the
 * sheets holding a table with code, max and score, most criteria first (a split pair when no single sheet has all
 * three). Sheets named like "GIẢI PHÁP" / "Giải pháp mẫu" are skipped.
 */
export function findScoringSheets(workbook: WorkbookSnapshot, options: AnalysisOptions): SheetChoice {
  const examined = workbook.sheets.filter((sheet) => !NOT_SCORING.test(normalizeText(sheet.name))).map((s) => s.name);
  if (options.sheet) return chooseNamed(workbook, options.sheet, options.columns, examined);
  if (options.criteriaSheet || options.scoresSheet) return chooseNamedSplit(workbook, options, examined);
  const tables = workbook.sheets
    .filter((sheet) => examined.includes(sheet.name))
    .flatMap((sheet) => examineSheet(sheet, options.columns) ?? [])
    .filter((table) => table.rows.criteria.length > 0);
  return chooseBest(rank(tables), examined);
}

function chooseBest(tables: ScoringTable[], examined: string[]): SheetChoice {
  const full = tables.filter((table) => table.kind === "full");
  const names = tables.map((table) => table.sheet.name);
  if (full.length > 0) return { ok: true, kind: "single", table: full[0], candidates: full.map((t) => t.sheet.name) };
  const criteria = tables.find((table) => table.kind === "criteria");
  const scores = tables.find((table) => table.kind === "scores");
  if (criteria && scores) return { ok: true, kind: "split", criteria, scores, candidates: names };
  if (criteria) return problem("no_score_column", examined, criteria.sheet.name);
  if (scores) return problem("no_max_column", examined, scores.sheet.name);
  return problem("no_scoring_table", examined);
}

function chooseNamed(workbook: WorkbookSnapshot, name: string, columns: ColumnOverrides | undefined, examined: string[]): SheetChoice {
  const sheet = findSheet(workbook, name);
  if (!sheet) return problem("sheet_not_found", workbook.sheets.map((s) => s.name), name);
  const table = examineSheet(sheet, columns);
  if (!table) return problem("no_scoring_table", [sheet.name], sheet.name);
  const missing = missingColumn(table, true, true);
  if (missing) return problem(missing, [sheet.name], sheet.name);
  return { ok: true, kind: "single", table, candidates: [sheet.name, ...examined.filter((n) => n !== sheet.name)] };
}

function chooseNamedSplit(workbook: WorkbookSnapshot, options: AnalysisOptions, examined: string[]): SheetChoice {
  const pick = (name: string | undefined, wanted: "criteria" | "scores", columns?: ColumnOverrides): ScoringTable | SetupProblem => {
    if (!name) return autoHalf(workbook, examined, wanted, options);
    const sheet = findSheet(workbook, name);
    if (!sheet) return { code: "sheet_not_found", sheet: name, examined: workbook.sheets.map((s) => s.name) };
    const table = examineSheet(sheet, columns);
    if (!table) return { code: "no_scoring_table", sheet: sheet.name, examined: [sheet.name] };
    const missing = missingColumn(table, wanted === "criteria", wanted === "scores");
    return missing ? { code: missing, sheet: sheet.name, examined: [sheet.name] } : table;
  };
  const criteria = pick(options.criteriaSheet, "criteria", options.columns);
  if (!("rows" in criteria)) return { ok: false, problem: criteria };
  const scores = pick(options.scoresSheet, "scores", options.scoresColumns);
  if (!("rows" in scores)) return { ok: false, problem: scores };
  return { ok: true, kind: "split", criteria, scores, candidates: [criteria.sheet.name, scores.sheet.name] };
}

/** The other half of a split when the caller named only one sheet. */
function autoHalf(workbook: WorkbookSnapshot, examined: string[], wanted: "criteria" | "scores", options: AnalysisOptions): ScoringTable | SetupProblem {
  const named = [options.criteriaSheet, options.scoresSheet];
  const columns = wanted === "criteria" ? options.columns : options.scoresColumns;
  const tables = workbook.sheets
    .filter((sheet) => examined.includes(sheet.name) && !named.includes(sheet.name))
    .flatMap((sheet) => examineSheet(sheet, columns) ?? [])
    .filter((table) => table.rows.criteria.length > 0 && table.kind !== (wanted === "criteria" ? "scores" : "criteria"));
  const best = rank(tables)[0];
  return best ?? { code: wanted === "criteria" ? "no_max_column" : "no_score_column", examined };
}

function missingColumn(table: ScoringTable, needMax: boolean, needScore: boolean): SetupProblem["code"] | null {
  const { columns } = table.layout;
  if (needMax && columns.max === undefined) return "no_max_column";
  if (needScore && columns.self === undefined && !columns.appraised?.length) return "no_score_column";
  if (table.rows.criteria.length === 0) return columns.code === undefined ? "no_code_column" : "no_scoring_table";
  return null;
}

/** Reads a sheet's table, if it has one. */
export function examineSheet(sheet: SheetSnapshot, columns?: ColumnOverrides): ScoringTable | null {
  const found = findTable(sheet, columns);
  if (!found) return null;
  const rows = readRows(sheet, found);
  const layout = { ...found, lastDataRow: Math.max(rows.lastRow, found.firstDataRow) };
  const hasMax = layout.columns.max !== undefined;
  const hasScore = layout.columns.self !== undefined || (layout.columns.appraised?.length ?? 0) > 0;
  const kind = hasMax && hasScore ? "full" : hasMax ? "criteria" : "scores";
  return { sheet, layout, rows, kind };
}

/** Most criteria first; on a tie, visible before hidden, plain names before copies and templates, then tab order. */
function rank(tables: ScoringTable[]): ScoringTable[] {
  const penalty = (table: ScoringTable): number =>
    (table.sheet.hidden ? 2 : 0) + (SECONDARY.test(normalizeText(table.sheet.name)) ? 1 : 0);
  return tables
    .map((table, order) => ({ table, order }))
    .sort((a, b) => b.table.rows.criteria.length - a.table.rows.criteria.length || penalty(a.table) - penalty(b.table) || a.order - b.order)
    .map(({ table }) => table);
}

function findSheet(workbook: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const folded = normalizeText(name);
  return workbook.sheets.find((sheet) => sheet.name === name) ?? workbook.sheets.find((sheet) => normalizeText(sheet.name) === folded);
}

function problem(code: SetupProblem["code"], examined: string[], sheet?: string): SheetChoice {
  return { ok: false, problem: sheet === undefined ? { code, examined } : { code, sheet, examined } };
}
