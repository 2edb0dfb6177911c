import { describeFinding, formatCellRef, round2, type Analysis, type Lang } from "../domain";

/**
 * One element of `cchc check --json`. Numbers are JSON numbers rounded to 2 decimals; cells are "Sheet!A1".
 * `sheet` is the scoring sheet (for a split layout: the criteria sheet, with `scoresSheet` beside it).
 */
export interface JsonReport {
  file: string;
  sheet: string;
  scoresSheet?: string;
  candidateSheets: string[];
  scoreSource: "appraised" | "self";
  total: {
    max: number;
    score: number;
    /** What the total row says (score), or null when there is no total row. */
    stated: number | null;
    statedMax: number | null;
    adjustments: number;
    index: number;
  };
  areas: { code: string; title: string; max: number; score: number; index: number; cell: string }[];
  /** Leaves and parents; `leaf` tells which criteria the appraisal actually cut. */
  deductions: {
    code: string;
    title: string;
    max: number;
    score: number;
    lost: number;
    reason: string;
    cell: string;
    leaf: boolean;
  }[];
  appraisalCuts: { code: string; self: number; appraised: number; cell: string }[];
  findings: {
    code: string;
    severity: "error" | "warning" | "info";
    cell: string;
    criterion?: string;
    expected?: number | string;
    actual?: number | string | null;
    message: string;
  }[];
}

/** A file that could not be used: `error` is the sentence also printed in text mode. */
export interface JsonFailure {
  file: string;
  error: string;
  errorCode: string;
}

export function toJsonReport(file: string, analysis: Analysis, lang: Lang): JsonReport {
  const { source, totals } = analysis;
  return {
    file,
    sheet: source.kind === "single" ? source.table.sheet : source.criteria.sheet,
    ...(source.kind === "split" ? { scoresSheet: source.scores.sheet } : {}),
    candidateSheets: analysis.candidateSheets,
    scoreSource: analysis.scoreSource,
    total: {
      max: round2(totals.max),
      score: round2(totals.score),
      stated: roundOrNull(totals.stated?.score),
      statedMax: roundOrNull(totals.stated?.max),
      adjustments: round2(totals.adjustments),
      index: round2(totals.index),
    },
    areas: analysis.areas.map((area) => ({
      code: area.code,
      title: area.title,
      max: round2(area.max),
      score: round2(area.score),
      index: round2(area.index),
      cell: formatCellRef(area.cell),
    })),
    deductions: analysis.deductions.map((item) => ({
      code: item.code,
      title: item.title,
      max: round2(item.max),
      score: round2(item.score),
      lost: round2(item.lost),
      reason: item.reason,
      cell: formatCellRef(item.cell),
      leaf: item.leaf,
    })),
    appraisalCuts: analysis.appraisalCuts.map((cut) => ({
      code: cut.code,
      self: round2(cut.self),
      appraised: round2(cut.appraised),
      cell: formatCellRef(cut.cell),
    })),
    findings: analysis.findings.map((finding) => ({
      code: finding.code,
      severity: finding.severity,
      cell: formatCellRef(finding.cell),
      ...(finding.criterion !== undefined ? { criterion: finding.criterion } : {}),
      ...(finding.expected !== undefined ? { expected: roundValue(finding.expected) } : {}),
      ...(finding.actual !== undefined ? { actual: roundValue(finding.actual) } : {}),
      message: describeFinding(finding, lang),
    })),
  };
}

function roundOrNull(value: number | null | undefined): number | null {
  return value === null || value === undefined ? null : round2(value);
}

function roundValue<T extends number | string | null>(value: T): T {
  return (typeof value === "number" ? round2(value) : value) as T;
}
