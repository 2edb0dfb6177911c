import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyzeWorkbook, layoutRemediationSheet, planHighlight, planRemediation, type CellRef } from "../../domain";
import { conditionalFormatsOf } from "../../../test/helpers/xlsxInspect";
import { createBrowserHost } from "./browserHost";
import { openWorkbookBytes } from "./workbookBytes";

const SAMPLE = join(__dirname, "..", "..", "..", "samples", "so-ngoai-vu-2020.xlsx");

async function openSample() {
  const opened = openWorkbookBytes(new Uint8Array(readFileSync(SAMPLE)), "so-ngoai-vu-2020.xlsx");
  const shown: CellRef[] = [];
  const created: string[] = [];
  const host = createBrowserHost(opened, { showCell: (ref) => shown.push(ref), planCreated: (name) => created.push(name) });
  const result = analyzeWorkbook(opened.snapshot);
  if (!result.ok) throw new Error(result.problem.code);
  return { opened, host, shown, created, analysis: result.analysis };
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

it("shows a clicked cell through the page, and refuses a sheet the workbook does not have", async () => {
  const { host, shown, opened } = await openSample();
  const cell = { sheet: opened.snapshot.sheets[0].name, row: 14, col: 4 };
  await host.selectCell(cell);
  expect(shown).toEqual([cell]);
  await expect(host.selectCell({ sheet: "Không có", row: 0, col: 0 })).rejects.toMatchObject({ code: "file_unreadable" });
});

it("offers nothing to download before the plan, then the copy with GIẢI PHÁP and the applied highlight", async () => {
  const { host, created, opened, analysis } = await openSample();
  await expect(host.buildDownload()).resolves.toBeUndefined();
  const plan = planHighlight(analysis, opened.snapshot);
  await host.applyHighlight(plan);
  const layout = layoutRemediationSheet(planRemediation(analysis, { year: 2021 }));
  await expect(host.writeRemediation(layout)).resolves.toBe("GIẢI PHÁP");
  expect(created).toEqual(["GIẢI PHÁP"]);

  const copy = await host.buildDownload();
  expect(copy?.fileName).toBe("so-ngoai-vu-2020.giai-phap.xlsx");
  const workbook = await readBack(copy!.bytes);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...opened.snapshot.sheets.map((s) => s.name), "GIẢI PHÁP"]);
  expect(workbook.getWorksheet("GIẢI PHÁP")!.getCell("A1").value).toBe(layout.cells[0][0]);
  expect(conditionalFormatsOf(workbook.getWorksheet(plan.rules[0].sheet)!)).toHaveLength(plan.rules.length);

  // Cleared: the next copy has no highlight; the opened workbook itself was left as it was.
  await expect(host.clearHighlight()).resolves.toBe(plan.rules.length);
  const plain = await readBack((await host.buildDownload())!.bytes);
  expect(conditionalFormatsOf(plain.getWorksheet(plan.rules[0].sheet)!)).toHaveLength(0);
  expect(opened.package.sheets.map((sheet) => sheet.name)).toEqual(opened.snapshot.sheets.map((sheet) => sheet.name));
});

it("refuses a file that is not a workbook and an OLE (encrypted) one by their codes", () => {
  expect(() => openWorkbookBytes(new TextEncoder().encode("xin chào"), "a.xlsx")).toThrow(expect.objectContaining({ code: "file_unreadable" }));
  const ole = new Uint8Array(512);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expect(() => openWorkbookBytes(ole, "b.xlsx")).toThrow(expect.objectContaining({ code: "file_encrypted" }));
});

const LEGACY = join(__dirname, "..", "..", "..", "test", "fixtures", "legacy");
const legacyBytes = (name: string) => new Uint8Array(readFileSync(join(LEGACY, name)));

it.each(["so-ngoai-vu-2020.xls", "so-ngoai-vu-2020.ods"])("reads %s as the .xlsx sample and downloads an .xlsx copy", async (name) => {
  const opened = openWorkbookBytes(legacyBytes(name), name);
  expect(opened.format).toBe(name.endsWith(".xls") ? "xls" : "ods");
  const result = analyzeWorkbook(opened.snapshot);
  if (!result.ok) throw new Error(result.problem.code);
  expect([result.analysis.totals.score, result.analysis.totals.max]).toEqual([75.25, 80]);

  const host = createBrowserHost(opened, { showCell: () => undefined, planCreated: () => undefined });
  await host.writeRemediation(layoutRemediationSheet(planRemediation(result.analysis, { year: 2021 })));
  const copy = await host.buildDownload();
  expect(copy?.fileName).toBe("so-ngoai-vu-2020.giai-phap.xlsx");
  const workbook = await readBack(copy!.bytes);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...opened.snapshot.sheets.map((s) => s.name), "GIẢI PHÁP"]);
});

it("refuses a real password-protected .xls, an .xlsb, Lotus and Works files by their codes", () => {
  expect(() => openWorkbookBytes(legacyBytes("encrypted.xls"), "encrypted.xls")).toThrow(expect.objectContaining({ code: "file_encrypted" }));
  expect(() => openWorkbookBytes(legacyBytes("binary.xlsb"), "binary.xlsb")).toThrow(expect.objectContaining({ code: "file_xlsb" }));
  expect(() => openWorkbookBytes(legacyBytes("lotus.wk1"), "lotus.wk1")).toThrow(expect.objectContaining({ code: "file_lotus_works" }));
  expect(() => openWorkbookBytes(legacyBytes("works.xlr"), "works.xlr")).toThrow(expect.objectContaining({ code: "file_lotus_works" }));
});
