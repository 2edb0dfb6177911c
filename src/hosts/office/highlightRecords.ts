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

/**
 * Tokens of a formula: string literals, and runs of name characters with an optional "(" (functions). A token
 * that is exactly an A1 reference is one Excel rewrites when rows are inserted or a rule is split by a paste
 * (`F6` becomes `F7`): a rule is recognised by what stays. No regex lookbehind: Safari before 16.4 (Excel on older
 * Macs) cannot parse it.
 */
const TOKEN = /("[^"]*")|([A-Za-z0-9_.$]+\(?)/g;
const A1 = /^\$?[A-Za-z]{1,3}\$?\d+$/;

/** The formula without its cell references, spaces or case: "=AND(ISNUMBER(F6),F6<2-0.005)" -> "=AND(ISNUMBER(@),@<2-0.005)". */
export function formulaShape(formula: string): string {
  return formula
    .replace(/\s+/g, "")
    .replace(TOKEN, (match, text) => (text || !A1.test(match) ? match : "@"))
    .toUpperCase();
}

/**
 * The add-in's mark of a rule: sheet, formula shape and fill. It survives Excel moving the rule's references and
 * range (rows inserted above, a rule split by a paste), and no user rule shares it unless it copies the add-in's
 * own formula and colour.
 */
export function ruleSignature(sheet: string, rule: { formula: string; fill: string | null }): string {
  return JSON.stringify([sheet.toLowerCase(), formulaShape(rule.formula), (rule.fill ?? "").toUpperCase()]);
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
