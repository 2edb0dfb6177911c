/**
 * Times the .xlsx host on a synthetic 20,000-row × 8-column scoring sheet (run by `npm run bench`), in-process:
 * a bare exceljs load beside openXlsxFile (read + snapshot) and addPlanToXlsx (GIẢI PHÁP sheet + highlight + zip).
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { addPlanToXlsx } from "../src/hosts/xlsx/package/addPlanToXlsx";
import { openXlsxFile, writeNewFile } from "../src/hosts/xlsx/xlsxFile";
import { sampleHighlight, sampleLayout } from "../test/helpers/remediationLayout";

async function makeWorkbook(file: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Điểm");
  sheet.mergeCells("A1:H1");
  sheet.getCell("A1").value = "BẢNG ĐIỂM";
  for (let r = 3; r < rows + 3; r++) {
    sheet.getRow(r).values = [`${Math.floor(r / 10)}.${r % 10}`, `Tiêu chí số ${r}`, 1.5,
      { formula: `C${r}*1`, result: 1.5 }, 1.42, "Lý do trừ điểm", "Tài liệu kiểm chứng", r];
  }
  await workbook.xlsx.writeFile(file);
}

async function time<T>(label: string, run: () => Promise<T> | T): Promise<T> {
  const start = process.hrtime.bigint();
  const result = await run();
  console.log(`${label.padEnd(34)} ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0).padStart(6)} ms`);
  return result;
}

/** In its own function so the bare workbook can be collected before the host's own run. */
async function timeBareLoad(file: string): Promise<void> {
  const bare = new ExcelJS.Workbook();
  await time("exceljs load (bare)", () => bare.xlsx.readFile(file));
}

async function timeHost(file: string, rows: number, out: string): Promise<void> {
  const doc = await time("openXlsxFile (read + snapshot)", () => openXlsxFile(file));
  const highlight = { rules: sampleHighlight().rules.map((rule) => ({ ...rule, range: `E3:E${rows + 2}` })) };
  const added = await time("addPlanToXlsx (sheet + highlight)", () => addPlanToXlsx(doc.package, sampleLayout(), highlight));
  await time("writeNewFile", () => writeNewFile(out, added.bytes, { inputPath: file, force: true }));
}

export async function run(rows = 20000): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "cchc-bench-"));
  const file = path.join(dir, "big.xlsx");
  await makeWorkbook(file, rows);
  console.log(`xlsx host: ${rows} rows × 8 columns, ${((await fs.stat(file)).size / 1e6).toFixed(1)} MB`);
  // Three rounds: this machine is shared, and the first round also pays for warming up.
  for (let round = 1; round <= 3; round++) {
    console.log(`round ${round}`);
    await timeBareLoad(file);
    await timeHost(file, rows, path.join(dir, "out.xlsx"));
  }
  await fs.rm(dir, { recursive: true, force: true });
}

