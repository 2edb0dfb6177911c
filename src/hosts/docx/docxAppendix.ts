import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from "docx";
import type { DocumentAppendix } from "../../domain";
import { FONT, LANDSCAPE_TEXT_WIDTH, SIZE, pt } from "./docxUnits";

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const ALL_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/**
 * The appendix on its landscape pages: "Phụ lục", the line saying which plan it belongs to, the GIẢI PHÁP title and
 * subtitle, then the table — borders on every cell, the header row bold, centred and repeated on every page, each
 * cell's lines as paragraphs, TT and deadline columns centred.
 */
export function appendixContent(appendix: DocumentAppendix): Array<Paragraph | Table> {
  return [
    heading(appendix.label, { bold: true }),
    heading(appendix.attachedTo, { italics: true, after: 240 }),
    heading(appendix.title, { bold: true }),
    heading(appendix.subtitle, { italics: true, after: 240 }),
    appendixTable(appendix),
  ];
}

/**
 * Shares of the landscape text width: TT, issues, steps, deadline, note. Wider deadline and note columns than the
 * sheet's, so "- Thường xuyên" and "Định kỳ 6 tháng/năm" do not break in the middle on paper.
 */
const COLUMN_SHARES = [0.05, 0.38, 0.35, 0.12, 0.1];

function appendixTable(appendix: DocumentAppendix): Table {
  const widths = COLUMN_SHARES.map((share) => Math.floor(share * LANDSCAPE_TEXT_WIDTH));
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: appendix.headers.map((text, col) =>
      tableCell(widths[col], [text], { bold: true, centred: true, middle: true }),
    ),
  });
  const bodyRows = appendix.rows.map(
    (cells) =>
      new TableRow({
        // A short row moves to the next page whole instead of leaving a line or two behind; a long one may split.
        cantSplit: estimateLines(cells, widths) <= KEEP_WHOLE_LINES,
        children: widths.map((width, col) => tableCell(width, cells[col] ?? [], { centred: col === 0 || col === 3 })),
      }),
  );
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: ALL_BORDERS,
    rows: [headerRow, ...bodyRows],
  });
}

/** Rows up to about half a landscape page (≈ 30 lines of 12 pt) are kept on one page. */
const KEEP_WHOLE_LINES = 15;

/** Printed lines of the row's tallest cell: characters per line from the column width (≈ 0.46 em per character). */
export function estimateLines(cells: readonly (readonly string[])[], widths: readonly number[]): number {
  const charWidth = SIZE.table * 20 * 0.46;
  return Math.max(
    0,
    ...cells.map((lines, col) => {
      const perLine = Math.max(1, Math.floor((widths[col] - 160) / charWidth));
      return lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    }),
  );
}

function tableCell(width: number, lines: readonly string[], style: { bold?: boolean; centred?: boolean; middle?: boolean }): TableCell {
  const paragraphs = (lines.length === 0 ? [""] : lines).map(
    (line) =>
      new Paragraph({
        alignment: style.centred ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
        spacing: { before: 40, after: 40, line: 240 },
        children: [new TextRun({ text: line, font: FONT, size: pt(SIZE.table), bold: style.bold })],
      }),
  );
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: style.middle ? VerticalAlign.CENTER : VerticalAlign.TOP,
    margins: { left: 80, right: 80 },
    children: paragraphs,
  });
}

function heading(text: string, style: { bold?: boolean; italics?: boolean; after?: number }): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: style.after ?? 0, line: 240 },
    children: [new TextRun({ text, font: FONT, size: pt(SIZE.title), bold: style.bold, italics: style.italics })],
  });
}
