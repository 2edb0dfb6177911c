import { strToU8, zipSync } from "fflate";
import { isCellError, toA1, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../../domain";
import { textXml } from "./remediationSheetXml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/**
 * A minimal .xlsx package holding what a snapshot read from an .xls or .ods file has: every sheet in tab order with
 * its values (formula results as values), merged areas, visibility and protection, and the legacy Vietnamese fonts of
 * cells (so TCVN3/VNI text still shows as typed). The plan copy of such a file is this package with GIẢI PHÁP added;
 * formulas, number formats and other formatting of the original are not carried over. Pure (runs in a browser).
 */
export function snapshotToXlsx(snapshot: WorkbookSnapshot): Uint8Array {
  const fonts = collectFonts(snapshot);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypes(snapshot.sheets.length)),
    "_rels/.rels": strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(workbookXml(snapshot)),
    "xl/_rels/workbook.xml.rels": strToU8(workbookRels(snapshot.sheets.length)),
    "xl/styles.xml": strToU8(stylesXml(fonts)),
  };
  snapshot.sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet, fonts))));
  return zipSync(files, { mtime: new Date("2000-01-01T00:00:00Z") });
}

function contentTypes(sheets: number): string {
  const overrides = Array.from({ length: sheets }, (_, i) =>
    `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${overrides}</Types>`
  );
}

function workbookXml(snapshot: WorkbookSnapshot): string {
  const sheets = snapshot.sheets
    .map((sheet, i) => `<sheet name="${attr(sheet.name)}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheets: number): string {
  const rels = Array.from({ length: sheets }, (_, i) =>
    `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">${rels}` +
    `<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
}

/** Font name -> cell format index (0 is the default Times New Roman). */
function collectFonts(snapshot: WorkbookSnapshot): Map<string, number> {
  const fonts = new Map<string, number>();
  for (const sheet of snapshot.sheets) {
    for (const line of sheet.fonts ?? []) for (const font of line ?? []) if (font && !fonts.has(font)) fonts.set(font, fonts.size + 1);
  }
  return fonts;
}

function stylesXml(fonts: Map<string, number>): string {
  const names = ["Times New Roman", ...fonts.keys()];
  const fontXml = names.map((name) => `<font><sz val="12"/><name val="${attr(name)}"/></font>`).join("");
  const xfs = names.map((_, i) => `<xf numFmtId="0" fontId="${i}" fillId="0" borderId="0" xfId="0"${i > 0 ? ' applyFont="1"' : ""}/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}">` +
    `<fonts count="${names.length}">${fontXml}</fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${names.length}">${xfs}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}

function sheetXml(sheet: SheetSnapshot, fonts: Map<string, number>): string {
  const rows = sheet.values
    .map((line, r) => {
      const row = sheet.origin.row + r;
      const cells = line
        .map((value, c) => cellXml(value, toA1(row, sheet.origin.col + c), fonts.get(sheet.fonts?.[r]?.[c] ?? "") ?? 0))
        .join("");
      return cells ? `<row r="${row + 1}">${cells}</row>` : "";
    })
    .join("");
  const protection = sheet.protected ? '<sheetProtection sheet="1" objects="1" scenarios="1"/>' : "";
  const merges = sheet.merges.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges
        .map((m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`)
        .join("")}</mergeCells>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData>${protection}${merges}</worksheet>`;
}

function cellXml(value: CellValue, ref: string, style: number): string {
  const s = style > 0 ? ` s="${style}"` : "";
  if (value === null) return "";
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (isCellError(value)) return `<c r="${ref}"${s} t="e"><v>${attr(value.error)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is>${textXml(value)}</is></c>`;
}

function attr(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
