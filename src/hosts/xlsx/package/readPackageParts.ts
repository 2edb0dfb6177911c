import { encodingOfFont } from "../../../domain";
import { decodeEscapes, localName, parseXml } from "./xmlText";

/** A relationship of a part: id -> target part path (resolved against the part's folder, no leading "/"). */
export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** One `<sheet>` of workbook.xml. */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookInfo {
  sheets: WorkbookSheet[];
  date1904: boolean;
}

/** "_rels/.rels" for "", "xl/_rels/workbook.xml.rels" for "xl/workbook.xml". */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Relationships of the part at `partPath` ("" for the package), targets resolved to package paths. */
export function readRelationships(xml: string, partPath: string): Relationship[] {
  const base = partPath.slice(0, partPath.lastIndexOf("/") + 1);
  const found: Relationship[] = [];
  parseXml(xml, {
    open(tag) {
      if (localName(tag.name) !== "Relationship") return;
      const { Id, Type, Target, TargetMode } = tag.attributes;
      const external = TargetMode === "External";
      found.push({ id: Id, type: Type ?? "", target: external ? Target : resolvePartPath(base, Target ?? ""), external });
    },
  });
  return found;
}

/** "worksheets/sheet1.xml" under "xl/" -> "xl/worksheets/sheet1.xml"; "/xl/x.xml" -> "xl/x.xml"; ".." resolved. */
export function resolvePartPath(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.map(decodeUriPart).join("/");
}

function decodeUriPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The sheets of workbook.xml in tab order, and the date system. */
export function readWorkbookInfo(xml: string): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  parseXml(xml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === "workbookPr") info.date1904 = isTrue(tag.attributes.date1904);
      if (name !== "sheet") return;
      const relId = Object.entries(tag.attributes).find(([key]) => localName(key) === "id")?.[1] ?? "";
      const state = tag.attributes.state === "hidden" || tag.attributes.state === "veryHidden" ? (tag.attributes.state as WorkbookSheet["state"]) : "visible";
      info.sheets.push({ name: tag.attributes.name ?? "", sheetId: Number(tag.attributes.sheetId), relId, state });
    },
  });
  return info;
}

export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/**
 * The shared string table: each `<si>`'s text (runs joined, phonetic guides left out, "_x000B_" escapes decoded).
 */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = "";
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = true;
    },
    text(text) {
      if (inText) current += text;
    },
    close(tagName) {
      const name = localName(tagName);
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(decodeEscapes(current));
    },
  });
  return strings;
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30, and the East Asian ids 27–36, 50–58). */
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** A format code shows a date when, outside quotes and brackets, it holds y, m, d, h, s (as exceljs decides it). */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** For each cell style (`cellXfs` index), whether its number format shows a date. */
export function readDateStyles(xml: string): boolean[] {
  const customDates = new Map<number, boolean>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === "numFmt") {
        const code = (tag.attributes.formatCode ?? "").replace(/[\\](.)/g, "$1");
        customDates.set(Number(tag.attributes.numFmtId), isDateFormatCode(code));
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(tag.attributes.numFmtId ?? 0);
        dates.push(customDates.get(id) ?? isBuiltInDate(id));
      }
    },
    close(name) {
      if (localName(name) === "cellXfs") inCellXfs = false;
    },
  });
  return dates;
}

/**
 * The font of each cell format (cellXfs index) when it is a legacy Vietnamese font (.VnTime, VNI-Times…), the only
 * fonts the engine reads; undefined for the others.
 */
export function readLegacyFonts(xml: string): (string | undefined)[] {
  const fonts: string[] = [];
  const formats: (string | undefined)[] = [];
  let inFonts = false;
  let inCellXfs = false;
  parseXml(xml, {
    open(tag) {
      const name = localName(tag.name);
      if (name === "fonts") inFonts = true;
      else if (name === "font" && inFonts) fonts.push("");
      else if (name === "name" && inFonts && fonts.length > 0) fonts[fonts.length - 1] = tag.attributes.val ?? "";
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const font = fonts[Number(tag.attributes.fontId ?? 0)];
        formats.push(font && encodingOfFont(font) ? font : undefined);
      }
    },
    close(name) {
      if (localName(name) === "fonts") inFonts = false;
      if (localName(name) === "cellXfs") inCellXfs = false;
    },
  });
  return formats;
}
