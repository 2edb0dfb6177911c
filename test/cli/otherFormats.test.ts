import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { cchc, ROOT, sha256 } from "./runCapture";

const LEGACY = path.join(ROOT, "test", "fixtures", "legacy");
const fixture = (name: string): string => path.join(LEGACY, name);
const tmp = mkdtempSync(path.join(tmpdir(), "cchc-formats-"));

describe("cchc on .xls, .ods and legacy-encoded workbooks", () => {
  it.each(["so-ngoai-vu-2020.xls", "so-ngoai-vu-2020.ods", "tcvn3-so-ngoai-vu.xls", "vni-so-ngoai-vu.ods"])(
    "check %s: the seed-000 total 75,25/80 and exit 0",
    async (name) => {
      const run = await cchc("check", fixture(name), "--json");
      expect(run.code).toBe(0);
      const [report] = JSON.parse(run.out);
      expect(report.total).toMatchObject({ max: 80, score: 75.25 });
      expect(report.sheet).toBe("Bảng điểm 2020");
    },
  );

  it("check on a TCVN3 workbook lists the converted cells as information", async () => {
    const run = await cchc("check", fixture("tcvn3-so-ngoai-vu.xls"));
    expect(run.out).toContain("Thông tin (2):");
    expect(run.out).toContain("[legacy_text_converted]");
    expect(run.out).toContain("Lý do: các kế hoạch chỉ mới thực hiện được 94,76%/100%.");
  });

  it.each(["so-ngoai-vu-2020.xls", "vni-so-ngoai-vu.ods"])(
    "plan %s writes an .xlsx copy with every sheet and GIẢI PHÁP, says so, and leaves the input as it was",
    async (name) => {
      const input = fixture(name);
      const before = sha256(input);
      const out = path.join(tmp, `${name}.giai-phap.xlsx`);
      const run = await cchc("plan", input, "-o", out);
      expect(run.code).toBe(0);
      expect(run.out).toContain(`Tệp đầu vào là .${path.extname(name).slice(1)}`);
      expect(sha256(input)).toBe(before);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Hướng dẫn", "Bảng điểm 2020", "GIẢI PHÁP"]);
      const plan = wb.getWorksheet("GIẢI PHÁP")!;
      const texts: string[] = [];
      plan.eachRow((row) => texts.push(String(row.getCell(2).value ?? "")));
      // Written in Unicode even from VNI text.
      expect(texts.join("\n")).toContain("Tiêu chí 1.2: Mức độ hoàn thành kế hoạch cải cách hành chính đạt 1,42/1,5 điểm");
      expect(wb.getWorksheet("Bảng điểm 2020")!.getCell("E8").value).toBe(8.92);
    },
  );

  it.each([
    ["encrypted.xls", "file_encrypted", "mật khẩu"],
    ["excel95.xls", "file_old_excel", "Excel 5.0/95"],
    ["works.xlr", "file_lotus_works", "Works"],
    ["lotus.wk1", "file_lotus_works", "Lotus 1-2-3"],
    ["binary.xlsb", "file_xlsb", ".xlsb"],
  ])("%s: a clear message and exit 2", async (name, code, words) => {
    const text = await cchc("check", fixture(name));
    expect(text.code).toBe(2);
    expect(text.err).toContain(name);
    expect(text.err).toContain(words);
    const json = await cchc("check", fixture(name), "--json");
    expect(JSON.parse(json.out)[0].errorCode).toBe(code);
  });

  it("review walks a folder for .xls and .ods too, TCVN3/VNI included", async () => {
    const folder = path.join(tmp, "units");
    mkdirSync(folder, { recursive: true });
    for (const name of ["so-ngoai-vu-2020.xls", "tcvn3-so-ngoai-vu.xls", "vni-so-ngoai-vu.ods"]) copyFileSync(fixture(name), path.join(folder, name));
    const run = await cchc("review", folder, "--json");
    expect(run.code).toBe(0);
    const review = JSON.parse(run.out);
    expect(review.units.map((u: { file: string; score: number }) => [path.basename(u.file), u.score])).toEqual([
      ["so-ngoai-vu-2020.xls", 75.25],
      ["tcvn3-so-ngoai-vu.xls", 75.25],
      ["vni-so-ngoai-vu.ods", 75.25],
    ]);
  });

  it("plan on an encrypted .xls writes nothing and exits 2", async () => {
    const out = path.join(tmp, "encrypted.giai-phap.xlsx");
    const run = await cchc("plan", fixture("encrypted.xls"), "-o", out);
    expect(run.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
