import ExcelJS from "exceljs";
import { sampleLayout } from "../../../test/helpers/remediationLayout";
import { addRemediationSheet } from "./writeRemediationSheet";

/** Writes the workbook to bytes and reads it back, as Excel would see the file. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

describe("addRemediationSheet, re-read from the written file", () => {
  const layout = sampleLayout();
  let sheet: ExcelJS.Worksheet;
  let name: string;

  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Điểm").getCell("A1").value = 1;
    name = addRemediationSheet(workbook, layout);
    sheet = (await roundTrip(workbook)).getWorksheet(name)!;
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

  it("writes the TT column as numbers in General format (no 'number stored as text'), the texts as text", () => {
    for (const a1 of ["A4", "A5", "A6"]) {
      expect(sheet.getCell(a1).type).toBe(ExcelJS.ValueType.Number);
      expect(sheet.getCell(a1).numFmt ?? "General").toBe("General");
      expect(sheet.getCell(a1).alignment).toMatchObject({ horizontal: "center", vertical: "top" });
    }
    expect(sheet.getCell("B4").numFmt).toBe("@");
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

describe("addRemediationSheet naming", () => {
  it("takes the next free name when GIẢI PHÁP exists, and leaves the existing sheet alone", () => {
    const workbook = new ExcelJS.Workbook();
    const existing = workbook.addWorksheet("GIẢI PHÁP");
    existing.getCell("A1").value = "cũ";
    expect(addRemediationSheet(workbook, sampleLayout())).toBe("GIẢI PHÁP (2)");
    expect(addRemediationSheet(workbook, sampleLayout())).toBe("GIẢI PHÁP (3)");
    expect(existing.getCell("A1").value).toBe("cũ");
    expect(existing.actualRowCount).toBe(1);
  });

  it("uses the base name it is given", () => {
    expect(addRemediationSheet(new ExcelJS.Workbook(), sampleLayout(), "Giải pháp 2021")).toBe("Giải pháp 2021");
  });

  it("drops the repeated header rather than write a damaged file when the name holds an apostrophe", async () => {
    const workbook = new ExcelJS.Workbook();
    const name = addRemediationSheet(workbook, sampleLayout(), "Giải pháp 'mới'");
    const sheet = (await roundTrip(workbook)).getWorksheet(name)!;
    expect(sheet.getCell("B3").value).toBe("Các tồn tại, hạn chế trong công tác CCHC, các tiêu chí bị trừ điểm");
    expect(sheet.pageSetup.printTitlesRow).toBeUndefined();
    expect(sheet.pageSetup.orientation).toBe("landscape");
  });
});
