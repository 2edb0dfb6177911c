import type { HighlightPlan, RemediationSheetLayout, WorkbookSnapshot } from "../../domain";
import { planPackageOf, readWorkbookBytes } from "../readWorkbookBytes";
import { addPlanToXlsx } from "../xlsx/package/addPlanToXlsx";
import type { XlsxPackage } from "../xlsx/package/openXlsx";

/**
 * The web page's seam to the workbook readers and the xlsx writer: bytes in, snapshot out; plan in, bytes of the copy
 * out. These are the very functions `cchc check` and `cchc plan` use, so the page has no reader or writer of its own.
 */

/** A workbook opened from a picked file: its snapshot and the package the writer adds to. */
export interface OpenedWorkbook {
  /** The picked file's name, e.g. "so-ngoai-vu-2020.xlsx". */
  fileName: string;
  /** What the file is, by content: an .xls or .ods is downloaded as an .xlsx copy. */
  format: "xlsx" | "xls" | "ods";
  snapshot: WorkbookSnapshot;
  readonly package: XlsxPackage;
  /** Sheets beyond the reader's size limits, read only in part. */
  partlyRead: string[];
}

/**
 * Reads the bytes of a picked .xlsx/.xlsm, .xls or .ods file. Every sheet is read whole: the page has no sheet option
 * to name one beforehand, and the user may pick any sheet in the pane afterwards.
 * @throws HostError `file_encrypted`, `file_unreadable`, `file_xlsb`, `file_lotus_works`, `file_old_excel`.
 */
export function openWorkbookBytes(bytes: Uint8Array, fileName: string): OpenedWorkbook {
  const doc = readWorkbookBytes(bytes, fileName, { limits: { judgeAboveBytes: Number.POSITIVE_INFINITY } });
  const partlyRead = doc.notes.map((note) => note.sheet);
  return { fileName, format: doc.format, snapshot: doc.snapshot, package: planPackageOf(doc), partlyRead };
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
