import type { Analysis, TableLayout, WorkbookSnapshot } from "../domain";

/**
 * The appraised year as the scoring sheet's title rows state it ("… CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020"), or null.
 * Only the rows above the table's header are read, so years inside criteria ("Kế hoạch năm 2021") are ignored.
 */
export function inferAppraisedYear(snapshot: WorkbookSnapshot, analysis: Analysis): number | null {
  const { source } = analysis;
  const layouts: TableLayout[] = source.kind === "single" ? [source.table] : [source.scores, source.criteria];
  for (const layout of layouts) {
    const sheet = snapshot.sheets.find((candidate) => candidate.name === layout.sheet);
    const titleRows = sheet ? sheet.values.slice(0, Math.max(0, layout.headerTop - sheet.origin.row)) : [];
    for (const value of titleRows.flat()) {
      const year = readYear(value);
      if (year !== null) return year;
    }
  }
  return null;
}

function readYear(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const match = /n[aă]m\s+(20\d{2})\b/i.exec(value.normalize("NFC"));
  return match ? Number(match[1]) : null;
}
