import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { cchc, sample, spawnCchc } from "./runCapture";

interface JsonFinding {
  code: string;
  severity: string;
  cell: string;
  expected?: number;
  actual?: number;
  message: string;
}

const tmp = mkdtempSync(path.join(tmpdir(), "cchc-check-"));

describe("cchc check on the samples", () => {
  it("passes the seed-000 workbook, naming the sheet it used and the total 75,25/80", async () => {
    const run = await cchc("check", sample("so-ngoai-vu-2020.xlsx"));
    expect(run.code).toBe(0);
    expect(run.out).toContain("«Bảng điểm 2020»");
    expect(run.out).toContain("75,25/80");
    expect(run.out).toContain("8,92/10");
    expect(run.out).not.toMatch(/^Lỗi \(/m);
  });

  it("flags seed 004's total row: 93,43 stated while the areas add up to 93,13, at the total's cell", async () => {
    const run = await cchc("check", sample("van-phong-ubnd-2018.xlsx"), "--json");
    expect(run.code).toBe(1);
    const [report] = JSON.parse(run.out);
    const mismatch = report.findings.find((finding: JsonFinding) => finding.code === "total_score_mismatch");
    expect(mismatch).toMatchObject({ severity: "error", expected: 93.13, actual: 93.43 });
    expect(mismatch.cell).toMatch(/^Chỉ số CCHC 2018!F\d+$/);
    expect(report.total).toMatchObject({ score: 93.13, max: 100, stated: 93.43 });
    expect(report.areas.map((area: { code: string }) => area.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(report.findings.filter((finding: JsonFinding) => finding.severity === "error")).toHaveLength(1);
  });

  it("says the same in words, with the cell", async () => {
    const run = await cchc("check", sample("van-phong-ubnd-2018.xlsx"));
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/93,13.*93,43.*Chỉ số CCHC 2018!F\d+/);
  });

  it("finds the split layout by itself and names both sheets", async () => {
    const run = await cchc("check", sample("split-ubnd-xa-2023.xlsx"));
    expect(run.code).toBe(0);
    expect(run.out).toContain("«Tiêu chí»");
    expect(run.out).toContain("«Điểm»");
    expect(run.out).toMatch(/Điểm!C\d+/);
  });

  it("accepts the split sheets named on the command line", async () => {
    const run = await cchc("check", sample("split-ubnd-xa-2023.xlsx"), "--criteria-sheet", "Tiêu chí", "--scores-sheet", "Điểm", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)[0]).toMatchObject({ sheet: "Tiêu chí", scoresSheet: "Điểm" });
  });

  it("reports each typical mistake of error.messy.xlsx with its cell", async () => {
    const run = await cchc("check", sample("error.messy.xlsx"), "--json");
    expect(run.code).toBe(1);
    const findings: JsonFinding[] = JSON.parse(run.out)[0].findings;
    const at = (code: string) => findings.filter((finding) => finding.code === code).map((finding) => finding.cell);
    expect(at("score_above_max")).toContain("Điểm!D6");
    expect(at("formula_error")).toContain("Điểm!D9");
    expect(at("score_sum_mismatch")).toContain("Điểm!D11");
    expect(at("duplicate_code")).toEqual(["Điểm!A14"]);
    expect(findings.find((finding) => finding.code === "missing_reason")).toMatchObject({ severity: "warning" });
  });

  it("uses the self-assessed score when asked", async () => {
    const run = await cchc("check", sample("so-ngoai-vu-2020.xlsx"), "--score", "self", "--json");
    const [report] = JSON.parse(run.out);
    expect(report.scoreSource).toBe("self");
    expect(report.total.score).toBeGreaterThan(75.25);
  });

  it("speaks English with --lang en, numbers with a decimal point", async () => {
    const run = await cchc("check", sample("so-ngoai-vu-2020.xlsx"), "--lang", "en");
    expect(run.out).toContain('sheet "Bảng điểm 2020"');
    expect(run.out).toContain("Total: 75.25/80");
    expect(run.out).toContain("1.42/1.5 (−0.08)");
    // The workbook's own text keeps its commas ("94,76%" in a reason); every figure the report computes has a point.
    expect(run.out.split("\n").filter((line) => !/Reason:/.test(line) && /\d,\d/.test(line))).toEqual([]);
  });
});

describe("cchc check --json", () => {
  it("prints one object per file with rounded numbers and Sheet!A1 cells", async () => {
    const run = await cchc("check", sample("so-ngoai-vu-2020.xlsx"), sample("split-ubnd-xa-2023.xlsx"), "--json");
    const reports = JSON.parse(run.out);
    expect(reports).toHaveLength(2);
    for (const report of reports) {
      expect(Object.keys(report)).toEqual(expect.arrayContaining(["file", "sheet", "total", "areas", "deductions", "findings"]));
      expect(Object.keys(report.total)).toEqual(expect.arrayContaining(["max", "score", "stated"]));
      for (const item of report.deductions) {
        expect(Object.keys(item)).toEqual(expect.arrayContaining(["code", "title", "max", "score", "reason", "cell"]));
        expect(item.cell).toMatch(/^[^!]+![A-Z]+\d+$/);
      }
    }
    const numbers = JSON.stringify(reports).match(/(?<=[:,[]\s*)-?\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const text of numbers) expect(text).toMatch(/^-?\d+\.\d{1,2}$/);
    const deduction = reports[0].deductions.find((item: { code: string }) => item.code === "7.1.5");
    expect(deduction).toMatchObject({ max: 1.5, score: 1.33, reason: "chất lượng Cổng thông tin của Sở chỉ đạt 88%/100%." });
  });

  it("lists a file that cannot be used with an error field and exits 2", async () => {
    const missing = path.join(tmp, "không-có.xlsx");
    const run = await cchc("check", sample("so-ngoai-vu-2020.xlsx"), missing, "--json");
    expect(run.code).toBe(2);
    const reports = JSON.parse(run.out);
    expect(reports[1]).toMatchObject({ file: missing, errorCode: "file_not_found" });
    expect(reports[1].error).toContain(missing);
  });
});

describe("files that cannot be used (exit 2, a message naming the file, no stack trace)", () => {
  it("a missing file", async () => {
    const missing = path.join(tmp, "missing.xlsx");
    const run = await cchc("check", missing);
    expect(run.code).toBe(2);
    expect(run.err).toContain(missing);
    expect(run.err).not.toMatch(/\n\s+at /);
  });

  it("a text file named .xlsx", async () => {
    const file = path.join(tmp, "notes.xlsx");
    writeFileSync(file, "TT;Tiêu chí;Điểm tối đa\n");
    const run = await cchc("check", file);
    expect(run.code).toBe(2);
    expect(run.err).toContain(file);
    expect(run.err).toContain(".xlsx");
  });

  it("a password-protected (OLE) file", async () => {
    const file = path.join(tmp, "locked.xlsx");
    writeFileSync(file, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const run = await cchc("check", file, "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.err).toContain(file);
    expect(run.err).toMatch(/password/);
  });

  it("a workbook without a scoring table says what it looked for", async () => {
    const file = path.join(tmp, "memo.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Công văn").getCell("A1").value = "Kính gửi: Sở Nội vụ";
    await wb.xlsx.writeFile(file);
    const run = await cchc("check", file);
    expect(run.code).toBe(2);
    expect(run.err).toContain(file);
    expect(run.err).toContain("Điểm tối đa");
  });

  it("an unknown sheet named with --sheet", async () => {
    const run = await cchc("check", sample("so-ngoai-vu-2020.xlsx"), "--sheet", "Không có");
    expect(run.code).toBe(2);
    expect(run.err).toContain("Không có");
  });
});

describe("arguments and progress", () => {
  it("shows progress on stderr with several files, and the worst exit code wins", async () => {
    const run = await cchc("check", sample("so-ngoai-vu-2020.xlsx"), sample("van-phong-ubnd-2018.xlsx"));
    expect(run.code).toBe(1);
    expect(run.err).toContain("[1/2]");
    expect(run.err).toContain("[2/2] ");
    expect(run.err).toContain("van-phong-ubnd-2018.xlsx");
  });

  it.each([
    [["frobnicate", "x.xlsx"]],
    [["check"]],
    [["check", "x.xlsx", "--score", "best"]],
    [["check", "x.xlsx", "--criteria-sheet", "A"]],
    [["check", "x.xlsx", "--bogus"]],
    [["plan", "a.xlsx", "b.xlsx"]],
  ])("rejects %j with exit 2", async (args) => {
    const run = await cchc(...args);
    expect(run.code).toBe(2);
    expect(run.err).toContain("cchc --help");
  });

  it("prints help with exit 0", async () => {
    const run = await cchc("--help");
    expect(run.code).toBe(0);
    expect(run.out).toContain("cchc check");
    expect(run.out).toContain("cchc plan");
  });
});

describe("as a separate process (bin/cchc.js)", () => {
  it("exits 1 on sample b and 2 on a missing file, printing no stack", () => {
    const run = spawnCchc("check", "samples/van-phong-ubnd-2018.xlsx", "--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)[0].file).toBe("samples/van-phong-ubnd-2018.xlsx");
    const missing = spawnCchc("check", "samples/không-có.xlsx");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("samples/không-có.xlsx");
    expect(missing.err).not.toMatch(/\n\s+at /);
  });
});
