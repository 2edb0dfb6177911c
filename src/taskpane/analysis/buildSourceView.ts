import {
  columnLetters,
  endCol,
  isCellError,
  valueAt,
  type AnalysisOptions,
  type AnalysisResult,
  type CellValue,
  type ColumnMapping,
  type ColumnRole,
  type SheetSnapshot,
  type TableLayout,
  type WorkbookSnapshot,
} from "../../domain";
import type { ColumnChoice, MappingTarget, MappingView, SourceView } from "./analysisView.types";

/** The roles the user may correct, per kind of sheet. */
const SINGLE_ROLES: ColumnRole[] = ["code", "title", "max", "self", "appraised", "reason"];
const CRITERIA_ROLES: ColumnRole[] = ["code", "title", "max"];
const SCORES_ROLES: ColumnRole[] = ["code", "self", "appraised", "reason"];

/** The sheet, score and column choices to show, from the last analysis (or the options when it failed). */
export function buildSourceView(snapshot: WorkbookSnapshot, result: AnalysisResult, options: AnalysisOptions): SourceView {
  const view = buildSheetsView(snapshot, result, options);
  const { framework } = options;
  return framework ? { ...view, framework: { name: framework.name, count: framework.criteria.length } } : view;
}

function buildSheetsView(snapshot: WorkbookSnapshot, result: AnalysisResult, options: AnalysisOptions): SourceView {
  const candidates = result.ok ? result.analysis.candidateSheets : [];
  const sheets = orderSheets(snapshot, candidates);
  if (!result.ok) {
    const { sheet, criteriaSheet, scoresSheet, score = "appraised" } = options;
    return { sheets, sheet: sheet ?? result.problem.sheet, scoreSource: score, criteriaSheet, scoresSheet, mappings: [] };
  }
  const { source, scoreSource } = result.analysis;
  if (source.kind === "single") {
    const mapping = mappingView(snapshot, source.table, "columns", SINGLE_ROLES);
    return { sheets, sheet: source.table.sheet, scoreSource, mappings: compact([mapping]) };
  }
  return {
    sheets,
    scoreSource,
    criteriaSheet: source.criteria.sheet,
    scoresSheet: source.scores.sheet,
    mappings: compact([
      mappingView(snapshot, source.criteria, "columns", CRITERIA_ROLES),
      mappingView(snapshot, source.scores, "scoresColumns", SCORES_ROLES),
    ]),
  };
}

/** The layout's detected mapping, to which a user's correction is applied. */
export function layoutColumns(result: AnalysisResult | undefined, target: MappingTarget): ColumnMapping {
  if (!result?.ok) return {};
  const { source } = result.analysis;
  if (source.kind === "single") return source.table.columns;
  return target === "columns" ? source.criteria.columns : source.scores.columns;
}

function orderSheets(snapshot: WorkbookSnapshot, candidates: string[]): string[] {
  const visible = snapshot.sheets.filter((sheet) => !sheet.hidden).map((sheet) => sheet.name);
  return [...candidates, ...visible.filter((name) => !candidates.includes(name))];
}

function mappingView(
  snapshot: WorkbookSnapshot,
  layout: TableLayout,
  target: MappingTarget,
  roles: ColumnRole[],
): MappingView | null {
  const sheet = snapshot.sheets.find((candidate) => candidate.name === layout.sheet);
  if (!sheet) return null;
  const fields = roles.map((role) => ({ role, cols: mappedCols(layout.columns, role), multiple: role === "appraised" }));
  return { target, sheet: sheet.name, choices: columnChoices(sheet, layout), fields };
}

function mappedCols(columns: ColumnMapping, role: ColumnRole): number[] {
  const value = columns[role];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Every column of the sheet with the text of its header rows (a merged header counts for each column it spans). */
function columnChoices(sheet: SheetSnapshot, layout: TableLayout): ColumnChoice[] {
  const choices: ColumnChoice[] = [];
  for (let col = sheet.origin.col; col < endCol(sheet); col++) {
    choices.push({ col, letters: columnLetters(col), header: headerText(sheet, layout, col) });
  }
  return choices;
}

function headerText(sheet: SheetSnapshot, layout: TableLayout, col: number): string {
  const parts: string[] = [];
  for (let row = layout.headerTop; row <= layout.headerBottom; row++) {
    const text = cellText(mergedValue(sheet, row, col)).replace(/\s+/g, " ").trim();
    if (text && !parts.includes(text)) parts.push(text);
  }
  return parts.join(" / ");
}

function mergedValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const merge = sheet.merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
  return merge ? valueAt(sheet, merge.top, merge.left) : valueAt(sheet, row, col);
}

function cellText(value: CellValue): string {
  if (value === null) return "";
  return isCellError(value) ? value.error : String(value);
}

function compact<T>(items: (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null);
}
