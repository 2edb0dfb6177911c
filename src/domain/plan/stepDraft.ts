import type { RemediationStep } from "./remediation";

/**
 * A remediation step as the step library writes it, before the year is known. `{year}` in the text is replaced by
 * the remediation year; `deadline` "quarter1" becomes "Quý I/{year}" (things to issue early in the year, such as
 * plans), "default" becomes `PlanOptions.defaultDeadline` ("Thường xuyên" unless told otherwise).
 */
export interface StepDraft {
  text: string;
  deadline: "quarter1" | "default";
  /** Ghi chú column, e.g. "Định kỳ 6 tháng/năm"; "" when none. */
  note: string;
}

/** The step with its year and deadline filled in. */
export function completeStep(draft: StepDraft, year: number, defaultDeadline: string): RemediationStep {
  return {
    text: draft.text.replace(/\{year\}/g, String(year)),
    deadline: draft.deadline === "quarter1" ? `Quý I/${year}` : defaultDeadline,
    note: draft.note,
  };
}
