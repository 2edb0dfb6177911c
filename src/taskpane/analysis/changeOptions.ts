import type { AnalysisOptions, ColumnMapping, ColumnOverrides, ColumnRole, ScoreSource } from "../../domain";
import type { MappingTarget } from "./analysisView.types";

/**
 * How each control of the pane changes the AnalysisOptions of the next analysis. Choosing another sheet drops the
 * column corrections (they belong to the previous sheet); the score choice is kept.
 */

export function withSheet(options: AnalysisOptions, sheet: string): AnalysisOptions {
  return { score: options.score, sheet };
}

export function withScoreSource(options: AnalysisOptions, score: ScoreSource): AnalysisOptions {
  return { ...options, score };
}

/** Split layout: sets (or clears, with undefined) the criteria or the scores sheet. */
export function withSplitSheet(
  options: AnalysisOptions,
  which: "criteria" | "scores",
  sheet: string | undefined,
): AnalysisOptions {
  const { score, criteriaSheet, scoresSheet } = options;
  const next = which === "criteria" ? { criteriaSheet: sheet, scoresSheet } : { criteriaSheet, scoresSheet: sheet };
  if (!next.criteriaSheet && !next.scoresSheet) return { score };
  return { score, ...dropUndefined(next) };
}

/**
 * Corrects one role of a mapping. `detected` is the mapping the last analysis used, so the engine receives the
 * complete corrected mapping; an empty `cols` says "no such column" (null), so the engine does not detect it again.
 */
export function withColumns(
  options: AnalysisOptions,
  target: MappingTarget,
  detected: ColumnMapping,
  role: ColumnRole,
  cols: number[],
): AnalysisOptions {
  const mapping: ColumnOverrides = { ...detected, ...options[target] };
  if (cols.length === 0) mapping[role] = null;
  else if (role === "appraised") mapping.appraised = [...cols].sort((a, b) => a - b);
  else mapping[role] = cols[0];
  return { ...options, [target]: mapping };
}

/** Pins the sheet(s) the last analysis used, so a column correction re-reads the same table. */
export function withSheetsOf(
  options: AnalysisOptions,
  used: { sheet?: string; criteriaSheet?: string; scoresSheet?: string },
): AnalysisOptions {
  return { ...options, ...dropUndefined(used) };
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
