/**
 * Typed errors thrown by hosts for failures of the host itself (Excel, the file system). Findings about the data are
 * never thrown: they are values (see domain/finding.ts). Each error carries a `code` the UI turns into words.
 */
export type HostErrorCode =
  | "sheet_protected"
  | "api_unsupported"
  | "file_not_found"
  | "file_unreadable"
  /** The path names a folder, not a file. */
  | "file_is_folder"
  /** The file exists but may not be read. */
  | "file_no_permission"
  | "file_encrypted"
  /** An Excel binary workbook (.xlsb): save it as .xlsx. */
  | "file_xlsb"
  /** A Lotus 1-2-3 or Microsoft Works spreadsheet. */
  | "file_lotus_works"
  /** An Excel 5.0/95 or older workbook (BIFF5 and before). */
  | "file_old_excel"
  /** The output file could not be written (missing folder, no permission, file open in Excel, disk full). */
  | "file_unwritable"
  | "output_is_input"
  /** The output file exists and replacing it was not asked for (--force). */
  | "output_exists"
  | "excel_failed";

export class HostError extends Error {
  readonly code: HostErrorCode;
  /** The sheet or file concerned, when there is one. */
  readonly target?: string;

  constructor(code: HostErrorCode, message: string, options?: { target?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "HostError";
    this.code = code;
    this.target = options?.target;
  }
}

export function isHostError(error: unknown): error is HostError {
  return error instanceof HostError;
}
