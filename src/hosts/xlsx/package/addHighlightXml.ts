import type { HighlightRule } from "../../../domain";
import { escapeXmlText, findElement, lastElement, rootPrefix } from "./spliceXml";

/** Elements that follow conditionalFormatting in a worksheet (ECMA-376 CT_Worksheet), in schema order. */
const AFTER_CONDITIONAL_FORMATTING = [
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF",
  "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/**
 * Inserts one `conditionalFormatting` per rule (an expression rule with its differential style `dxfIds[i]`) into a
 * worksheet part, where the schema puts them: after the existing ones, else before the first element that must follow
 * them. The rules take priorities 1…n, on top of the user's own, whose priorities move down by n in their order — as
 * in the Office add-in, where Excel adds each new rule at the top priority. The rest of the part is left as written.
 */
export function addConditionalFormats(sheetXml: string, rules: readonly HighlightRule[], dxfIds: readonly number[]): string {
  if (rules.length === 0) return sheetXml;
  const p = rootPrefix(sheetXml, "worksheet");
  const sheetData = findElement(sheetXml, `${p}sheetData`);
  if (!sheetData) throw new Error("worksheet without sheetData");
  const tail = sheetData.end;
  const lowered = sheetXml.slice(0, tail) + lowerPriorities(sheetXml.slice(tail), rules.length);
  const at = insertAt(lowered, p, tail);
  return lowered.slice(0, at) + formatsXml(p, rules, dxfIds) + lowered.slice(at);
}

/** Every rule's priority (x14 rules of the extension list included) moved down by `by`, the order kept. */
function lowerPriorities(xml: string, by: number): string {
  return xml.replace(/(<(?:[\w.-]+:)?cfRule\b[^>]*\spriority=")(\d+)(")/g, (_, head: string, n: string, end: string) => `${head}${Number(n) + by}${end}`);
}

function formatsXml(p: string, rules: readonly HighlightRule[], dxfIds: readonly number[]): string {
  return rules
    .map((rule, i) => {
      const formula = escapeXmlText(rule.formula.replace(/^=/, ""));
      return `<${p}conditionalFormatting sqref="${rule.range}"><${p}cfRule type="expression" dxfId="${dxfIds[i]}" priority="${i + 1}"><${p}formula>${formula}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
    })
    .join("");
}

// The BOM, when a part has one, is kept: the edited part is written back as it was read.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();
/** Parts larger than this are edited as bytes: only their head and what follows sheetData are decoded. */
const LARGE_PART = 1 << 20;
const HEAD = 64 * 1024;
/** rootPrefix's pattern: whether the head holds the root element at all. */
const ROOT = /<([A-Za-z_][\w.-]*:)?worksheet[\s>/]/;

/**
 * addConditionalFormats on a worksheet part's UTF-8 bytes, giving the same bytes. A large sheet (the 200,000-row
 * register) is not decoded whole: the formats go after sheetData, so only the part's head (its root's prefix) and
 * its tail are read as text, and the new XML is spliced into the bytes, saving two copies of the sheet as text.
 */
export function addConditionalFormatsToPart(part: Uint8Array, rules: readonly HighlightRule[], dxfIds: readonly number[]): Uint8Array {
  const spliced = part.length > LARGE_PART ? spliceIntoBytes(part, rules, dxfIds) : null;
  return spliced ?? encoder.encode(addConditionalFormats(decoder.decode(part), rules, dxfIds));
}

/** null whenever the part is unusual in any way (the text path then decides, and words any error). */
function spliceIntoBytes(part: Uint8Array, rules: readonly HighlightRule[], dxfIds: readonly number[]): Uint8Array | null {
  if (rules.length === 0) return null;
  const head = decoder.decode(part.subarray(0, HEAD));
  if (!ROOT.test(head)) return null;
  const p = rootPrefix(head, "worksheet");
  const start = indexOfAscii(part, `<${p}sheetData`, 0);
  if (start < 0) return null;
  const after = part[start + p.length + 10];
  if (after !== 32 && after !== 9 && after !== 10 && after !== 13 && after !== 62 && after !== 47) return null;
  const openEnd = part.indexOf(62, start) + 1;
  if (openEnd === 0) return null;
  const close = part[openEnd - 2] === 47 ? -1 : indexOfAscii(part, `</${p}sheetData>`, openEnd);
  const tail = close < 0 ? (part[openEnd - 2] === 47 ? openEnd : -1) : close + p.length + 12;
  if (tail < 0) return null;
  const tailText = decoder.decode(part.subarray(tail));
  if (encoder.encode(tailText).length !== part.length - tail) return null; // not plain UTF-8: the text path decides
  if (tailText.lastIndexOf(`</${p}worksheet>`) < 0) return null;
  // The user's rules all live after sheetData: lowering their priorities touches only the tail, re-encoded whole.
  const tailXml = lowerPriorities(tailText, rules.length);
  let at: number;
  try {
    at = insertAt(tailXml, p, 0);
  } catch {
    return null;
  }
  const newTail = encoder.encode(tailXml.slice(0, at) + formatsXml(p, rules, dxfIds) + tailXml.slice(at));
  const out = new Uint8Array(tail + newTail.length);
  out.set(part.subarray(0, tail), 0);
  out.set(newTail, tail);
  return out;
}

/** Where the ASCII text `needle` first occurs in `bytes` at or after `from`; -1 if nowhere. */
function indexOfAscii(bytes: Uint8Array, needle: string, from: number): number {
  const first = needle.charCodeAt(0);
  const last = bytes.length - needle.length;
  for (let i = from; i <= last; i++) {
    if (bytes[i] !== first) continue;
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle.charCodeAt(k)) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

function insertAt(xml: string, p: string, tail: number): number {
  const existing = lastElement(xml, `${p}conditionalFormatting`, tail);
  if (existing) return existing.end;
  let first = -1;
  for (const name of AFTER_CONDITIONAL_FORMATTING) {
    const span = findElement(xml, p + name, tail);
    if (span && (first < 0 || span.start < first)) first = span.start;
  }
  if (first >= 0) return first;
  const close = xml.lastIndexOf(`</${p}worksheet>`);
  if (close < 0) throw new Error("worksheet not closed");
  return close;
}

