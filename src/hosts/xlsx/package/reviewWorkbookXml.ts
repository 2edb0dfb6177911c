import { zipSync } from "fflate";
import { columnLetters, quoteSheetName, toA1, type ReviewCell, type ReviewColumn, type ReviewSheet, type ReviewWorkbookLayout } from "../../../domain";
import { escapeXmlText } from "./spliceXml";
import { textXml } from "./remediationSheetXml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
/** Inches, as the GIẢI PHÁP sheet (Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm). */
const MARGINS = 'left="1.18" right="0.59" top="0.79" bottom="0.79" header="0.3" footer="0.3"';
/** cellXfs indexes of styles.xml below. */
const STYLE = { title: 1, subtitle: 2, header: 3, text: 4, score: 5, count: 6 } as const;

/**
 * A new .xlsx holding the reviewer's summary sheets, built from scratch (no template, no exceljs): Times New Roman
 * (the layout's font), bold centred title two points larger, italic subtitle, bold centred header on a light fill,
 * thin borders on every table cell, wrapped top-aligned text, numbers as numbers ("0.00" for scores, "0" for counts),
 * the header frozen and filtered, A4 landscape one page wide with the header row repeated on every page.
 */
export function buildReviewXlsx(layout: ReviewWorkbookLayout): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": encode(contentTypes(layout.sheets.length)),
    "_rels/.rels": encode(
      `${DECLARATION}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": encode(workbookXml(layout.sheets)),
    "xl/_rels/workbook.xml.rels": encode(workbookRels(layout.sheets.length)),
    "xl/styles.xml": encode(stylesXml(layout.fontName, layout.fontSize)),
  };
  layout.sheets.forEach((sheet, index) => (files[`xl/worksheets/sheet${index + 1}.xml`] = encode(sheetXml(sheet, index === 0))));
  return zipSync(files, { level: 6 });
}

function contentTypes(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return (
    `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    `${overrides}</Types>`
  );
}

function workbookXml(sheets: readonly ReviewSheet[]): string {
  const entries = sheets.map((sheet, i) => `<sheet name="${escapeXmlText(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  const names = sheets
    .map((sheet, i) => {
      const quoted = quoteSheetName(sheet.name);
      const header = sheet.headerRow + 1;
      const last = columnLetters(sheet.columns.length - 1);
      return (
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXmlText(`${quoted}!$A$${header}:$${last}$${header + sheet.rows.length}`)}</definedName>` +
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXmlText(`${quoted}!$${header}:$${header}`)}</definedName>`
      );
    })
    .join("");
  return `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${entries}</sheets><definedNames>${names}</definedNames></workbook>`;
}

function workbookRels(sheets: number): string {
  const sheetRels = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  const styles = `<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  return `${DECLARATION}<Relationships xmlns="${PKG_REL}">${sheetRels.join("")}${styles}</Relationships>`;
}

function stylesXml(fontName: string, size: number): string {
  const font = (extra: string, points: number) => `<font>${extra}<sz val="${points}"/><name val="${escapeXmlText(fontName)}"/></font>`;
  const thin = ["left", "right", "top", "bottom"].map((side) => `<${side} style="thin"><color rgb="FF000000"/></${side}>`).join("");
  const top = '<alignment vertical="top" wrapText="1"/>';
  const centred = '<alignment horizontal="center" vertical="center" wrapText="1"/>';
  const xf = (numFmt: number, fontId: number, fillId: number, borderId: number, alignment: string) =>
    `<xf numFmtId="${numFmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${alignment}</xf>`;
  return (
    `${DECLARATION}<styleSheet xmlns="${MAIN}">` +
    `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.00"/></numFmts>` +
    `<fonts count="4">${font("", size)}${font("<b/>", size)}${font("<b/>", size + 2)}${font("<i/>", size)}</fonts>` +
    `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
    `<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>` +
    `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}<diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
    xf(0, 2, 0, 0, centred) +
    xf(0, 3, 0, 0, centred) +
    xf(0, 1, 2, 1, centred) +
    xf(49, 0, 0, 1, top) +
    xf(164, 0, 0, 1, top) +
    xf(1, 0, 0, 1, top) +
    `</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`
  );
}

function sheetXml(sheet: ReviewSheet, selected: boolean): string {
  const width = sheet.columns.length;
  const header = sheet.headerRow;
  const lastRow = header + sheet.rows.length;
  const last = columnLetters(width - 1);
  const cols = sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join("");
  const rows = [
    bannerRow(0, sheet.title, STYLE.title, 30),
    sheet.subtitle ? bannerRow(1, sheet.subtitle, STYLE.subtitle, 20) : "",
    rowXml(header, sheet.columns.map((c) => c.header), () => STYLE.header, sheet.rowHeights[0]),
    ...sheet.rows.map((values, at) => rowXml(header + 1 + at, padded(values, width), (col, value) => bodyStyle(sheet.columns[col], value), sheet.rowHeights[at + 1])),
  ].join("");
  const merges = [`A1:${last}1`, ...(sheet.subtitle ? [`A2:${last}2`] : [])];
  const pane = `<pane ySplit="${header + 1}" topLeftCell="A${header + 2}" activePane="bottomLeft" state="frozen"/>`;
  return (
    `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}${lastRow + 1}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows}</sheetData>` +
    `<autoFilter ref="A${header + 1}:${last}${lastRow + 1}"/>` +
    `<mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>` +
    `<printOptions horizontalCentered="1"/><pageMargins ${MARGINS}/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
  );
}

function bannerRow(row: number, text: string, style: number, height: number): string {
  return `<row r="${row + 1}" ht="${height}" customHeight="1"><c r="${toA1(row, 0)}" s="${style}" t="inlineStr"><is>${textXml(text)}</is></c></row>`;
}

function rowXml(row: number, values: readonly ReviewCell[], styleOf: (col: number, value: ReviewCell) => number, height: number | undefined): string {
  const cells = values
    .map((value, col) => {
      const ref = toA1(row, col);
      const s = styleOf(col, value);
      if (value === null || value === "") return `<c r="${ref}" s="${s}"/>`;
      if (typeof value === "number") return `<c r="${ref}" s="${s}"><v>${value}</v></c>`;
      return `<c r="${ref}" s="${s}" t="inlineStr"><is>${textXml(value)}</is></c>`;
    })
    .join("");
  const ht = height ? ` ht="${height}" customHeight="1"` : "";
  return `<row r="${row + 1}"${ht}>${cells}</row>`;
}

function bodyStyle(column: ReviewColumn, value: ReviewCell): number {
  if (typeof value !== "number") return STYLE.text;
  return column.format === "count" ? STYLE.count : STYLE.score;
}

function padded(values: readonly ReviewCell[], width: number): ReviewCell[] {
  return Array.from({ length: width }, (_, col) => values[col] ?? null);
}
