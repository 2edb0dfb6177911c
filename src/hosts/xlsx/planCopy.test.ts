import { createHash } from "crypto";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { conditionalFormatsOf, sheetProtectionOf } from "../../../test/helpers/xlsxInspect";
import { sampleHighlight, sampleLayout } from "../../../test/helpers/remediationLayout";
import { HostError } from "../errors";
import { addPlanToXlsx } from "./package/addPlanToXlsx";
import { openXlsxFile, writeNewFile, type XlsxFile } from "./xlsxFile";

const FIXTURE = path.resolve(__dirname, "../../../test/fixtures/xlsx/scoring.xlsx");
const ORIGINAL_SHEETS = ["Điểm", "GIẢI PHÁP", "Bảo vệ", "Ẩn", "Ẩn hẳn"];

const sha256 = async (file: string) => createHash("sha256").update(await fs.readFile(file)).digest("hex");

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** Every stored cell of a sheet: address -> value and full style (fill, font, number format, borders, alignment). */
function cellsOf(sheet: ExcelJS.Worksheet): Record<string, string> {
  const cells: Record<string, string> = {};
  sheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = JSON.stringify({ value: cell.value, style: cell.style });
    }),
  );
  return cells;
}

async function caught(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

async function tempFiles(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((name) => name.endsWith(".tmp"));
}

let dir: string;
let input: string;

/** What `cchc plan` does: the package with the plan added, written to `out` as a new file. */
async function savePlanCopy(
  doc: XlsxFile,
  out: string,
  parts: { layout: ReturnType<typeof sampleLayout>; highlight?: ReturnType<typeof sampleHighlight> },
  force = false,
): Promise<{ sheetName: string; outPath: string }> {
  const added = addPlanToXlsx(doc.package, parts.layout, parts.highlight ?? null);
  await writeNewFile(out, added.bytes, { inputPath: doc.path, force });
  return { sheetName: added.sheetName, outPath: out };
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cchc-xlsx-"));
  input = path.join(dir, "Bảng điểm.xlsx");
  await fs.copyFile(FIXTURE, input);
});

afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

describe("plan copy writes a copy", () => {
  let doc: XlsxFile;
  let out: string;
  let inputHash: string;
  let result: { sheetName: string; outPath: string };

  beforeEach(async () => {
    inputHash = await sha256(input);
    doc = await openXlsxFile(input);
    out = path.join(dir, "Kết quả.xlsx");
    result = await savePlanCopy(doc, out, { layout: sampleLayout(), highlight: sampleHighlight() });
  });

  it("adds GIẢI PHÁP (2) beside the existing GIẢI PHÁP, with the layout's texts as strings", async () => {
    expect(result).toEqual({ sheetName: "GIẢI PHÁP (2)", outPath: out });
    const copy = await load(out);
    expect(copy.worksheets.map((s) => s.name)).toEqual([...ORIGINAL_SHEETS, "GIẢI PHÁP (2)"]);
    const sheet = copy.getWorksheet("GIẢI PHÁP (2)")!;
    expect(sheet.getCell("C5").value).toBe("=1+1");
    expect(sheet.getCell("C5").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("B5").value).toBe("- Tiêu chí 2.1: dòng bắt đầu bằng gạch");
    expect(sheet.getCell("B3").value).toBe("Các tồn tại, hạn chế trong công tác CCHC, các tiêu chí bị trừ điểm");
    expect(sheet.getCell("A1").font?.name).toBe("Times New Roman");
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "3:3" });
  });

  it("keeps every cell of every original sheet, values and styles, exactly as in the input", async () => {
    const [before, after] = [await load(input), await load(out)];
    for (const name of ORIGINAL_SHEETS) {
      expect(cellsOf(after.getWorksheet(name)!)).toEqual(cellsOf(before.getWorksheet(name)!));
    }
    expect(after.getWorksheet("Điểm")!.getCell("F7").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    expect(after.getWorksheet("Điểm")!.getCell("F8").font).toMatchObject({ name: "Arial", bold: true });
    expect(after.getWorksheet("Điểm")!.getCell("D7").numFmt).toBe("0.00");
    expect(sheetProtectionOf(after.getWorksheet("Bảo vệ")!)).toMatchObject({ sheet: true });
    expect(after.getWorksheet("Ẩn")!.state).toBe("hidden");
  });

  it("adds the highlight as conditional formats with our formulas", async () => {
    const formats = conditionalFormatsOf((await load(out)).getWorksheet("Điểm")!);
    expect(formats.map((f) => [f.ref, f.rules[0].type, (f.rules[0] as { formulae?: string[] }).formulae])).toEqual([
      ["F6:F11", "expression", ["AND(ISNUMBER(F6),ISNUMBER(D6),F6<D6-0.005)"]],
      ["F10", "expression", ["ISERROR(F10)"]],
    ]);
  });

  it("leaves the input file byte-identical and no temporary file behind", async () => {
    expect(await sha256(input)).toBe(inputHash);
    expect(await tempFiles(dir)).toEqual([]);
  });

  it("leaves the opened package as it was, so a second copy can be written from it", async () => {
    const again = await savePlanCopy(doc, path.join(dir, "again.xlsx"), { layout: sampleLayout() });
    expect(again.sheetName).toBe("GIẢI PHÁP (2)");
    const copy = await load(path.join(dir, "again.xlsx"));
    expect(copy.worksheets.map((s) => s.name)).toEqual([...ORIGINAL_SHEETS, "GIẢI PHÁP (2)"]);
    expect(conditionalFormatsOf(copy.getWorksheet("Điểm")!)).toEqual([]);
  });

  it("refuses to replace an existing output unless forced", async () => {
    const error = await caught(savePlanCopy(doc, out, { layout: sampleLayout() }));
    expect(error.code).toBe("output_exists");
    expect(error.message).toContain("Kết quả.xlsx");
    await savePlanCopy(doc, out, { layout: sampleLayout() }, true);
    expect(conditionalFormatsOf((await load(out)).getWorksheet("Điểm")!)).toEqual([]);
  });
});

describe("plan copy refuses to write over its input", () => {
  it.each([
    ["the same path", (p: string) => p],
    ["another spelling of it", (p: string) => path.join(path.dirname(p), ".", "..", path.basename(path.dirname(p)), path.basename(p))],
  ])("refuses %s", async (_label, spell) => {
    const hash = await sha256(input);
    const doc = await openXlsxFile(input);
    const error = await caught(savePlanCopy(doc, spell(input), { layout: sampleLayout() }));
    expect(error.code).toBe("output_is_input");
    expect(error.message).toContain("Bảng điểm.xlsx");
    expect(await sha256(input)).toBe(hash);
  });

  it("refuses a link that points to the input", async () => {
    const link = path.join(dir, "link.xlsx");
    await fs.symlink(input, link);
    const doc = await openXlsxFile(input);
    expect((await caught(savePlanCopy(doc, link, { layout: sampleLayout() }))).code).toBe("output_is_input");
  });
});

describe("plan copy when writing fails", () => {
  it("leaves an existing output untouched and removes its temporary file", async () => {
    const out = path.join(dir, "Kết quả.xlsx");
    await fs.writeFile(out, "bản cũ");
    jest.spyOn(fs, "rename").mockRejectedValueOnce(Object.assign(new Error("EACCES"), { code: "EACCES" }));
    const doc = await openXlsxFile(input);
    const error = await caught(savePlanCopy(doc, out, { layout: sampleLayout() }, true));
    expect(error.code).toBe("file_unwritable");
    expect(error.message).toContain("Kết quả.xlsx");
    expect(await fs.readFile(out, "utf8")).toBe("bản cũ");
    expect(await tempFiles(dir)).toEqual([]);
  });

  it("creates a folder that does not exist", async () => {
    const doc = await openXlsxFile(input);
    await savePlanCopy(doc, path.join(dir, "không có", "out.xlsx"), { layout: sampleLayout() });
    expect((await load(path.join(dir, "không có", "out.xlsx"))).worksheets).toHaveLength(ORIGINAL_SHEETS.length + 1);
  });

  it("reports a file standing where a folder of the path should be", async () => {
    await fs.writeFile(path.join(dir, "tệp"), "x");
    const doc = await openXlsxFile(input);
    const error = await caught(savePlanCopy(doc, path.join(dir, "tệp", "out.xlsx"), { layout: sampleLayout() }));
    expect(error.code).toBe("file_unwritable");
    expect(error.message).toContain("out.xlsx");
  });

  it("reports a folder in the way of the output, and leaves no temporary file", async () => {
    const out = path.join(dir, "out.xlsx");
    await fs.mkdir(out);
    const doc = await openXlsxFile(input);
    expect((await caught(savePlanCopy(doc, out, { layout: sampleLayout() }))).code).toBe("file_unwritable");
    expect((await fs.stat(out)).isDirectory()).toBe(true);
    expect(await tempFiles(dir)).toEqual([]);
  });
});
