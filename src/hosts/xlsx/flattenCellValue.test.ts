import ExcelJS from "exceljs";
import { flattenCellValue } from "./flattenCellValue";
import { toSheetSnapshot } from "./toSnapshot";

describe("flattenCellValue", () => {
  it("keeps plain numbers, strings and booleans; empty is null", () => {
    expect(flattenCellValue(8.92)).toBe(8.92);
    expect(flattenCellValue("1,42/1,5")).toBe("1,42/1,5");
    expect(flattenCellValue(false)).toBe(false);
    expect(flattenCellValue(null)).toBeNull();
    expect(flattenCellValue(undefined)).toBeNull();
  });

  it("reads formulas as their cached result, of any kind", () => {
    expect(flattenCellValue({ formula: "SUM(E7:E9)", result: 8.92 })).toBe(8.92);
    expect(flattenCellValue({ sharedFormula: "E7", result: 1.5 })).toBe(1.5);
    expect(flattenCellValue({ formula: "A1&\"x\"", result: "ax" })).toBe("ax");
    expect(flattenCellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toEqual({ error: "#DIV/0!" });
    expect(flattenCellValue({ formula: "TODAY()", result: new Date(Date.UTC(2021, 5, 30)) })).toBe("30/06/2021");
    expect(flattenCellValue({ formula: "SUM(A1:A2)" })).toBeNull();
  });

  it("joins rich text runs and takes a hyperlink's text, even when that text is rich", () => {
    expect(flattenCellValue({ richText: [{ text: "Tiêu chí " }, { text: "1.2", font: { bold: true } }] })).toBe(
      "Tiêu chí 1.2",
    );
    expect(flattenCellValue({ text: "Kế hoạch", hyperlink: "https://x.vn" })).toBe("Kế hoạch");
    const richLink = { text: { richText: [{ text: "Báo " }, { text: "cáo" }] }, hyperlink: "https://x.vn" };
    expect(flattenCellValue(richLink as unknown as ExcelJS.CellValue)).toBe("Báo cáo");
  });

  it("writes dates as dd/mm/yyyy and keeps error values", () => {
    expect(flattenCellValue(new Date(Date.UTC(2021, 0, 5)))).toBe("05/01/2021");
    expect(flattenCellValue({ error: "#REF!" })).toEqual({ error: "#REF!" });
  });
});

describe("toSheetSnapshot", () => {
  it("ignores styled empty cells and empty strings when finding the used block", () => {
    const sheet = new ExcelJS.Workbook().addWorksheet("S");
    sheet.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    sheet.getCell("B2").value = "";
    sheet.getCell("C3").value = 1;
    sheet.getCell("E5").value = "x";
    sheet.getCell("Z9").border = { top: { style: "thin" } };
    const snapshot = toSheetSnapshot(sheet);
    expect(snapshot.origin).toEqual({ row: 2, col: 2 });
    expect(snapshot.values).toEqual([[1], [], [null, null, "x"]]);
  });

  it("gives an empty sheet an empty block at A1", () => {
    const snapshot = toSheetSnapshot(new ExcelJS.Workbook().addWorksheet("Trống"));
    expect(snapshot).toMatchObject({ name: "Trống", origin: { row: 0, col: 0 }, values: [], merges: [] });
  });
});

describe("a formula whose saved result is 0 (regression: read as blank, so a score of 0 became a missing score)", () => {
  it("reads 0 after a round trip through a file, and leaves a formula without a saved result empty", async () => {
    const written = new ExcelJS.Workbook();
    const sheet = written.addWorksheet("Điểm");
    sheet.getCell("A1").value = 0.5;
    sheet.getCell("B1").value = { formula: "A1-A1", result: 0 } as ExcelJS.CellFormulaValue;
    sheet.getCell("C1").value = { formula: "A1*2", result: 1 } as ExcelJS.CellFormulaValue;
    sheet.getCell("D1").value = { formula: "A1*3" } as ExcelJS.CellFormulaValue;
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await written.xlsx.writeBuffer()) as ArrayBuffer);
    expect(toSheetSnapshot(read.getWorksheet("Điểm")!).values).toEqual([[0.5, 0, 1]]);
  });
});
