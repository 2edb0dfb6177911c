import type { Lang } from "../../domain";
import { HostError, isHostError } from "../errors";
import { hostMessage, type MessageKey } from "./messages";
import type { ExcelRuntime } from "./officeRuntime";

/** Excel.ErrorCodes (OfficeExtension.Error.code) -> the message that says it in words. */
const MESSAGE_OF_CODE: Record<string, MessageKey> = {
  AccessDenied: "AccessDenied",
  ItemAlreadyExists: "ItemAlreadyExists",
  ItemNotFound: "ItemNotFound",
  InvalidArgument: "InvalidArgument",
  InvalidReference: "InvalidArgument",
  RequestPayloadSizeLimitExceeded: "payloadTooLarge",
  ResponsePayloadSizeLimitExceeded: "payloadTooLarge",
  InvalidOperationInCellEditMode: "cellEditMode",
  ApiNotFound: "apiUnsupported",
};

/** The `code` of an OfficeExtension.Error (or anything shaped like one). */
export function excelErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Turns any failure from Excel into a HostError with the original in `cause`: `excel_failed` with a message in
 * words (never "GeneralException"), or `api_unsupported` when Excel lacks an API. HostErrors pass through.
 */
export function wrapExcelError(error: unknown, lang: Lang, target?: string): HostError {
  if (isHostError(error)) return error;
  const code = excelErrorCode(error);
  const key = (code && MESSAGE_OF_CODE[code]) || "general";
  return new HostError(code === "ApiNotFound" ? "api_unsupported" : "excel_failed", hostMessage(lang, key, target), {
    target,
    cause: error,
  });
}

/** Excel.run with every failure wrapped. */
export async function runExcel<T>(excel: ExcelRuntime, lang: Lang, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await excel.run(batch);
  } catch (error) {
    throw wrapExcelError(error, lang);
  }
}
