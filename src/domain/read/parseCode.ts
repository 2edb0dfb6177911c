import type { CellValue } from "../base/snapshot";

/**
 * A criterion code as written: dotted digits ("1", "1.2", "2.6.1.3"; "1.2." and inner spaces tolerated) or a Roman
 * area numeral ("II" -> 2). Roman areas restart their criteria at "1", so a dotted code under one may be relative;
 * `createCodeResolver` decides.
 */
export type WrittenCode = { kind: "dotted"; segments: number[]; text: string } | { kind: "roman"; area: number; text: string };

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
const ROMAN = /^(X{0,2}(IX|IV|V?I{0,3}))$/;
// "Tiêu chí 1.2: …", "Tiêu chí thành phần 2.6.1 - …", "Lĩnh vực 2 – …", "TC 3. …"
const TITLE_WORD = /^(?:tiêu chí thành phần|tiêu chí|lĩnh vực|tc)\s+([IVX]+|\d{1,3}(?:\s*\.\s*\d{1,3})*)\s*\.?\s*(?:[:\-–—.)]\s*|\s+|$)/iu;
// "1.2. Mức độ…", "1. Chỉ đạo…", "II. CẢI CÁCH…", "II - …": a code leading the title itself.
const LEADING_CODE = /^(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|[IVX]+\s*[.:\-–—])\s+(?=\S)/u;

/** Reads a code cell: a number (1, 1.2), "2.6.1", "1.2.", "II", "II.", "Tiêu chí 1.2"; null when it is no code. */
export function readCode(value: CellValue): WrittenCode | null {
  if (typeof value === "number") return value > 0 ? readCodeText(String(value)) : null;
  if (typeof value !== "string") return null;
  const plain = readCodeText(value);
  if (plain) return plain;
  const inTitle = mayHoldCode(value) ? splitTitleCode(value) : null;
  return inTitle && inTitle.title === "" ? inTitle.code : null;
}

function readCodeText(raw: string): WrittenCode | null {
  const segments = parseDotted(raw);
  if (segments) return { kind: "dotted", segments, text: raw.trim() };
  const upper = raw.replace(/[\s\u00a0]+/g, "").replace(/[.:\-–—)]$/, "");
  if (upper && upper === upper.toUpperCase() && ROMAN.test(upper)) {
    return { kind: "roman", area: romanToNumber(upper), text: raw.trim() };
  }
  return null;
}

/**
 * "2.6.1" -> [2, 6, 1]; spaces anywhere and one trailing dot tolerated ("1.2.", " 2 . 6 "); null otherwise.
 * Hand-written rather than regex + split: it runs on every row of tables of thousands of rows.
 */
function parseDotted(raw: string): number[] | null {
  // Sized up front: an empty array grows to 16 slots on its first push, ten times what a code needs.
  const segments: number[] = new Array(countDots(raw) + 1);
  let count = 0;
  let value = -1;
  let digits = 0;
  let gap = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      if (gap || ++digits > 3) return null; // "1 2" is not a code
      value = (value < 0 ? 0 : value * 10) + ch - 48;
    } else if (ch === 46) {
      if (value < 0) return null;
      segments[count++] = value;
      value = -1;
      digits = 0;
      gap = false;
    } else if (ch === 32 || ch === 160 || ch === 9) {
      gap = value >= 0;
    } else {
      return null;
    }
  }
  if (value >= 0) segments[count++] = value;
  if (count === 0) return null;
  if (count < segments.length) segments.length = count; // one slot fewer after a trailing dot
  return segments;
}

function countDots(text: string): number {
  let dots = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 46) dots++;
  return dots;
}

/** "Tiêu chí 1.2: Mức độ…" -> code 1.2, title "Mức độ…"; null when the title starts with no code. */
export function splitTitleCode(raw: string): { code: WrittenCode; title: string } | null {
  const found = matchTitleCode(raw);
  if (!found) return null;
  const { text, match, code } = found;
  return { code: { ...code, text: match[0].trim().replace(/[:\-–—.)]$/, "").trim() }, title: text.slice(match[0].length).trim() };
}

/**
 * The title without the code it starts with ("Tiêu chí 1.2: Mức độ…" -> "Mức độ…"); null when it starts with none.
 * splitTitleCode without building the code, for titles whose code is in the code column.
 */
export function titleAfterCode(raw: string): string | null {
  const found = matchTitleCode(raw);
  return found && found.text.slice(found.match[0].length).trim();
}

function matchTitleCode(raw: string): { text: string; match: RegExpExecArray; code: WrittenCode } | null {
  if (!mayHoldCode(raw)) return null;
  const text = raw.normalize("NFC").trim();
  const match = TITLE_WORD.exec(text) ?? LEADING_CODE.exec(text);
  // Both patterns capture the code alone.
  const code = match && readCodeText(match[1]);
  return match && code ? { text, match, code } : null;
}

/**
 * A cheap first look (titles are read on every row): a code in a title starts with a digit, a Roman numeral,
 * "Tiêu chí", "TC" or "Lĩnh vực" (also in decomposed Unicode, as some Vietnamese keyboards type it).
 */
function mayHoldCode(text: string): boolean {
  return /^\s*(\d|[IVX]+[\s.:\-–—]|ti[eê]|tc\b|l[iĩ])/i.test(text);
}

/** "VIII" -> 8. Assumes a valid numeral up to XXIX. */
export function romanToNumber(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN_VALUES[roman[i]];
    const next = ROMAN_VALUES[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * Turns written codes into normalised dotted codes, row by row in sheet order. A Roman numeral opens an area; the
 * first dotted code under it tells whether that area numbers its criteria again from 1 (relative: "1" or "1.2" under
 * "II", or "1.1" under "II") or writes full codes ("2.1" under "II"; "1.1" under "I").
 */
export function createCodeResolver(): (code: WrittenCode) => string {
  let area: number | null = null;
  let relative: boolean | null = null;
  return (code) => {
    if (code.kind === "roman") {
      area = code.area;
      relative = null;
      return String(code.area);
    }
    if (area === null) return joinSegments(code.segments);
    relative ??= code.segments.length === 1 || code.segments[0] !== area;
    return relative ? `${area}.${joinSegments(code.segments)}` : joinSegments(code.segments);
  };
}

const LONG_CODE = 8;

/**
 * [2, 6, 1] -> "2.6.1"; concatenation, as join() costs several times more and runs on every row. A long code is
 * joined instead: concatenation builds a rope of one piece per segment, and a chain of thousands of nested codes
 * then made millions of pieces, flattened again wherever the code was read (seconds of garbage collection).
 */
function joinSegments(segments: readonly number[]): string {
  if (segments.length > LONG_CODE) return segments.join(".");
  let text = String(segments[0]);
  for (let i = 1; i < segments.length; i++) text += `.${segments[i]}`;
  return text;
}
