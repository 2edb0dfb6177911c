import { escapeXmlText, findElement, insertionPoint, rootPrefix } from "./spliceXml";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const WORKSHEET_REL = `${REL_NS}/worksheet`;
export const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** A sheet name inside a formula or a defined name: always quoted, an apostrophe doubled ('Bảng điểm''s'). */
export function quoteName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export interface NewSheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  /** 0-based tab position (the localSheetId of its names). */
  index: number;
  /** "$4:$4": rows repeated on every printed page. */
  printTitles?: string;
  /** "$A$1:$E$20". */
  printArea?: string;
}

/** Adds the `<sheet>` at the end of the tab list and its print titles/area as sheet-local defined names. */
export function addSheetToWorkbook(workbookXml: string, sheet: NewSheetEntry): string {
  const p = rootPrefix(workbookXml, "workbook");
  const relPrefix = namespacePrefix(workbookXml, REL_NS);
  const idAttr = relPrefix ? `${relPrefix}:id="${sheet.relId}"` : `xmlns:r="${REL_NS}" r:id="${sheet.relId}"`;
  const sheets = findElement(workbookXml, `${p}sheets`);
  if (!sheets || sheets.selfClosing) throw new Error("workbook.xml has no <sheets>");
  const element = `<${p}sheet name="${escapeXmlText(sheet.name)}" sheetId="${sheet.sheetId}" ${idAttr}/>`;
  const xml = workbookXml.slice(0, sheets.closeStart) + element + workbookXml.slice(sheets.closeStart);
  const names: string[] = [];
  const ref = (range: string): string => `${quoteName(sheet.name)}!${range}`;
  if (sheet.printArea) names.push(definedName(p, "_xlnm.Print_Area", sheet.index, ref(sheet.printArea)));
  if (sheet.printTitles) names.push(definedName(p, "_xlnm.Print_Titles", sheet.index, ref(sheet.printTitles)));
  if (names.length === 0) return xml;
  const list = findElement(xml, `${p}definedNames`);
  if (list && !list.selfClosing) return xml.slice(0, list.closeStart) + names.join("") + xml.slice(list.closeStart);
  const at = list ? list.start : insertionPoint(xml, [`${p}externalReferences`, `${p}functionGroups`, `${p}sheets`], `${p}workbook`);
  const end = list ? list.end : at;
  return `${xml.slice(0, at)}<${p}definedNames>${names.join("")}</${p}definedNames>${xml.slice(end)}`;
}

function definedName(p: string, name: string, index: number, value: string): string {
  return `<${p}definedName name="${name}" localSheetId="${index}">${escapeXmlText(value)}</${p}definedName>`;
}

/** The prefix bound to `uri` on the root element ("r" for xmlns:r="…"), or null. */
function namespacePrefix(xml: string, uri: string): string | null {
  const match = new RegExp(`xmlns:([\\w.-]+)="${uri.replace(/[.]/g, "\\.")}"`).exec(xml);
  return match ? match[1] : null;
}

/** Adds a relationship before `</Relationships>`. */
export function addRelationship(relsXml: string, id: string, type: string, target: string): string {
  const p = rootPrefix(relsXml, "Relationships");
  const close = relsXml.lastIndexOf(`</${p}Relationships>`);
  if (close < 0) throw new Error("relationships part not closed");
  const element = `<${p}Relationship Id="${id}" Type="${type}" Target="${escapeXmlText(target)}"/>`;
  return relsXml.slice(0, close) + element + relsXml.slice(close);
}

/** Adds a content type override for a new part ("/xl/worksheets/sheet9.xml"). */
export function addContentType(typesXml: string, partName: string, contentType: string): string {
  const p = rootPrefix(typesXml, "Types");
  const close = typesXml.lastIndexOf(`</${p}Types>`);
  if (close < 0) throw new Error("[Content_Types].xml not closed");
  const element = `<${p}Override PartName="${escapeXmlText(partName)}" ContentType="${contentType}"/>`;
  return typesXml.slice(0, close) + element + typesXml.slice(close);
}
