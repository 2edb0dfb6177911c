import type { SetupProblem } from "./options";
import type { Finding } from "./finding";
import { DEFAULT_LANG, type Lang } from "./lang";
import { en } from "./locales/en";
import type { Messages } from "./locales/messages";
import { vi } from "./locales/vi";

const LOCALES: Record<Lang, Messages> = { vi, en };

/**
 * The finding in words, in the given language (Vietnamese by default): names the cell ("Điểm!E12"), the criterion
 * and the expected and actual figures with a decimal comma.
 */
export function describeFinding(finding: Finding, lang: Lang = DEFAULT_LANG): string {
  return LOCALES[lang].findings[finding.code](finding);
}

/** Why the workbook could not be analysed, in words, naming the sheet(s) examined and what was looked for. */
export function describeProblem(problem: SetupProblem, lang: Lang = DEFAULT_LANG): string {
  return LOCALES[lang].problems[problem.code](problem);
}
