import type { Lang } from "../../domain";
import { HostError } from "../errors";
import { hostMessage } from "./messages";
import type { ExcelRuntime, OfficeRuntime } from "./officeRuntime";

/**
 * The ExcelApi requirement sets the host uses. The manifest declares MIN_EXCEL_API; the others are optional and
 * checked before use (the feature is skipped when Excel lacks it).
 */
export const MIN_EXCEL_API = "1.7"; // custom conditional formats (1.6), used-range valuesOnly, getItemOrNullObject
export const PAGE_LAYOUT_API = "1.9"; // A4 landscape and print title rows for GIẢI PHÁP
export const MERGED_AREAS_API = "1.13"; // Range.getMergedAreasOrNullObject when reading

export function supportsExcelApi(office: OfficeRuntime | undefined, version: string): boolean {
  return Boolean(office?.context?.requirements?.isSetSupported("ExcelApi", version));
}

/** Throws HostError("api_unsupported") unless running in an Excel that has ExcelApi 1.7. */
export function assertExcelApi(excel: ExcelRuntime | undefined, office: OfficeRuntime | undefined, lang: Lang): void {
  if (!excel || !office?.context) throw new HostError("api_unsupported", hostMessage(lang, "notInExcel"));
  if (!supportsExcelApi(office, MIN_EXCEL_API)) throw new HostError("api_unsupported", hostMessage(lang, "apiUnsupported"));
}
