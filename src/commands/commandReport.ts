import { describeProblem, type Lang, type SetupProblem } from "../domain";
import { isHostError } from "../hosts/errors";
import { commandStrings } from "./strings";

/**
 * What a ribbon command tells the user when it ends, already in words: shown by the result dialog
 * (resultDialog.html). `lines` are ordered by importance (a long report loses its last lines first); `hint` is
 * always kept.
 */
export interface CommandReport {
  lang: Lang;
  tone: "success" | "warning" | "error";
  title: string;
  lines: string[];
  hint?: string;
}

/** The workbook could not be analysed (no scoring table, no score column…): nothing was written. */
export function reportProblem(problem: SetupProblem, lang: Lang, title: string): CommandReport {
  const s = commandStrings(lang);
  return { lang, tone: "warning", title, lines: [describeProblem(problem, lang), s.untouched], hint: s.openPane };
}

/**
 * A failure in words: a HostError's own message (the Office host words it, with what to do), else a generic line;
 * then Excel's original message from the `cause` chain as a detail. Never "GeneralException" alone.
 */
export function reportFailure(error: unknown, lang: Lang): CommandReport {
  const s = commandStrings(lang);
  const host = isHostError(error) && error.message ? error : undefined;
  const lines = [host ? host.message : s.unexpected];
  const detail = deepestMessage(host ? host.cause : error);
  if (detail && detail !== lines[0]) lines.push(s.detail(detail));
  return { lang, tone: "error", title: s.failedTitle, lines };
}

/** The most specific message in an error's `cause` chain (Excel's own words sit at the bottom). */
function deepestMessage(error: unknown): string {
  let current: unknown = error;
  let message = "";
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    if (current.message) message = current.message;
    current = current.cause;
  }
  return message;
}
