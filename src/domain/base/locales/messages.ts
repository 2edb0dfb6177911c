import type { SetupProblem, SetupProblemCode } from "../options";
import { formatCellRef } from "../cellRef";
import type { Finding, FindingCode } from "../finding";
import { formatNumber } from "../formatNumber";
import { DEFAULT_LANG, type Lang } from "../lang";

/**
 * What a language must say: one message per finding code and per setup-problem code. Being records over the code
 * unions, a code added to FindingCode or SetupProblemCode does not compile until every locale words it.
 */
export interface Messages {
  findings: Record<FindingCode, (finding: Finding) => string>;
  problems: Record<SetupProblemCode, (problem: SetupProblem) => string>;
}

const LONG_TEXT = 60;

/** The finding's cell as users read it: "Điểm!E12". */
export function cellText(finding: Finding): string {
  return formatCellRef(finding.cell);
}

/** A finding's expected/actual value for a sentence: numbers as `lang` writes them, long text shortened, "" for none. */
export function valueText(value: number | string | null | undefined, lang: Lang = DEFAULT_LANG): string {
  if (typeof value === "number") return formatNumber(value, lang);
  if (typeof value !== "string") return "";
  const text = value.trim().replace(/\s+/g, " ");
  return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT - 1)}…` : text;
}

/** A text value whole, spaces collapsed (a title compared with the framework's: both must be read in full). */
export function fullText(value: number | string | null | undefined): string {
  return typeof value === "string" ? value.trim().replace(/\s+/g, " ") : valueText(value);
}

/** The missing parent of an orphan code: the finding's `expected` when given, else "2.6" for "2.6.1"; "" for an area. */
export function parentCodeOf(finding: Finding): string {
  if (typeof finding.expected === "string" && finding.expected.trim() !== "") return finding.expected.trim();
  const code = finding.criterion ?? "";
  const dot = code.lastIndexOf(".");
  return dot < 0 ? "" : code.slice(0, dot);
}

/** The code as written in the sheet (the finding's `actual`) when it differs from the normalised code ("1" for 2.1). */
export function writtenCodeOf(finding: Finding): string {
  const written = valueText(finding.actual);
  return written !== "" && written !== finding.criterion ? written : "";
}

/** An area's code has no dot ("2"); criteria have one or more ("2.6", "2.6.1"). */
export function isAreaCode(code: string): boolean {
  return !code.includes(".");
}

/** Sheet names for a sentence: "A, B". */
export function sheetList(names: readonly string[]): string {
  return names.join(", ");
}
