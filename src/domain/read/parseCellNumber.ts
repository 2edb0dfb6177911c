import { isCellError, type CellValue } from "../base/snapshot";
import { isNotAssessedMark } from "./notAssessed";

/**
 * What a score or maximum cell holds, read the way a reviewer reads it:
 * - `number`: a real number, a formula result, or text such as "8,92", "0.5", "1,42/1,5" (the score before the
 *   slash), "9 điểm" (spaces, NBSP and a trailing "điểm" tolerated);
 * - `empty`: blank, "-", "x" (no value);
 * - `not_assessed`: a mark that the criterion was not assessed ("KĐG", "Không đánh giá", "N/A", "—", "/"…; the rule is
 *   `isNotAssessedMark`), with the text as written;
 * - `text`: text that is not a number ("đạt", "1,4,2") — the caller reports it;
 * - `error`: a formula error (#REF!, #VALUE!…), never read as 0.
 */
export type CellNumber =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "empty" }
  | { readonly kind: "not_assessed"; readonly text: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "error"; readonly error: string };

const EMPTY: CellNumber = { kind: "empty" };
const NO_VALUE = new Set(["", "-", "–", "x"]);
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
// One decimal separator at most: thousands separators do not occur in scores ("1.000" is not a thing here).
const NUMBER = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;
const UNIT = /(điểm|diem|đ)\.?$/i;

/** Reads one cell as a number, an empty value, unreadable text or a formula error. */
export function parseCellNumber(value: CellValue): CellNumber {
  if (value === null) return EMPTY;
  if (typeof value === "number") return isUsable(value) ? numberResult(value) : { kind: "text", text: String(value) };
  if (typeof value === "boolean") return { kind: "text", text: String(value) };
  if (isCellError(value)) return { kind: "error", error: value.error };
  return parseNumberText(value);
}

function parseNumberText(raw: string): CellNumber {
  const text = raw.normalize("NFC").replace(SPACES, "").replace(/−/g, "-").replace(UNIT, "");
  if (NO_VALUE.has(text.toLowerCase())) return EMPTY;
  // A host that passed an error through as text ("#REF!", "#N/A", "#DIV/0!").
  if (/^#[A-Z][A-Z0-9/]*[!?]?$/i.test(text)) {
    return { kind: "error", error: text.toUpperCase() };
  }
  const slash = text.indexOf("/");
  const scorePart = slash > 0 && isNumberText(text.slice(slash + 1)) ? text.slice(0, slash) : text;
  if (!isNumberText(scorePart)) {
    return isNotAssessedMark(raw) ? { kind: "not_assessed", text: raw.trim() } : { kind: "text", text: raw.trim() };
  }
  const number = Number(scorePart.replace(",", "."));
  return isUsable(number) ? numberResult(number) : { kind: "text", text: raw.trim() };
}

/**
 * Beyond this a value is no score or maximum: a sum of such values would overflow to Infinity and print as a total
 * ("Infinity/6"); it is reported like any other cell that holds no usable number.
 */
export const MAX_MAGNITUDE = 1e12;

function isUsable(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= MAX_MAGNITUDE;
}

// Scores take few distinct values (1, 0,5, 0,25…): sharing one frozen result per value spares the garbage collector
// tens of thousands of short-lived objects on a large table. Bounded, and results are immutable.
const SHARED = new Map<number, CellNumber>();
const SHARED_LIMIT = 4096;

function numberResult(value: number): CellNumber {
  const shared = SHARED.get(value);
  if (shared) return shared;
  const result: CellNumber = Object.freeze({ kind: "number", value });
  if (SHARED.size < SHARED_LIMIT) SHARED.set(value, result);
  return result;
}

function isNumberText(text: string): boolean {
  return NUMBER.test(text);
}

/** The number, or null for anything else (empty, text, error). */
export function numberOf(cell: CellNumber | undefined): number | null {
  return cell?.kind === "number" ? cell.value : null;
}
