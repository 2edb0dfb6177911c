import type { Analysis } from "./analysis";
import type { HighlightPlan } from "./highlight";

/** Conditional formats that colour deducted criteria (following the scores) and cells holding an error finding. */
export function planHighlight(_analysis: Analysis): HighlightPlan {
  throw new Error("PLACEHOLDER: planHighlight not implemented yet");
}
