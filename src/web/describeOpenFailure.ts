import { isHostError } from "../hosts/errors";
import type { WebStrings } from "./strings";

/** Why a picked file could not be opened, in the page's language: by the host error's code, else as unexpected. */
export function describeOpenFailure(error: unknown, fileName: string, strings: WebStrings): string {
  if (isHostError(error) && error.code === "file_encrypted") return strings.fileEncrypted(fileName);
  if (isHostError(error) && error.code === "file_unreadable") return strings.fileUnreadable(fileName);
  const needsResave = ["file_xlsb", "file_old_excel", "file_lotus_works"];
  if (isHostError(error) && needsResave.includes(error.code)) return strings.fileNeedsResave(fileName);
  return strings.fileUnexpected(fileName, error instanceof Error ? error.message : String(error));
}
