import type { StepTemplate } from "./remediation";
import type { WorkbookSnapshot } from "./snapshot";

/** Reads a sheet named like "Giải pháp mẫu" (code -> step, deadline, note), when the workbook has one. */
export function readStepTemplates(_workbook: WorkbookSnapshot): StepTemplate[] {
  throw new Error("PLACEHOLDER: readStepTemplates not implemented yet");
}
