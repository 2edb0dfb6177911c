import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { DocumentBlock, PlanDocument } from "../../domain";
import { appendixContent } from "./docxAppendix";
import { headerTable, rule, textWidth } from "./docxHeader";
import { signatureTable } from "./docxSignature";
import { FONT, INDENT, LINE, PAGE, PARAGRAPH_AFTER, PORTRAIT_TEXT_WIDTH, SIZE, mm, pt } from "./docxUnits";

/**
 * Writes the Kế hoạch (a PlanDocument from the domain) as a .docx file and returns its bytes. Pure: no file system,
 * works the same in Node (the CLI writes the bytes) and in a browser (the task pane offers them as a download).
 *
 * Layout per Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins 20/20/30/15 mm, Times New Roman, the header
 * block, "KẾ HOẠCH" and its summary, the body, Nơi nhận and the signature, page numbers centred at the top from the
 * second page; then the appendix in its own landscape section with the GIẢI PHÁP table.
 */
export async function writePlanDocx(doc: PlanDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: "cchc-giai-phap",
    title: `${doc.kind} ${doc.summary}`,
    // Vietnamese for spelling and hyphenation in Word.
    styles: { default: { document: { run: { font: FONT, size: pt(SIZE.text), language: { value: "vi-VN" } } } } },
    sections: [mainSection(doc), appendixSection(doc)],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

function mainSection(doc: PlanDocument): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT }, margin: PAGE.margins },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    children: [
      headerTable(doc),
      centredBold(doc.kind, mm(6)),
      centredBold(doc.summary, 0),
      rule(PORTRAIT_TEXT_WIDTH, Math.min(PORTRAIT_TEXT_WIDTH / 2, Math.max(mm(25), textWidth(doc.summary, SIZE.title, true) / 3))),
      ...doc.body.map(blockParagraph),
      new Paragraph({ spacing: { before: 0, after: 0 }, children: [] }),
      signatureTable(doc),
    ],
  };
}

function appendixSection(doc: PlanDocument): ISectionOptions {
  return {
    properties: {
      page: { size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE }, margin: PAGE.margins },
    },
    headers: { default: pageNumberHeader() },
    children: appendixContent(doc.appendix),
  };
}

/** Phụ lục I: page numbers in Arabic figures, centred in the top margin, none on the first page. */
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(SIZE.pageNumber) })],
      }),
    ],
  });
}

function centredBold(text: string, before: number): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after: 0, line: 240 },
    children: [new TextRun({ text, font: FONT, size: pt(SIZE.title), bold: true })],
  });
}

/** Sections and headings bold; paragraphs and items justified with the first line indented, 6 pt after. */
function blockParagraph(block: DocumentBlock): Paragraph {
  const bold = block.kind === "section" || block.kind === "heading";
  const indent = block.kind === "item" && block.level === 2 ? INDENT * 1.5 : INDENT;
  return new Paragraph({
    alignment: bold ? AlignmentType.LEFT : AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(indent) },
    spacing: { before: block.kind === "section" ? 120 : 0, after: PARAGRAPH_AFTER, line: LINE },
    keepNext: bold,
    children: [new TextRun({ text: block.text, font: FONT, size: pt(SIZE.text), bold })],
  });
}
