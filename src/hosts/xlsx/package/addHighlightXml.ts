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
 * them. Priorities continue after the highest one already in the sheet. The rest of the part is left as written.
 */
export function addConditionalFormats(sheetXml: string, rules: readonly HighlightRule[], dxfIds: readonly number[]): string {
  if (rules.length === 0) return sheetXml;
  const p = rootPrefix(sheetXml, "worksheet");
  const sheetData = findElement(sheetXml, `${p}sheetData`);
  if (!sheetData) throw new Error("worksheet without sheetData");
  const tail = sheetData.end;
  const at = insertAt(sheetXml, p, tail);
  let priority = highestPriority(sheetXml.slice(tail));
  const added = rules
    .map((rule, i) => {
      priority++;
      const formula = escapeXmlText(rule.formula.replace(/^=/, ""));
      return `<${p}conditionalFormatting sqref="${rule.range}"><${p}cfRule type="expression" dxfId="${dxfIds[i]}" priority="${priority}"><${p}formula>${formula}</${p}formula></${p}cfRule></${p}conditionalFormatting>`;
    })
    .join("");
  return sheetXml.slice(0, at) + added + sheetXml.slice(at);
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

function highestPriority(xml: string): number {
  let highest = 0;
  for (const match of xml.matchAll(/<(?:[\w.-]+:)?cfRule\b[^>]*\spriority="(\d+)"/g)) highest = Math.max(highest, Number(match[1]));
  return highest;
}
