import type { HighlightPlan, RemediationSheetLayout, WorkbookSnapshot } from "../../domain";
import { addPlanToXlsx } from "../xlsx/package/addPlanToXlsx";
import { openXlsx, type XlsxPackage } from "../xlsx/package/openXlsx";

/**
 * The web page's seam to the xlsx reader and writer: bytes in, snapshot out; plan in, bytes of the copy out. Both
 * are the xlsx host's own pure functions (the ones `cchc check` and `cchc plan` use), so the page has no reader or
 * writer of its own.
 */

/** A workbook opened from a picked file: its snapshot and the package the writer adds to. */
export interface OpenedWorkbook {
  /** The picked file's name, e.g. "so-ngoai-vu-2020.xlsx". */
  fileName: string;
  snapshot: WorkbookSnapshot;
  readonly package: XlsxPackage;
  /** Sheets beyond the reader's size limits, read only in part. */
  partlyRead: string[];
}

/**
 * Reads the bytes of a picked file. Every sheet is read whole: the page has no sheet option to name one beforehand,
 * and the user may pick any sheet in the pane afterwards.
 * @throws HostError `file_encrypted` / `file_unreadable` (see openXlsx).
 */
export function openWorkbookBytes(bytes: Uint8Array, fileName: string): OpenedWorkbook {
  const { snapshot, package: pkg, notes } = openXlsx(bytes, { limits: { judgeAboveBytes: Number.POSITIVE_INFINITY } });
  return { fileName, snapshot, package: pkg, partlyRead: notes.map((note) => note.sheet) };
}

/** The bytes of the copy: the original workbook, the highlight when given, and the GIẢI PHÁP sheet named `sheetName`. */
export function writePlanCopy(
  opened: OpenedWorkbook,
  layout: RemediationSheetLayout,
  sheetName: string,
  highlight?: HighlightPlan,
): Uint8Array {
  return addPlanToXlsx(opened.package, layout, highlight ?? null, sheetName).bytes;
}
