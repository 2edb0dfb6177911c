import ExcelJS from "exceljs";
import type { RemediationSheetLayout } from "../../../domain";
import { makeXlsx } from "../../../../test/helpers/makeXlsx";
import { sampleLayout } from "../../../../test/helpers/remediationLayout";
import { addPlanToXlsx } from "./addPlanToXlsx";
import { openXlsx } from "./openXlsx";

/** A workbook with these sheets (A1 = "cũ" in each). */
function workbookWith(...names: string[]): Uint8Array {
  const body = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>cũ</t></is></c></row></sheetData>';
  return makeXlsx({ sheets: names.map((name) => ({ name, body })) });
}

/** Adds the GIẢI PHÁP sheet to `input` and reads the written file back with exceljs, as a second reader. */
async function addAndRead(input: Uint8Array, layout: RemediationSheetLayout, base?: string): Promise<{ book: ExcelJS.Workbook; name: string; bytes: Uint8Array }> {
  const added = addPlanToXlsx(openXlsx(input).package, layout, null, base);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(added.bytes) as unknown as ExcelJS.Buffer);
  return { book, name: added.sheetName, bytes: added.bytes };
}

describe("the GIẢI PHÁP sheet, re-read from the written file", () => {
  const layout = sampleLayout();
  let sheet: ExcelJS.Worksheet;
  let name: string;

  beforeAll(async () => {
    const added = await addAndRead(workbookWith("Điểm"), layout);
    name = added.name;
    sheet = added.book.getWorksheet(name)!;
  });

  const bodyRows = () => layout.cells.map((_, row) => row).filter((row) => row > layout.headerRow);
  const tableRows = () => [layout.headerRow, ...bodyRows()];
  const eachTableCell = (check: (cell: ExcelJS.Cell) => void) =>
    tableRows().forEach((row) => layout.columnWidths.forEach((_, col) => check(sheet.getCell(row + 1, col + 1))));

  it("adds a sheet named GIẢI PHÁP holding exactly the layout's texts", () => {
    expect(name).toBe("GIẢI PHÁP");
    layout.cells.forEach((texts, row) =>
      texts.forEach((text, col) => {
        const isCovered = row <= layout.subtitleRow && col > 0;
        expect(sheet.getCell(row + 1, col + 1).value ?? "").toBe(isCovered ? layout.cells[row][0] : text);
      }),
    );
  });

  it("keeps texts starting with -, =, + and @ as strings, never formulas", () => {
    for (const a1 of ["B4", "B5", "C5", "D5", "E5"]) {
      const cell = sheet.getCell(a1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    expect(sheet.getCell("C5").value).toBe("=1+1");
    expect(sheet.getCell("B5").value).toBe("- Tiêu chí 2.1: dòng bắt đầu bằng gạch");
  });

  it("merges the title and subtitle across the five columns", () => {
    expect(sheet.model.merges.sort()).toEqual(["A1:E1", "A2:E2"]);
  });

  it("uses the layout's font everywhere, a bold larger title, an italic subtitle, a bold centred filled header", () => {
    layout.cells.forEach((texts, row) =>
      texts.forEach((_, col) => expect(sheet.getCell(row + 1, col + 1).font?.name).toBe("Times New Roman")),
    );
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 15 });
    expect(sheet.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(sheet.getCell("A2").font).toMatchObject({ italic: true, size: 13 });
    expect(sheet.getCell("A2").alignment).toMatchObject({ horizontal: "center" });
    layout.columnWidths.forEach((_, col) => {
      const cell = sheet.getCell(layout.headerRow + 1, col + 1);
      expect(cell.font).toMatchObject({ bold: true, size: 13 });
      expect(cell.alignment).toMatchObject({ horizontal: "center" });
      expect(cell.fill).toMatchObject({ type: "pattern", pattern: "solid" });
    });
  });

  it("puts thin borders on every header and body cell, empty ones included", () => {
    eachTableCell((cell) => {
      for (const side of ["top", "left", "bottom", "right"] as const) {
        expect(cell.border?.[side]?.style).toBe("thin");
      }
    });
    expect(sheet.getCell("A1").border?.top).toBeUndefined();
  });

  it("wraps the body text, aligned to the top", () => {
    bodyRows().forEach((row) =>
      layout.columnWidths.forEach((_, col) =>
        expect(sheet.getCell(row + 1, col + 1).alignment).toMatchObject({ wrapText: true, vertical: "top" }),
      ),
    );
  });

  it("sets the layout's column widths", () => {
    expect(layout.columnWidths.map((_, col) => sheet.getColumn(col + 1).width)).toEqual(layout.columnWidths);
  });

  it("gives every row the layout's height, so wrapped and merged text is not cut to one line when opened", () => {
    expect(layout.cells.map((_, row) => sheet.getRow(row + 1).height)).toEqual(layout.rowHeights);
  });

  it("prints on A4 landscape, one page wide, with the header row repeated", () => {
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    expect(sheet.pageSetup.margins?.left).toBeGreaterThan(0.3);
  });
});

describe("the GIẢI PHÁP sheet's name", () => {
  it("takes the next free name when GIẢI PHÁP exists, and leaves the existing sheet alone", async () => {
    const first = await addAndRead(workbookWith("GIẢI PHÁP"), sampleLayout());
    expect(first.name).toBe("GIẢI PHÁP (2)");
    expect((await addAndRead(first.bytes, sampleLayout())).name).toBe("GIẢI PHÁP (3)");
    const existing = first.book.getWorksheet("GIẢI PHÁP")!;
    expect(existing.getCell("A1").value).toBe("cũ");
    expect(existing.actualRowCount).toBe(1);
  });

  it("uses the base name it is given", async () => {
    expect((await addAndRead(workbookWith("Điểm"), sampleLayout(), "Giải pháp 2021")).name).toBe("Giải pháp 2021");
  });

  it("repeats the header row on every page when the name holds an apostrophe, the name quoted as Excel wants", async () => {
    const { book, name } = await addAndRead(workbookWith("Điểm"), sampleLayout(), "Giải pháp 'mới'");
    const sheet = book.getWorksheet(name)!;
    expect(sheet.getCell("B3").value).toBe("Các tồn tại, hạn chế trong công tác CCHC, các tiêu chí bị trừ điểm");
    expect(sheet.pageSetup.printTitlesRow).toBe("3:3");
    expect(sheet.pageSetup.orientation).toBe("landscape");
  });
});
