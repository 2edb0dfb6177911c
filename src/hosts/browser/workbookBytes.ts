import type { HighlightPlan, RemediationSheetLayout, WorkbookSnapshot } from "../../domain";
import { openXlsxBytes } from "../xlsx/openXlsxBytes";
import { writePlanCopyBytes } from "../xlsx/planCopyBytes";

/**
 * The web page's seam to the xlsx reader and writer: bytes in, snapshot out; plan in, bytes of the copy out. Both
 * halves are the xlsx host's own functions (the ones `cchc plan` uses), so the page has no reader or writer of its own.
 */

/** A workbook opened from a picked file: its snapshot and the opened package the writer copies. */
export interface OpenedWorkbook {
  /** The picked file's name, e.g. "so-ngoai-vu-2020.xlsx". */
  fileName: string;
  snapshot: WorkbookSnapshot;
  /** The opened package; only the writer below looks inside. */
  readonly source: Awaited<ReturnType<typeof openXlsxBytes>>["workbook"];
}

/** Reads the bytes of a picked file. @throws HostError `file_encrypted` / `file_unreadable` (see openXlsxBytes). */
export async function openWorkbookBytes(bytes: Uint8Array, fileName: string): Promise<OpenedWorkbook> {
  const { workbook, snapshot } = await openXlsxBytes(bytes, fileName);
  return { fileName, snapshot, source: workbook };
}

/** The bytes of the copy: the original workbook, the highlight when given, and the GIẢI PHÁP sheet named `sheetName`. */
export async function writePlanCopy(
  opened: OpenedWorkbook,
  layout: RemediationSheetLayout,
  sheetName: string,
  highlight?: HighlightPlan,
): Promise<Uint8Array> {
  const { bytes } = await writePlanCopyBytes(opened.source, { layout, highlight, baseName: sheetName });
  return bytes;
}
