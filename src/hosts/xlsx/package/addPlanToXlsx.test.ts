import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  analyzeWorkbook,
  layoutRemediationSheet,
  planHighlight,
  planRemediation,
  valueAt,
  type HighlightPlan,
  type RemediationSheetLayout,
} from "../../../domain";
import { makeXlsx, scoringRows } from "../../../../test/helpers/makeXlsx";
import { addPlanToXlsx } from "./addPlanToXlsx";
import { openXlsx, readPartText, type OpenedXlsx } from "./openXlsx";
import { rawEntryData, readZipDirectory } from "./zipDirectory";

const FIXTURES = path.resolve(__dirname, "../../../../test/fixtures/xlsx");
const EDITED = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

function plan(opened: OpenedXlsx): { layout: RemediationSheetLayout; highlight: HighlightPlan } {
  const result = analyzeWorkbook(opened.snapshot);
  if (!result.ok) throw new Error(result.problem.code);
  const layout = layoutRemediationSheet(planRemediation(result.analysis, { year: 2025 }));
  return { layout, highlight: planHighlight(result.analysis, opened.snapshot) };
}

/** Entries of `after` whose bytes differ from `before`'s (as stored: compressed data and name), and entries added. */
function changedEntries(before: Uint8Array, after: Uint8Array): { changed: string[]; added: string[]; dropped: string[] } {
  const a = readZipDirectory(before).entries;
  const b = readZipDirectory(after).entries;
  const changed: string[] = [];
  for (const entry of a) {
    const copy = b.find((candidate) => candidate.name === entry.name);
    if (copy && !Buffer.from(rawEntryData(before, entry)).equals(Buffer.from(rawEntryData(after, copy)))) changed.push(entry.name);
  }
  return {
    changed,
    added: b.filter((entry) => !a.some((x) => x.name === entry.name)).map((entry) => entry.name),
    dropped: a.filter((entry) => !b.some((x) => x.name === entry.name)).map((entry) => entry.name),
  };
}

describe("addPlanToXlsx", () => {
  const fixture = new Uint8Array(readFileSync(path.join(FIXTURES, "openpyxl-chart.xlsx")));

  it("copies every part it does not edit byte for byte: chart, drawing, image, other sheets, theme", () => {
    const opened = openXlsx(fixture);
    const { layout, highlight } = plan(opened);
    const { bytes } = addPlanToXlsx(opened.package, layout, highlight);
    const diff = changedEntries(fixture, bytes);
    expect(diff.dropped).toEqual([]);
    expect(diff.added).toEqual(["xl/worksheets/sheet3.xml"]);
    expect(diff.changed.sort()).toEqual([...EDITED, "xl/worksheets/sheet1.xml"].sort());
  });

  it("keeps the workbook's names as written and adds the new sheet's print area and titles, quoted", () => {
    const opened = openXlsx(fixture);
    const { layout } = plan(opened);
    const { bytes, sheetName } = addPlanToXlsx(opened.package, layout, null, "Giải pháp của Sở's");
    expect(sheetName).toBe("Giải pháp của Sở's");
    const workbook = readPartText({ bytes, zip: readZipDirectory(bytes) }, "xl/workbook.xml")!;
    const before = readPartText({ bytes: fixture, zip: readZipDirectory(fixture) }, "xl/workbook.xml")!;
    const originalNames = /<definedNames>(.*)<\/definedNames>/.exec(before)![1];
    expect(workbook).toContain(originalNames);
    const last = layout.cells.length;
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'Giải pháp của Sở''s'!$4:$4</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="2">'Giải pháp của Sở''s'!$A$1:$E$${last}</definedName>`);
    // Without a highlight the scoring sheet is not touched.
    expect(changedEntries(fixture, bytes).changed).not.toContain("xl/worksheets/sheet1.xml");
  });

  it("writes the table so it reads back exactly, control characters and '_x000B_' text included", () => {
    const opened = openXlsx(fixture);
    const { layout } = plan(opened);
    const tricky = "=1+1 _x000B_ literal\u000bcontrol\ttab \r\n end ";
    layout.cells[layout.headerRow + 1][4] = tricky;
    const { bytes, sheetName } = addPlanToXlsx(opened.package, layout, null);
    const back = openXlsx(bytes).snapshot.sheets.find((sheet) => sheet.name === sheetName)!;
    layout.cells.forEach((row, r) => row.forEach((text, c) => expect(valueAt(back, r, c) ?? "").toBe(text)));
  });

  it("puts the highlight after existing conditional formats and before data validations, priorities continuing", () => {
    const body =
      `<sheetData>${scoringRows()}</sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>` +
      '<conditionalFormatting sqref="A1"><cfRule type="expression" dxfId="0" priority="7"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
      '<dataValidations count="1"><dataValidation type="decimal" sqref="D4:D9"><formula1>0</formula1></dataValidation></dataValidations><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    const styles =
      '<fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs><dxfs count="1"><dxf><font><b/></font></dxf></dxfs>';
    const input = makeXlsx({ sheets: [{ name: "Điểm", body }], styles });
    const opened = openXlsx(input);
    const { layout, highlight } = plan(opened);
    const { bytes } = addPlanToXlsx(opened.package, layout, highlight);
    const sheet = readPartText({ bytes, zip: readZipDirectory(bytes) }, "xl/worksheets/sheet1.xml")!;
    const order = ["</mergeCells>", 'priority="7"', 'dxfId="1" priority="8"', "<dataValidations", "<pageMargins"].map((s) => sheet.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    const stylesXml = readPartText({ bytes, zip: readZipDirectory(bytes) }, "xl/styles.xml")!;
    expect(stylesXml).toMatch(/<dxfs count="2"><dxf><font><b\/><\/font><\/dxf><dxf><fill>/);
    expect(stylesXml).toMatch(/<fonts count="5">/);
  });

  it("keeps an .xlsm's macros and its macro-enabled content type", () => {
    const vba = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const input = makeXlsx({
      sheets: [{ name: "Điểm", body: `<sheetData>${scoringRows()}</sheetData>` }],
      parts: { "xl/vbaProject.bin": vba },
    });
    const opened = openXlsx(input);
    const { layout, highlight } = plan(opened);
    const { bytes } = addPlanToXlsx(opened.package, layout, highlight);
    const zip = readZipDirectory(bytes);
    const entry = zip.entries.find((e) => e.name === "xl/vbaProject.bin")!;
    expect(Buffer.from(rawEntryData(bytes, entry))).toEqual(Buffer.from(rawEntryData(input, readZipDirectory(input).entries.find((e) => e.name === entry.name)!)));
    expect(opened.package.macroEnabled).toBe(true);
  });

  it("writes a copy exceljs and this reader both open, with the new sheet last", async () => {
    const input = makeXlsx({ sheets: [{ name: "Điểm", body: `<sheetData>${scoringRows()}</sheetData>` }, { name: "Khác", body: "<sheetData/>" }] });
    const opened = openXlsx(input);
    const { layout, highlight } = plan(opened);
    const { bytes, sheetName } = addPlanToXlsx(opened.package, layout, highlight);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Điểm", "Khác", sheetName]);
    expect(workbook.getWorksheet(sheetName)!.getCell("A4").value).toBe("TT");
    expect(workbook.getWorksheet(sheetName)!.pageSetup.printTitlesRow).toBe("4:4");
    expect(openXlsx(bytes).snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Điểm", "Khác", sheetName]);
  });

  it("plans on the openpyxl workbook with a chart and an image that exceljs refuses to open", async () => {
    await expect(new ExcelJS.Workbook().xlsx.load(Buffer.from(fixture) as unknown as ExcelJS.Buffer)).rejects.toThrow();
    const opened = openXlsx(fixture);
    const { layout, highlight } = plan(opened);
    const { bytes, sheetName } = addPlanToXlsx(opened.package, layout, highlight);
    expect(openXlsx(bytes).snapshot.sheets.map((sheet) => sheet.name)).toEqual(["Điểm của Sở's", "Ghi chú", sheetName]);
  });
});
