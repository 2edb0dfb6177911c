import type { SetupProblem } from "./analysis";
import type { Finding } from "./finding";
import type { Lang } from "./lang";

/** The finding in words, in the given language. */
export function describeFinding(_finding: Finding, _lang: Lang = "vi"): string {
  throw new Error("PLACEHOLDER: describeFinding not implemented yet");
}

/** Why the workbook could not be analysed, in words, naming the sheet(s) and what was looked for. */
export function describeProblem(_problem: SetupProblem, _lang: Lang = "vi"): string {
  throw new Error("PLACEHOLDER: describeProblem not implemented yet");
}
