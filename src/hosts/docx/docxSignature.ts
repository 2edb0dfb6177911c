import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { PlanDocument } from "../../domain";
import { FONT, PORTRAIT_TEXT_WIDTH, SIZE, pt } from "./docxUnits";

const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** Lines left blank between the signer's title and name, for the signature and the seal. */
const SIGNING_SPACE = 4;

/**
 * The end of the text (Phụ lục I, ô 7 and 9): "Nơi nhận:" (12 pt bold italic) and its list (11 pt) on the left; on
 * the right the authority ("KT. GIÁM ĐỐC"), the title and, after room to sign, the name — bold, centred. A borderless
 * two-column table that is kept on one page.
 */
export function signatureTable(doc: PlanDocument): Table {
  const left = Math.round(PORTRAIT_TEXT_WIDTH * 0.5);
  const right = PORTRAIT_TEXT_WIDTH - left;
  const { authority, title, name } = doc.signature;
  const recipients = [
    line("Nơi nhận:", { size: SIZE.recipientsLabel, bold: true, italics: true }),
    ...doc.recipients.map((text) => line(text, { size: SIZE.recipients })),
  ];
  const signer = [
    ...(authority ? [line(authority, { size: SIZE.signature, bold: true, centred: true })] : []),
    line(title, { size: SIZE.signature, bold: true, centred: true }),
    ...Array.from({ length: SIGNING_SPACE }, () => line("", { size: SIZE.signature, centred: true })),
    line(name, { size: SIZE.signature, bold: true, centred: true }),
  ];
  return new Table({
    width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: left, type: WidthType.DXA }, borders: NO_BORDERS, children: recipients }),
          new TableCell({ width: { size: right, type: WidthType.DXA }, borders: NO_BORDERS, children: signer }),
        ],
      }),
    ],
  });
}

function line(text: string, style: { size: number; bold?: boolean; italics?: boolean; centred?: boolean }): Paragraph {
  return new Paragraph({
    alignment: style.centred ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: 0, after: 0, line: 240 },
    keepNext: true,
    children: [new TextRun({ text, font: FONT, size: pt(style.size), bold: style.bold, italics: style.italics })],
  });
}
