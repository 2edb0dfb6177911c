import { isHostError } from "../../hosts/errors";
import type { Strings } from "../strings";
import type { UserMessage } from "./analysisView.types";

/** A thrown error in words that say what to do (HostError by its code; anything else as unexpected). */
export function describeFailure(error: unknown, strings: Strings): Omit<UserMessage, "id"> {
  return { intent: "error", text: failureText(error, strings) };
}

function failureText(error: unknown, strings: Strings): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (!isHostError(error)) return strings.unexpected(detail);
  switch (error.code) {
    case "sheet_protected":
      return strings.hostErrors.sheet_protected(error.target);
    // The Office host words these itself, in the pane's language, with what to do (messages.ts); ours are fallbacks.
    case "api_unsupported":
      return error.message || strings.hostErrors.api_unsupported;
    case "excel_failed":
      return error.message || strings.hostErrors.excel_failed;
    default:
      return strings.hostErrors.file(detail);
  }
}
