import type { RemediationSheetLayout } from "../../../domain";
import { appendToList, escapeXmlText, rootPrefix } from "./spliceXml";

/** Cell style (cellXfs) indexes for each kind of GIẢI PHÁP cell. */
export interface RemediationStyles {
  title: number;
  subtitle: number;
  header: number;
  body: number;
  plain: number;
}

/** Text format "@": what the user types later in these cells stays text too. */
const TEXT_FORMAT = 49;
const HEADER_FILL = "FFD9E1F2";
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];

/**
 * Appends to styles.xml the fonts, fill, border and cell styles of the GIẢI PHÁP sheet, and one differential style per
 * highlight colour; nothing already there moves, so every existing style index keeps its meaning.
 */
export function appendStyles(
  stylesXml: string,
  layout: RemediationSheetLayout,
  dxfFills: readonly string[],
): { xml: string; styles: RemediationStyles; dxfIds: number[] } {
  const p = rootPrefix(stylesXml, "styleSheet");
  const root = `${p}styleSheet`;
  const list = (xml: string, name: string, child: string, children: string[]): { xml: string; first: number } => {
    const before = ORDER.slice(0, ORDER.indexOf(name)).reverse().map((n) => p + n);
    return appendToList(xml, p + name, p + child, children.join(""), children.length, before, root);
  };
  const font = (extra: string, size: number): string =>
    `<${p}font>${extra}<${p}sz val="${size}"/><${p}name val="${escapeXmlText(layout.fontName)}"/></${p}font>`;
  const fonts = list(stylesXml, "fonts", "font", [
    font("", layout.fontSize),
    font(`<${p}b/>`, layout.titleFontSize),
    font(`<${p}i/>`, layout.fontSize),
    font(`<${p}b/>`, layout.fontSize),
  ]);
  const fills = list(fonts.xml, "fills", "fill", [
    `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${HEADER_FILL}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
  ]);
  const side = (name: string): string => `<${p}${name} style="thin"><${p}color rgb="FF000000"/></${p}${name}>`;
  const borders = list(fills.xml, "borders", "border", [
    `<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`,
  ]);
  const f = fonts.first;
  const centred = `<${p}alignment horizontal="center" vertical="center" wrapText="1"/>`;
  const xf = (fontId: number, fillId: number, borderId: number, alignment: string): string =>
    `<${p}xf numFmtId="${TEXT_FORMAT}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1"` +
    `${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}${alignment ? ' applyAlignment="1">' + alignment + `</${p}xf>` : "/>"}`;
  const cellXfs = list(borders.xml, "cellXfs", "xf", [
    xf(f + 1, 0, 0, centred),
    xf(f + 2, 0, 0, centred),
    xf(f + 3, fills.first, borders.first, centred),
    xf(f, 0, borders.first, `<${p}alignment vertical="top" wrapText="1"/>`),
    xf(f, 0, 0, ""),
  ]);
  const c = cellXfs.first;
  const styles = { title: c, subtitle: c + 1, header: c + 2, body: c + 3, plain: c + 4 };
  if (dxfFills.length === 0) return { xml: cellXfs.xml, styles, dxfIds: [] };
  const dxfs = list(
    cellXfs.xml,
    "dxfs",
    "dxf",
    dxfFills.map((fill) => `<${p}dxf><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${toArgb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`),
  );
  return { xml: dxfs.xml, styles, dxfIds: dxfFills.map((_, i) => dxfs.first + i) };
}

/** "#FCE4D6" -> "FFFCE4D6". */
export function toArgb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}
