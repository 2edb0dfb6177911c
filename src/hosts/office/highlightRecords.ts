import type { HighlightRule } from "../../domain";
import type { DocumentSettings } from "./officeRuntime";

/** The document setting where the add-in remembers the conditional formats it added. */
export const HIGHLIGHT_SETTING = "cchc.highlight";

/** One conditional format the add-in added: enough to find it again (sheet, range, formula, fill). */
export interface HighlightRecord {
  sheet: string;
  range: string;
  formula: string;
  fill: string;
}

export function toRecord(rule: HighlightRule): HighlightRecord {
  return { sheet: rule.sheet, range: rule.range, formula: rule.formula, fill: rule.fill };
}

/** The records saved in the document; anything malformed (edited by hand, older versions) is ignored. */
export function readRecords(settings: DocumentSettings): HighlightRecord[] {
  const raw = settings.get(HIGHLIGHT_SETTING);
  const list: unknown = typeof raw === "string" ? safeParse(raw) : raw;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (r): r is HighlightRecord =>
      typeof r === "object" && r !== null && ["sheet", "range", "formula", "fill"].every((k) => typeof (r as Record<string, unknown>)[k] === "string"),
  );
}

/** Stores the records (or removes the setting when there are none) and saves the document's settings. */
export function saveRecords(settings: DocumentSettings, records: HighlightRecord[]): Promise<void> {
  if (records.length) settings.set(HIGHLIGHT_SETTING, records);
  else settings.remove(HIGHLIGHT_SETTING);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => (result.status === "failed" ? reject(result.error ?? new Error("saveAsync failed")) : resolve())),
  );
}

/** Same rule as Excel shows it back: formulas compare without case or spaces, colours without case. */
export function sameRule(a: { formula: string; fill: string | null }, b: { formula: string; fill: string | null }): boolean {
  const formula = (f: string) => f.replace(/\s+/g, "").toUpperCase();
  return formula(a.formula) === formula(b.formula) && (a.fill ?? "").toUpperCase() === (b.fill ?? "").toUpperCase();
}

export function recordKey(r: HighlightRecord): string {
  return JSON.stringify([r.sheet.toLowerCase(), r.range.toUpperCase(), r.formula.replace(/\s+/g, "").toUpperCase(), r.fill.toUpperCase()]);
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
