/** A sheet name not in `existing`: "GIẢI PHÁP", else "GIẢI PHÁP (2)", … within Excel's 31 characters and rules. */
export function uniqueSheetName(_base: string, _existing: readonly string[]): string {
  throw new Error("PLACEHOLDER: uniqueSheetName not implemented yet");
}
