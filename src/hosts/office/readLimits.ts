/**
 * How much the Office host reads per request. Excel on the web refuses a response over 5 MB
 * (ResponsePayloadSizeLimitExceeded) and Range.getMergedAreasOrNullObject fails on a range holding more than 512
 * merged areas; the reads are bounded by cells, and halve themselves when Excel still refuses.
 */

/** The first read of each sheet: at most this many rows × columns of its used range, from the sheet's top-left. */
export const WINDOW_ROWS = 8192;
export const WINDOW_COLS = 64;

/** Later reads of a large scoring sheet: cells per request (values only), halved on a refused response. */
export const CHUNK_CELLS = 120_000;

/** Rows per merged-areas call when a whole window held too many merges. */
export const MERGE_BAND_ROWS = 256;

/** Halvings tried before giving up on a refused response. */
export const MAX_HALVINGS = 6;

/** The Excel error codes that mean "ask for less". */
export function isTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}
