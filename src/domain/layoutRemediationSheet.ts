import type { RemediationSheetLayout, RemediationTable } from "./remediation";

/** Lays the table out as a grid of text with merges, widths and font, for any host to write. */
export function layoutRemediationSheet(_table: RemediationTable): RemediationSheetLayout {
  throw new Error("PLACEHOLDER: layoutRemediationSheet not implemented yet");
}
