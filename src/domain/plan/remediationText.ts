/**
 * Small text helpers shared by the GIẢI PHÁP planner: titles and reasons arrive as typed in a workbook (trailing
 * colons, line breaks, double spaces) and must read as one clean sentence inside a table cell.
 */

/** Collapses line breaks and runs of spaces; a cell line must stay one line. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** A title without trailing punctuation, so that "Title:" does not become "Title::". */
export function cleanTitle(title: string): string {
  return cleanText(title).replace(/[\s:;.,]+$/, "");
}

/** The sentence with exactly one final stop ("…100%" -> "…100%.", "…định." stays). */
export function endSentence(text: string): string {
  const clean = cleanText(text).replace(/[\s;,:]+$/, "");
  if (clean === "") return "";
  return /[.!?…]$/.test(clean) ? clean : `${clean}.`;
}

/**
 * The title as it reads inside a sentence: first letter lower-cased unless the title starts with an acronym
 * ("Cải cách thủ tục hành chính" -> "cải cách thủ tục hành chính", "CCHC" stays).
 */
export function inSentence(title: string): string {
  const clean = cleanTitle(title);
  const [first, second] = [clean.charAt(0), clean.charAt(1)];
  if (second !== "" && second === second.toUpperCase() && second !== second.toLowerCase()) return clean;
  return first.toLowerCase() + clean.slice(1);
}

/** Acronyms kept in capitals when an all-caps title is put in sentence case. */
const ACRONYMS = new Set([
  "CCHC", "QPPL", "VBQPPL", "TTHC", "CBCC", "CBCCVC", "CBCCVN", "UBND", "HĐND", "ISO", "TCVN", "CNTT", "XHH", "SIPAS",
  "PAR", "PCI", "PAPI", "CQNN", "DVC", "DVCTT", "ĐVSNCL", "KT-XH",
]);

/**
 * A title typed in capitals ("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", common for area rows) in the sentence case official
 * text uses ("Cải cách thủ tục hành chính"), keeping acronyms ("CCHC") and Roman numerals. Titles with any lower-case
 * letter are returned as they are.
 */
export function sentenceCase(title: string): string {
  const clean = cleanTitle(title);
  if (clean !== clean.toUpperCase() || clean === clean.toLowerCase()) return clean;
  const lowered = clean.replace(/[\p{L}\d-]+/gu, (word) => (ACRONYMS.has(word) || /^[IVX]+$/.test(word) ? word : word.toLowerCase()));
  return lowered.charAt(0).toUpperCase() + lowered.slice(1);
}
