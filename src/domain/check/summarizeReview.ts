import { round2 } from "../base/finding";
import type { DeductedCriterion, RankedUnit, Review, UnitReview } from "../base/review";

/**
 * Ranks the units by index (ties, equal to 2 decimals, share a rank), lists the areas across units and tallies the
 * deducted criteria across units: the material of a province-level remediation plan. Unusable files keep their row.
 */
export function summarizeReview(units: readonly UnitReview[], framework: string | null = null): Review {
  return { units: rankUnits(units), areas: listAreas(units), deducted: tallyDeductions(units), framework };
}

function rankUnits(units: readonly UnitReview[]): RankedUnit[] {
  const usable = units.filter((unit) => unit.status !== "unusable");
  const indexes = usable.map((unit) => round2(unit.index));
  const ranked = usable.map((unit, at) => ({ ...unit, rank: 1 + indexes.filter((index) => index > indexes[at]).length }));
  ranked.sort((a, b) => a.rank - b.rank || compareText(a.unit, b.unit) || compareText(a.file, b.file));
  const unusable = units
    .filter((unit) => unit.status === "unusable")
    .map((unit) => ({ ...unit, rank: null }))
    .sort((a, b) => compareText(a.file, b.file));
  return [...ranked, ...unusable];
}

function listAreas(units: readonly UnitReview[]): { code: string; title: string }[] {
  const areas = new Map<string, string>();
  for (const unit of units) for (const area of unit.areas) if (!areas.has(area.code)) areas.set(area.code, area.title);
  return [...areas].map(([code, title]) => ({ code, title })).sort((a, b) => compareCodes(a.code, b.code));
}

function tallyDeductions(units: readonly UnitReview[]): DeductedCriterion[] {
  const tally = new Map<string, { code: string; title: string; lost: number; unitNames: string[] }>();
  for (const unit of units) {
    for (const deduction of unit.deductions) {
      const entry = tally.get(deduction.code) ?? { code: deduction.code, title: deduction.title, lost: 0, unitNames: [] };
      entry.lost += deduction.lost;
      entry.unitNames.push(unit.unit);
      tally.set(deduction.code, entry);
    }
  }
  return [...tally.values()]
    .map((entry) => ({
      ...entry,
      units: entry.unitNames.length,
      lost: round2(entry.lost),
      average: round2(entry.lost / entry.unitNames.length),
    }))
    .sort((a, b) => b.units - a.units || b.lost - a.lost || compareCodes(a.code, b.code));
}

/** "2.10" after "2.9": dotted codes compared segment by segment. */
export function compareCodes(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const diff = (left[i] ?? -1) - (right[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, "vi");
}
