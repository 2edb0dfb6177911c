import { columnLetters, toA1, type RemediationSheetLayout } from "../../../domain";
import type { RemediationStyles } from "./appendStyles";
import { escapeXmlText } from "./spliceXml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** Inches. Nghị định 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm. */
const MARGINS = 'left="1.18" right="0.59" top="0.79" bottom="0.79" header="0.3" footer="0.3"';

/**
 * The GIẢI PHÁP worksheet part: every cell an inline string (never a formula: "=1+1" and "- Tiêu chí …" stay text),
 * with the official format — the layout's font, bold centred title, italic centred subtitle, bold centred header on a
 * light fill, thin borders on header and body, wrapped top-aligned body, the layout's widths, heights and merges,
 * A4 landscape fitted to one page wide (the print titles are names in workbook.xml).
 */
export function buildRemediationSheetXml(layout: RemediationSheetLayout, styles: RemediationStyles): string {
  const width = layout.cells.reduce((max, row) => Math.max(max, row.length), layout.columnWidths.length);
  const rows = layout.cells.map((texts, row) => rowXml(layout, styles, texts, row, width)).join("");
  const cols = layout.columnWidths
    .map((w, col) => `<col min="${col + 1}" max="${col + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const merges = layout.merges.map((m) => `<mergeCell ref="${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}"/>`).join("");
  const last = `${columnLetters(width - 1)}${layout.cells.length}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rows}</sheetData>` +
    (merges ? `<mergeCells count="${layout.merges.length}">${merges}</mergeCells>` : "") +
    `<printOptions horizontalCentered="1"/><pageMargins ${MARGINS}/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `</worksheet>`
  );
}

function rowXml(layout: RemediationSheetLayout, styles: RemediationStyles, texts: string[], row: number, width: number): string {
  const inTable = row >= layout.headerRow;
  const style = styleOf(layout, styles, row);
  let cells = "";
  for (let col = 0; col < width; col++) {
    const text = texts[col] ?? "";
    // Cells a merge covers carry its style (borders and fill show across the merge, as Excel writes them).
    if (text === "" && !inTable && !inMerge(layout, row, col)) continue;
    const ref = toA1(row, col);
    cells += text === "" ? `<c r="${ref}" s="${style}"/>` : `<c r="${ref}" s="${style}" t="inlineStr"><is>${textXml(text)}</is></c>`;
  }
  const height = layout.rowHeights[row];
  const ht = height ? ` ht="${height}" customHeight="1"` : "";
  return `<row r="${row + 1}"${ht}>${cells}</row>`;
}

function inMerge(layout: RemediationSheetLayout, row: number, col: number): boolean {
  return layout.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

function styleOf(layout: RemediationSheetLayout, styles: RemediationStyles, row: number): number {
  if (row === layout.titleRow) return styles.title;
  if (row === layout.subtitleRow) return styles.subtitle;
  if (row === layout.headerRow) return styles.header;
  return row > layout.headerRow ? styles.body : styles.plain;
}

/**
 * A `<t>` element holding `text` exactly: characters XML cannot carry (control characters) written as "_xHHHH_", and a
 * literal "_xHHHH_" in the text protected as "_x005F_xHHHH_" so a reader does not decode it.
 */
export function textXml(text: string): string {
  const escaped = escapeXmlText(
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  ).replace(/\r/g, "&#13;");
  const preserve = /^\s|\s$|\n|\t/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${escaped}</t>`;
}
