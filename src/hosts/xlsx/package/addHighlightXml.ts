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
  const added = rules
    .map((rule, i) => {
      const formula = escapeXmlText(rule.formula.replace(/^=/, ""));
      return `<${p}conditionalFormatting sqref="${rule.range}"><${p}cfRule type="expression" dxfId="${dxfIds[i]}" priority="${i + 1}"><${p}formula>${formula}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
    })
    .join("");
  return lowered.slice(0, at) + added + lowered.slice(at);
}

/** Every rule's priority (x14 rules of the extension list included) moved down by `by`, the order kept. */
function lowerPriorities(xml: string, by: number): string {
  return xml.replace(/(<(?:[\w.-]+:)?cfRule\b[^>]*\spriority=")(\d+)(")/g, (_, head: string, n: string, end: string) => `${head}${Number(n) + by}${end}`);
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
