import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { NATIONAL_MOTTO, NATIONAL_TITLE, type PlanDocument } from "../../domain";
import { FONT, PORTRAIT_TEXT_WIDTH, SIZE, mm, pt } from "./docxUnits";

/** Share of the text width for the issuing body's column; the rest holds Quốc hiệu and Tiêu ngữ. */
const LEFT_SHARE = 0.4;

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

interface Line {
  text: string;
  size: number;
  bold?: boolean;
  italics?: boolean;
}

/**
 * The header block of Phụ lục I (ô 1–4): a borderless two-column table. Left: the parent body (regular) above the
 * issuing body (bold), both in capitals, a short rule under them, then "Số: …/KH-…". Right: the Quốc hiệu (bold
 * capitals), the Tiêu ngữ (bold) with a rule as long as it, then the place and date in italics, on the row of the
 * number. All centred in their column.
 */
export function headerTable(doc: PlanDocument): Table {
  const left = Math.round(PORTRAIT_TEXT_WIDTH * LEFT_SHARE);
  const right = PORTRAIT_TEXT_WIDTH - left;
  const names: Line[] = [
    ...(doc.header.parentBody ? [{ text: doc.header.parentBody, size: SIZE.body }] : []),
    { text: doc.header.body, size: SIZE.body, bold: true },
  ];
  const nameRule = Math.min(left, Math.max(mm(15), textWidth(doc.header.body, SIZE.body, true) / 3));
  const mottoRule = Math.min(right, textWidth(NATIONAL_MOTTO, SIZE.motto, false));
  const top = new TableRow({
    children: [
      cell(left, [...names.map(centred), rule(left, nameRule)]),
      cell(right, [
        centred({ text: NATIONAL_TITLE, size: SIZE.nationalTitle, bold: true }),
        centred({ text: NATIONAL_MOTTO, size: SIZE.motto, bold: true }),
        rule(right, mottoRule),
      ]),
    ],
  });
  const bottom = new TableRow({
    children: [
      cell(left, [centred({ text: doc.header.number, size: SIZE.number })]),
      cell(right, [centred({ text: doc.header.placeDate, size: SIZE.placeDate, italics: true })]),
    ],
  });
  return new Table({
    width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [top, bottom],
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({ width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, children });
}

function centred(line: Line): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: 240 },
    children: [new TextRun({ text: line.text, font: FONT, size: pt(line.size), bold: line.bold, italics: line.italics })],
  });
}

/**
 * A centred horizontal rule `length` twips long inside a column `width` wide: an empty paragraph indented from both
 * sides with a top border (Word draws a paragraph border between its indents). Its tiny font keeps it close to the
 * text above; a little space below separates it from what follows.
 */
export function rule(width: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 60, after: 120, line: 240 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [new TextRun({ text: "", font: FONT, size: pt(2) })],
  });
}

/**
 * Roughly how wide a line of Times New Roman prints, in twips: average advance ≈ 0.46 em for lower case, 0.68 em for
 * capitals (bold a little wider). Used only for the length of the rules, which Phụ lục I sets relative to the text.
 */
export function textWidth(text: string, size: number, bold: boolean): number {
  let ems = 0;
  for (const char of text) {
    if (char === " ") ems += 0.25;
    else if (char !== char.toLowerCase()) ems += 0.68;
    else ems += 0.46;
  }
  return Math.round(ems * size * 20 * (bold ? 1.05 : 1));
}
