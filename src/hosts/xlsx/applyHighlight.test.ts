import ExcelJS from "exceljs";
import { conditionalFormatsOf } from "../../../test/helpers/xlsxInspect";
import { sampleHighlight } from "../../../test/helpers/remediationLayout";
import { applyHighlightRules, removeHighlights } from "./applyHighlight";

function scoringWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Điểm");
  sheet.getCell("D6").value = 1.5;
  sheet.getCell("F6").value = 1.42;
  sheet.getCell("F6").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  sheet.getCell("F6").numFmt = "0.00";
  sheet.addConditionalFormatting({
    ref: "A1:A3",
    rules: [{ type: "expression", priority: 1, formulae: ["A1>1"], style: { font: { bold: true } } }],
  });
  return workbook;
}

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy;
}

describe("applyHighlightRules", () => {
  it("adds one expression conditional format per rule, with our formula and fill, beside the user's own", async () => {
    const workbook = scoringWorkbook();
    applyHighlightRules(workbook, sampleHighlight());
    const formats = conditionalFormatsOf((await roundTrip(workbook)).getWorksheet("Điểm")!);
    expect(formats.map((f) => f.ref)).toEqual(["A1:A3", "F6:F11", "F10"]);
    const [deducted, error] = formats.slice(1).map((f) => f.rules[0]);
    expect(deducted).toMatchObject({
      type: "expression",
      formulae: ["AND(ISNUMBER(F6),ISNUMBER(D6),F6<D6-0.005)"],
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFCE4D6" } } },
    });
    expect(error).toMatchObject({ formulae: ["ISERROR(F10)"], style: { fill: { bgColor: { argb: "FFF8CBAD" } } } });
  });

  it("leaves the cells' own fill and number format alone", async () => {
    const workbook = scoringWorkbook();
    const before = JSON.stringify(workbook.getWorksheet("Điểm")!.getCell("F6").style);
    applyHighlightRules(workbook, sampleHighlight());
    const cell = (await roundTrip(workbook)).getWorksheet("Điểm")!.getCell("F6");
    expect(JSON.stringify(workbook.getWorksheet("Điểm")!.getCell("F6").style)).toBe(before);
    expect(cell.fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    expect(cell.numFmt).toBe("0.00");
  });

  it("puts its rules on top of the user's (priorities 1, 2), the user's keeping their order below", async () => {
    const workbook = scoringWorkbook();
    workbook.getWorksheet("Điểm")!.addConditionalFormatting({
      ref: "B1:B3",
      rules: [{ type: "expression", priority: 2, formulae: ["B1>1"], style: { font: { italic: true } } }],
    });
    applyHighlightRules(workbook, sampleHighlight());
    const formats = conditionalFormatsOf((await roundTrip(workbook)).getWorksheet("Điểm")!);
    expect(formats.map((f) => [f.ref, f.rules[0].priority])).toEqual([["A1:A3", 3], ["B1:B3", 4], ["F6:F11", 1], ["F10", 2]]);
  });

  it("can take back exactly what it added, the user's priorities restored", () => {
    const workbook = scoringWorkbook();
    removeHighlights(applyHighlightRules(workbook, sampleHighlight()));
    const formats = conditionalFormatsOf(workbook.getWorksheet("Điểm")!);
    expect(formats.map((f) => [f.ref, f.rules[0].priority])).toEqual([["A1:A3", 1]]);
  });

  it("refuses a rule for a sheet the workbook lacks", () => {
    const plan = { rules: [{ ...sampleHighlight().rules[0], sheet: "Không có" }] };
    expect(() => applyHighlightRules(scoringWorkbook(), plan)).toThrow(/Không có/);
  });
});
