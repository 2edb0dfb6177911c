import { createFakeExcel, FIVE_MB } from "../../../test/fakeExcel";
import { sheet, workbook } from "../../../test/helpers/grid";
import { largeScoringWorkbook } from "../../../test/helpers/largeScoringWorkbook";
import { sampleLayout } from "../../../test/helpers/remediationLayout";
import { REMEDIATION_HEADERS, type HighlightPlan, type RemediationSheetLayout } from "../../domain";
import { createOfficeHost } from "./officeHost";
import { CHUNK_BYTES } from "./payloadBytes";
import { columnWidthPoints } from "./remediationFormat";

/** A layout whose values weigh `rows` × ~3.6 KB (Vietnamese text is 1–3 bytes a character). */
function bigLayout(rows: number): RemediationSheetLayout {
  const base = sampleLayout();
  const line = "- Tiêu chí 1.2: Mức độ hoàn thành kế hoạch cải cách hành chính đạt 1,42/1,5 điểm. ";
  const body = Array.from({ length: rows }, (_, i) => [String(i + 1), line.repeat(24), `- Bước ${i + 1}`, "Quý I/2025", ""]);
  return { ...base, cells: [...base.cells.slice(0, base.headerRow + 1), ...body] };
}

const deducted: HighlightPlan = {
  rules: [{ sheet: "Điểm", range: "E6:E5013", formula: "=AND(ISNUMBER(E6),ISNUMBER(C6),E6<C6-0.005)", fill: "#FCE4D6", purpose: "deducted" }],
};

describe("Office host: writing the GIẢI PHÁP sheet", () => {
  it("reads, highlights and writes GIẢI PHÁP on a 5,000-criteria workbook with at most 3 write syncs", async () => {
    const fake = createFakeExcel(largeScoringWorkbook(5000));
    const host = createOfficeHost(fake.excel, fake.office);
    await host.readWorkbook();
    fake.stats.reset();

    await host.applyHighlight(deducted);
    const name = await host.writeRemediation(sampleLayout());

    expect(name).toBe("GIẢI PHÁP");
    expect(fake.stats.syncCount).toBeLessThanOrEqual(3);
    fake.stats.syncs.forEach((s) => expect(s.requestBytes).toBeLessThan(CHUNK_BYTES));
    expect(fake.workbook.conditionalFormats("Điểm")).toHaveLength(1);
    expect(fake.workbook.values("GIẢI PHÁP")).toEqual(sampleLayout().cells.map((r) => r.map((v) => (v === "" ? null : v))));
  });

  it("lays the sheet out officially: merged title, Times New Roman, bold centred header, borders, widths, A4 landscape, active", async () => {
    const fake = createFakeExcel(workbook(sheet("Điểm", [["x"]])));
    const layout = sampleLayout();
    await createOfficeHost(fake.excel, fake.office).writeRemediation(layout);

    const ws = "GIẢI PHÁP";
    expect(fake.workbook.merges(ws)).toEqual(["A1:E1", "A2:E2"]);
    expect(fake.workbook.cell(ws, "A1")?.format).toMatchObject({ bold: true, horizontalAlignment: "Center", fontName: "Times New Roman" });
    expect(fake.workbook.cell(ws, "B3")?.format).toMatchObject({ bold: true, horizontalAlignment: "Center", fontSize: 13, wrapText: true });
    expect(fake.workbook.values(ws, "A3:E3")).toEqual([[...REMEDIATION_HEADERS]]);
    for (const a1 of ["A3", "E3", "B4", "C5", "E6"]) {
      const borders = fake.workbook.cell(ws, a1)?.format.borders ?? {};
      expect(Object.keys(borders).sort()).toEqual(["bottom", "left", "right", "top"]);
      Object.values(borders).forEach((line) => expect(line).toEqual({ style: "Continuous", weight: "Thin" }));
    }
    expect(fake.workbook.cell(ws, "B1")?.format.borders).toBeUndefined();
    expect(fake.workbook.columnWidths(ws)).toEqual({ A: columnWidthPoints(6), B: columnWidthPoints(60), C: columnWidthPoints(50), D: columnWidthPoints(18), E: columnWidthPoints(18) });
    expect(fake.workbook.pageLayout(ws)).toEqual({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$3:$3" });
    expect(fake.workbook.activeSheet()).toBe(ws);
  });

  it("keeps formula-looking text as text (=, +, - and @ at the start)", async () => {
    const fake = createFakeExcel(workbook(sheet("Điểm", [["x"]])));
    await createOfficeHost(fake.excel, fake.office).writeRemediation(sampleLayout());

    expect(fake.workbook.formulas("GIẢI PHÁP")).toEqual({});
    expect(fake.workbook.values("GIẢI PHÁP", "B5:E5")).toEqual([["- Tiêu chí 2.1: dòng bắt đầu bằng gạch", "=1+1", "+84 912 345 678", "@ghi chú"]]);
    // TT: a number in a General cell (no "number stored as text" mark); every text cell formatted as text.
    expect(fake.workbook.values("GIẢI PHÁP", "A4:A6")).toEqual([[1], [2], [3]]);
    expect(fake.workbook.cell("GIẢI PHÁP", "A4")?.numberFormat).toBe("General");
    expect(fake.workbook.cell("GIẢI PHÁP", "B4")?.numberFormat).toBe("@");
    expect(fake.workbook.cell("GIẢI PHÁP", "A3")?.numberFormat).toBe("@");
  });

  it("never touches an existing GIẢI PHÁP sheet: the new one is GIẢI PHÁP (2)", async () => {
    const fake = createFakeExcel(workbook(sheet("Điểm", [["x"]]), sheet("Giải pháp", [["bảng cũ", 1]])));
    fake.workbook.setFormat("Giải pháp", "A1:B1", { fill: "#FFFF00", bold: true });
    const before = { values: fake.workbook.values("Giải pháp"), format: fake.workbook.formatState("Giải pháp") };
    const host = createOfficeHost(fake.excel, fake.office);
    await host.readWorkbook();

    expect(await host.writeRemediation(sampleLayout())).toBe("GIẢI PHÁP (2)");
    expect({ values: fake.workbook.values("Giải pháp"), format: fake.workbook.formatState("Giải pháp") }).toEqual(before);
    expect(fake.workbook.sheetNames()).toEqual(["Điểm", "Giải pháp", "GIẢI PHÁP (2)"]);
  });

  it("retries with fresh names when a GIẢI PHÁP sheet appeared after the read, without overwriting it", async () => {
    const fake = createFakeExcel(workbook(sheet("Điểm", [["x"]])));
    const host = createOfficeHost(fake.excel, fake.office);
    await host.readWorkbook();
    await fake.excel.run(async (context) => {
      context.workbook.worksheets.add("GIẢI PHÁP").getRange("A1").values = [["của người dùng"]];
    });

    expect(await host.writeRemediation(sampleLayout())).toBe("GIẢI PHÁP (2)");
    expect(fake.workbook.values("GIẢI PHÁP")).toEqual([["của người dùng"]]);
  });

  it("splits values over ~4 MB into row chunks, each request under 5 MB, and the sheet is complete", async () => {
    const fake = createFakeExcel(workbook(sheet("Điểm", [["x"]])));
    const layout = bigLayout(4000);
    const host = createOfficeHost(fake.excel, fake.office);
    await host.readWorkbook();
    fake.stats.reset();

    await host.writeRemediation(layout);

    const total = fake.stats.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    expect(total).toBeGreaterThan(FIVE_MB); // one request would be refused
    expect(fake.stats.syncCount).toBeGreaterThan(2);
    fake.stats.syncs.forEach((s) => expect(s.requestBytes).toBeLessThan(FIVE_MB));
    expect(fake.workbook.values("GIẢI PHÁP")).toEqual(layout.cells.map((r) => r.map((v) => (v === "" ? null : v))));
    expect(fake.workbook.formulas("GIẢI PHÁP")).toEqual({});
    expect(fake.workbook.activeSheet()).toBe("GIẢI PHÁP");
  });

  it("writes in one request when the values fit, and skips the page setup without ExcelApi 1.9", async () => {
    const fake = createFakeExcel(workbook(sheet("Điểm", [["x"]])), { apiVersion: "1.8" });
    const host = createOfficeHost(fake.excel, fake.office);
    await host.readWorkbook();
    fake.stats.reset();

    await host.writeRemediation(sampleLayout());

    expect(fake.stats.syncCount).toBe(1);
    expect(fake.workbook.pageLayout("GIẢI PHÁP")).toEqual({ orientation: "Portrait", paperSize: "Letter", printTitleRows: null });
  });
});
