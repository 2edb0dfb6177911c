import type { Analysis } from "./analysis";
import type { PlanOptions, RemediationTable } from "./remediation";

/** Composes the GIẢI PHÁP table: one row per area, in order. */
export function planRemediation(_analysis: Analysis, _options: PlanOptions): RemediationTable {
  throw new Error("PLACEHOLDER: planRemediation not implemented yet");
}
