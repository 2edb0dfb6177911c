import { fitCellTexts } from "./fitCellText";
import { estimateRowHeights } from "./estimateRowHeights";
import { rowNotes, type RemediationRow, type RemediationSheetLayout, type RemediationTable } from "../plan/remediation";

/** Widths in Excel character units for A4 landscape: TT, issues, steps, deadline, note (≈ 151 characters). */
export const REMEDIATION_COLUMN_WIDTHS = [6, 60, 55, 16, 14] as const;

const TITLE_ROW = 0;
const SUBTITLE_ROW = 1;
// Row 2 is left blank between the subtitle and the table, as the official plans print it.
const HEADER_ROW = 3;

/**
 * Lays the table out as a grid of text with merges, widths and font, for any host to write:
 *
 * - row 1 the title, row 2 the subtitle (each merged across A:E), row 3 blank, row 4 the headers;
 * - then one row per area: A the TT, B the issue lines joined by line breaks, C the steps, D their deadlines line for
 *   line, E the notes (each once: rowNotes). With several steps each C and D line starts with "- "; a single step is
 *   written alone, as the seed does for a full-mark area.
 *
 * Every cell is plain text (hosts write it as text: many cells start with "-", which Excel would read as a formula).
 */
export function layoutRemediationSheet(table: RemediationTable): RemediationSheetLayout {
  const width = REMEDIATION_COLUMN_WIDTHS.length;
  const blank = (): string[] => Array.from({ length: width }, () => "");
  const titleRow = [table.title, ...blank().slice(1)];
  const subtitleRow = [table.subtitle, ...blank().slice(1)];
  const headerRow = Array.from({ length: width }, (_, col) => table.headers[col] ?? "");
  const { cells, cut } = fitCellTexts([titleRow, subtitleRow, blank(), headerRow, ...table.rows.map(layoutRow)]);
  const merges = [TITLE_ROW, SUBTITLE_ROW].map((row) => ({ top: row, left: 0, bottom: row, right: width - 1 }));
  const columnWidths = [...REMEDIATION_COLUMN_WIDTHS];
  const fontSize = 13;
  const titleFontSize = 15;
  const fontSizes = new Map([[TITLE_ROW, titleFontSize]]);
  return {
    cells,
    merges,
    titleRow: TITLE_ROW,
    subtitleRow: SUBTITLE_ROW,
    headerRow: HEADER_ROW,
    columnWidths,
    rowHeights: estimateRowHeights({ cells, merges, columnWidths, fontSize, fontSizes }),
    fontName: "Times New Roman",
    fontSize,
    titleFontSize,
    ...(cut.length > 0 ? { cutCells: cut } : {}),
  };
}

function layoutRow(row: RemediationRow): string[] {
  return [
    row.tt,
    row.issues.join("\n"),
    asLines(row.steps.map((step) => step.text)),
    asLines(row.steps.map((step) => step.deadline)),
    rowNotes(row).join("\n"),
  ];
}

/** One line per item, "- " prefixed when there are several. */
function asLines(items: readonly string[]): string {
  if (items.length === 1) return items[0];
  return items.map((item) => `- ${item}`).join("\n");
}
