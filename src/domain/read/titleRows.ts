import type { TableLayout, TableSource } from "../base/options";
import type { WorkbookSnapshot } from "../base/snapshot";

/**
 * The texts of the scoring table's title rows — the rows above its header, where workbooks state the unit and the
 * year ("VĂN PHÒNG UBND TỈNH", "BẢNG TỰ ĐÁNH GIÁ … NĂM 2018", "Đơn vị: Sở Ngoại vụ tỉnh Hà Tĩnh") — in reading order,
 * trimmed, NFC, blanks left out. With split sheets the scores sheet comes first, then the criteria sheet.
 */
export function readTitleTexts(snapshot: WorkbookSnapshot, analysis: { source: TableSource }): string[] {
  const { source } = analysis;
  const layouts: TableLayout[] = source.kind === "single" ? [source.table] : [source.scores, source.criteria];
  const texts: string[] = [];
  for (const layout of layouts) {
    const sheet = snapshot.sheets.find((candidate) => candidate.name === layout.sheet);
    const rows = sheet ? sheet.values.slice(0, Math.max(0, layout.headerTop - sheet.origin.row)) : [];
    for (const value of rows.flat()) {
      const text = typeof value === "string" ? value.normalize("NFC").replace(/\s+/g, " ").trim() : "";
      if (text !== "") texts.push(text);
    }
  }
  return texts;
}
