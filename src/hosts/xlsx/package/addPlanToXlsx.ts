import { columnLetters, uniqueSheetName, type HighlightPlan, type RemediationSheetLayout } from "../../../domain";
import { HostError } from "../../errors";
import { addConditionalFormatsToPart } from "./addHighlightXml";
import { addContentType, addRelationship, addSheetToWorkbook, WORKSHEET_REL, WORKSHEET_TYPE } from "./addSheetEntries";
import { appendStyles } from "./appendStyles";
import { findEntry, type XlsxPackage } from "./openXlsx";
import { relsPathOf } from "./readPackageParts";
import { buildRemediationSheetXml } from "./remediationSheetXml";
import { writeZipCopy, type ZipCodec } from "./writeZip";
import { inflateEntry, rawEntryData } from "./zipDirectory";

export interface PlanAdded {
  /** The new package's bytes: an .xlsm stays an .xlsm (macros and all). */
  bytes: Uint8Array;
  /** The new sheet's name ("GIẢI PHÁP", or "GIẢI PHÁP (2)" … when taken). */
  sheetName: string;
}

/**
 * The package with the GIẢI PHÁP sheet added and, when `highlight` is given, the deducted criteria highlighted by
 * conditional formats in their sheets. Only these parts change: workbook.xml (the sheet and its print titles and
 * area), the workbook's relations, [Content_Types].xml, styles.xml (styles appended), the highlighted sheets
 * (conditional formats inserted); the new sheet is added. Every other part is copied byte for byte. Pure: runs in a
 * browser as in Node; `codec` lets Node use its zlib for the few parts inflated and written.
 * @throws HostError `file_unwritable` when the package lacks a part the addition needs (styles, relations).
 */
export function addPlanToXlsx(
  pkg: XlsxPackage,
  layout: RemediationSheetLayout,
  highlight: HighlightPlan | null,
  baseName = "GIẢI PHÁP",
  codec?: ZipCodec & { inflateRaw(raw: Uint8Array, size: number): Uint8Array },
): PlanAdded {
  const bytesOf = (path: string): Uint8Array => {
    const entry = findEntry(pkg.zip, path);
    if (!entry) throw new HostError("file_unwritable", `Sổ tính thiếu phần "${path}"; không thể thêm trang tính.`);
    return codec && entry.method === 8 ? codec.inflateRaw(rawEntryData(pkg.bytes, entry), entry.size) : inflateEntry(pkg.bytes, entry);
  };
  const text = (path: string): string => decoder.decode(bytesOf(path));
  const replaced = new Map<string, string>();
  // Highlighted sheets are edited as bytes (a sheet may be hundreds of MB of XML).
  const replacedBytes = new Map<string, Uint8Array>();
  const nameOf = (path: string): string => findEntry(pkg.zip, path)?.name ?? path;
  const sheetName = uniqueSheetName(baseName, pkg.sheets.map((sheet) => sheet.name));
  const sheetPath = freeSheetPath(pkg);
  const relId = freeRelId(pkg);
  const sheetId = Math.max(0, ...pkg.sheets.map((sheet) => sheet.sheetId || 0)) + 1;

  const rules = highlight?.rules ?? [];
  const fills = [...new Set(rules.map((rule) => rule.fill))];
  const stylesPath = pkg.relations.find((rel) => /\/styles$/.test(rel.type))?.target ?? "xl/styles.xml";
  const styled = appendStyles(text(stylesPath), layout, fills);
  replaced.set(nameOf(stylesPath), styled.xml);
  for (const [sheet, sheetRules] of groupBySheet(rules)) {
    const part = pkg.sheets.find((candidate) => candidate.name === sheet && candidate.kind === "worksheet");
    if (!part) throw new Error(`addPlanToXlsx: no worksheet named "${sheet}"`);
    const dxfIds = sheetRules.map((rule) => styled.dxfIds[fills.indexOf(rule.fill)]);
    replacedBytes.set(nameOf(part.path), addConditionalFormatsToPart(bytesOf(part.path), sheetRules, dxfIds));
  }

  const width = Math.max(layout.columnWidths.length, ...layout.cells.map((row) => row.length));
  const header = layout.headerRow + 1;
  replaced.set(
    nameOf(pkg.workbookPath),
    addSheetToWorkbook(text(pkg.workbookPath), {
      name: sheetName,
      sheetId,
      relId,
      index: pkg.sheets.length,
      printTitles: `$${header}:$${header}`,
      printArea: `$A$1:$${columnLetters(width - 1)}$${layout.cells.length}`,
    }),
  );
  const relsPath = relsPathOf(pkg.workbookPath);
  const target = relativeTo(pkg.workbookPath, sheetPath);
  replaced.set(nameOf(relsPath), addRelationship(text(relsPath), relId, WORKSHEET_REL, target));
  replaced.set(nameOf("[Content_Types].xml"), addContentType(text("[Content_Types].xml"), `/${sheetPath}`, WORKSHEET_TYPE));

  const encoded = new Map<string, Uint8Array>([...replaced].map(([name, xml]) => [name, encoder.encode(xml)]));
  for (const [name, bytes] of replacedBytes) encoded.set(name, bytes);
  const sheetXml = encoder.encode(buildRemediationSheetXml(layout, styled.styles));
  return { bytes: writeZipCopy(pkg.bytes, pkg.zip, encoded, [{ name: sheetPath, data: sheetXml }], codec), sheetName };
}

// The BOM, when a part has one, is kept: the edited part is written back as it was read.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

function groupBySheet(rules: HighlightPlan["rules"]): Map<string, HighlightPlan["rules"]> {
  const groups = new Map<string, HighlightPlan["rules"]>();
  for (const rule of rules) groups.set(rule.sheet, [...(groups.get(rule.sheet) ?? []), rule]);
  return groups;
}

/** "xl/worksheets/sheetN.xml" with the first N no part uses (names compare without case). */
function freeSheetPath(pkg: XlsxPackage): string {
  const folder = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf("/") + 1);
  const taken = new Set(pkg.zip.entries.map((entry) => entry.name.toLowerCase()));
  for (let n = pkg.sheets.length + 1; ; n++) {
    const path = `${folder}worksheets/sheet${n}.xml`;
    if (!taken.has(path.toLowerCase())) return path;
  }
}

function freeRelId(pkg: XlsxPackage): string {
  const taken = new Set(pkg.relations.map((rel) => rel.id));
  for (let n = pkg.relations.length + 1; ; n++) if (!taken.has(`rId${n}`)) return `rId${n}`;
}

/** "xl/worksheets/sheet9.xml" as the workbook part's relations name it: "worksheets/sheet9.xml". */
function relativeTo(fromPart: string, path: string): string {
  const folder = fromPart.slice(0, fromPart.lastIndexOf("/") + 1);
  return path.startsWith(folder) ? path.slice(folder.length) : `/${path}`;
}
