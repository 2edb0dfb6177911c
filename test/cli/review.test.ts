import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { writeSyntheticWorkbook } from "../../bench/syntheticWorkbook";
import { readFrameworkSheet, round2, type Framework } from "../../src/domain";
import { openXlsxFile } from "../../src/hosts/xlsx/xlsxFile";
import { cchc, ROOT, sample, spawnCchc } from "./runCapture";

jest.setTimeout(180_000);

const tmp = mkdtempSync(path.join(tmpdir(), "cchc-review-"));
const units = path.join(tmp, "don-vi");
const SNV = "Bảng điểm 2020";

type Row = Record<string, string | number | null>;

/** A summary sheet's table as objects keyed by the header row (row 4), empty cells as null. */
async function readTable(file: string, sheetName: string): Promise<{ rows: Row[]; sheet: ExcelJS.Worksheet }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}: ${workbook.worksheets.map((s) => s.name).join(", ")}`);
  const headers = (sheet.getRow(4).values as unknown[]).slice(1).map(String);
  const rows: Row[] = [];
  for (let r = 5; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[];
    rows.push(Object.fromEntries(headers.map((header, at) => [header, (values[at + 1] ?? null) as string | number | null])));
  }
  return { rows, sheet };
}

interface CheckReport {
  file: string;
  total?: { index: number };
  findings?: { code: string; severity: string; cell: string }[];
  deductions?: { code: string; lost: number; leaf: boolean }[];
  error?: string;
}

/** What `cchc check --json` says of each file, one by one: the oracle the summary must agree with. */
async function checkEach(files: string[]): Promise<CheckReport[]> {
  const reports: CheckReport[] = [];
  for (const file of files) reports.push(JSON.parse((await cchc("check", file, "--json")).out)[0]);
  return reports;
}

beforeAll(async () => {
  mkdirSync(path.join(units, "nhóm 2"), { recursive: true });
  mkdirSync(path.join(units, ".cu"), { recursive: true });
  for (const name of ["so-ngoai-vu-2020.xlsx", "van-phong-ubnd-2018.xlsx", "split-ubnd-xa-2023.xlsx", "error.messy.xlsx"]) {
    copyFileSync(sample(name), path.join(units, name));
  }
  copyFileSync(sample("so-ngoai-vu-2020.xlsx"), path.join(units, "nhóm 2", "so-ngoai-vu-ban-sao.xlsx"));
  copyFileSync(path.join(ROOT, "test/fixtures/xlsx/scoring.xlsx"), path.join(units, "nhóm 2", "scoring.xlsx"));
  copyFileSync(path.join(ROOT, "test/fixtures/xlsx/not-xlsx.xlsx"), path.join(units, "hỏng.xlsx"));
  copyFileSync(path.join(ROOT, "test/fixtures/xlsx/truncated.xlsx"), path.join(units, "nhóm 2", "dở-dang.xlsx"));
  await writeSyntheticWorkbook(path.join(units, "huyen-60.xlsx"), 60);
  await writeSyntheticWorkbook(path.join(units, "huyen-100.xlsx"), 100);
  await writeSyntheticWorkbook(path.join(units, "nhóm 2", "huyen-300.xlsx"), 300);
  // Never read: a hidden file, a hidden folder, Excel's lock file, a text file.
  copyFileSync(sample("error.messy.xlsx"), path.join(units, ".an.xlsx"));
  copyFileSync(sample("error.messy.xlsx"), path.join(units, ".cu", "cu.xlsx"));
  writeFileSync(path.join(units, "~$so-ngoai-vu-2020.xlsx"), "lock");
  writeFileSync(path.join(units, "ghi-chu.txt"), "ghi chú");
});

describe("cchc review over a folder of eleven workbooks", () => {
  const out = path.join(tmp, "ket-qua", "tong-hop.xlsx");
  let run: Awaited<ReturnType<typeof cchc>>;
  let oracle: CheckReport[];

  beforeAll(async () => {
    mkdirSync(path.dirname(out));
    run = await cchc("review", units, "-o", out);
    const files = (await readTable(out, "Tổng hợp")).rows.map((row) => String(row["Tệp"]));
    oracle = await checkEach(files);
  });

  it("exits 2 (two files unusable), prints progress per file on stderr and where it wrote", () => {
    expect(run.code).toBe(2);
    expect(run.err.split("\n").filter((line) => /^\[\d+\/11\] /.test(line))).toHaveLength(11);
    expect(run.out).toContain(out);
  });

  it("keeps one row per workbook, hidden and lock files skipped, unusable files with their reason", async () => {
    const { rows } = await readTable(out, "Tổng hợp");
    const names = rows.map((row) => path.relative(units, String(row["Tệp"]))).sort();
    expect(names).toEqual(
      ["error.messy.xlsx", "hỏng.xlsx", "huyen-100.xlsx", "huyen-60.xlsx", "so-ngoai-vu-2020.xlsx", "split-ubnd-xa-2023.xlsx", "van-phong-ubnd-2018.xlsx"]
        .concat(["dở-dang.xlsx", "huyen-300.xlsx", "scoring.xlsx", "so-ngoai-vu-ban-sao.xlsx"].map((name) => path.join("nhóm 2", name)))
        .sort(),
    );
    const unusable = rows.filter((row) => row["Tình trạng"] === "không đọc được");
    expect(unusable.map((row) => path.basename(String(row["Tệp"]))).sort()).toEqual(["dở-dang.xlsx", "hỏng.xlsx"]);
    for (const row of unusable) {
      expect(row["Xếp hạng"]).toBeNull();
      expect(String(row["Ghi chú"])).toContain(String(row["Tệp"]));
    }
    expect(rows.slice(-2)).toEqual(unusable);
  });

  it("names each unit from its title rows, else by file name", async () => {
    const { rows } = await readTable(out, "Tổng hợp");
    const unitOf = (name: string) => rows.find((row) => path.basename(String(row["Tệp"])) === name)?.["Đơn vị"];
    expect(unitOf("so-ngoai-vu-2020.xlsx")).toBe("SỞ NGOẠI VỤ");
    expect(unitOf("van-phong-ubnd-2018.xlsx")).toBe("VĂN PHÒNG UBND TỈNH");
    expect(unitOf("split-ubnd-xa-2023.xlsx")).toBe("UBND XÃ THẠCH HẠ");
    expect(unitOf("error.messy.xlsx")).toBe("error.messy");
  });

  it("ranks by index as check computes it, ties sharing a rank (the two Sở Ngoại vụ copies) and the next one skipping", async () => {
    const { rows } = await readTable(out, "Tổng hợp");
    const indexes = oracle.filter((report) => report.total).map((report) => report.total!.index);
    for (const row of rows.filter((r) => r["Xếp hạng"] !== null)) {
      const report = oracle.find((item) => item.file === row["Tệp"])!;
      expect(row["Chỉ số (%)"]).toBe(report.total!.index);
      expect(row["Xếp hạng"]).toBe(1 + indexes.filter((index) => index > report.total!.index).length);
    }
    const ranks = rows.map((row) => row["Xếp hạng"]).filter((rank): rank is number => rank !== null);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const snv = rows.filter((row) => row["Đơn vị"] === "SỞ NGOẠI VỤ").map((row) => row["Xếp hạng"] as number);
    expect(snv).toHaveLength(2);
    expect(snv[0]).toBe(snv[1]);
    expect(ranks).not.toContain(snv[0] + 1);
    expect(rows.find((row) => row["Đơn vị"] === "SỞ NGOẠI VỤ")).toMatchObject({ "Điểm đạt": 75.25, "Điểm tối đa": 80, "Lĩnh vực 1": 8.92 });
  });

  it("counts each workbook's errors and warnings, with its status, and lists every finding with its cell", async () => {
    const { rows } = await readTable(out, "Tổng hợp");
    const findings = (await readTable(out, "Lỗi và cảnh báo")).rows;
    const messy = rows.find((row) => row["Đơn vị"] === "error.messy");
    expect(messy).toMatchObject({ "Số lỗi": 8, "Số cảnh báo": 1, "Tình trạng": "có lỗi" });
    expect(rows.find((row) => row["Đơn vị"] === "SỞ NGOẠI VỤ")).toMatchObject({ "Số lỗi": 0, "Số cảnh báo": 1, "Tình trạng": "đạt" });
    for (const report of oracle.filter((item) => item.findings)) {
      const row = rows.find((r) => r["Tệp"] === report.file)!;
      expect(row["Số lỗi"]).toBe(report.findings!.filter((f) => f.severity === "error").length);
      expect(row["Số cảnh báo"]).toBe(report.findings!.filter((f) => f.severity === "warning").length);
      const listed = findings.filter((f) => f["Tệp"] === report.file).map((f) => [f["Ô"], f["Mã lỗi"], f["Mức độ"]]);
      expect(listed).toEqual(report.findings!.map((f) => [f.cell, f.code, f.severity === "error" ? "Lỗi" : "Cảnh báo"]));
    }
    expect(findings.map((f) => f["TT"])).toEqual(findings.map((_, at) => at + 1));
    expect(findings.find((f) => f["Mã lỗi"] === "total_score_mismatch")).toMatchObject({ "Đơn vị": "VĂN PHÒNG UBND TỈNH", "Ô": "Chỉ số CCHC 2018!F53" });
  });

  it("tallies the deducted criteria across units, most units first, as check's deductions add up", async () => {
    const { rows } = await readTable(out, "Tiêu chí bị trừ");
    const tally = new Map<string, { units: number; lost: number }>();
    for (const report of oracle) {
      for (const item of (report.deductions ?? []).filter((d) => d.leaf)) {
        const entry = tally.get(item.code) ?? { units: 0, lost: 0 };
        tally.set(item.code, { units: entry.units + 1, lost: entry.lost + item.lost });
      }
    }
    expect(rows.map((row) => [row["Mã"], row["Số đơn vị bị trừ"], row["Tổng điểm bị trừ"]]).sort()).toEqual(
      [...tally].map(([code, entry]) => [code, entry.units, round2(entry.lost)]).sort(),
    );
    const order = rows.map((row) => [row["Số đơn vị bị trừ"] as number, row["Tổng điểm bị trừ"] as number]);
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1][0] > order[i][0] || (order[i - 1][0] === order[i][0] && order[i - 1][1] >= order[i][1])).toBe(true);
    }
    const first = rows[0];
    expect(first["Bình quân bị trừ"]).toBe(round2((first["Tổng điểm bị trừ"] as number) / (first["Số đơn vị bị trừ"] as number)));
    const item15 = rows.find((row) => row["Mã"] === "1.5")!;
    expect(String(item15["Các đơn vị"]).split("; ").filter((name) => name === "SỞ NGOẠI VỤ")).toHaveLength(2);
  });

  it("is formatted like the GIẢI PHÁP sheet: Times New Roman, bold filled header, borders, frozen header, autofilter, A4 landscape", async () => {
    const { sheet } = await readTable(out, "Tổng hợp");
    expect(sheet.getCell("A1").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(sheet.getCell("B4").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(sheet.getCell("B5").border?.left?.style).toBe("thin");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
  });

  it("says the same in one JSON object with --json", async () => {
    const json = await cchc("review", path.join(units, "so-ngoai-vu-2020.xlsx"), path.join(units, "error.messy.xlsx"), "--json");
    expect(json.code).toBe(1);
    const review = JSON.parse(json.out);
    expect(review.units.map((u: { unit: string; rank: number }) => [u.unit, u.rank])).toEqual([["error.messy", 1], ["SỞ NGOẠI VỤ", 2]]);
    expect(review.deducted[0]).toMatchObject({ units: expect.any(Number), lost: expect.any(Number) });
  });
});

describe("checking against a framework", () => {
  const fwJson = path.join(tmp, "khung.json");
  const fwXlsx = path.join(tmp, "khung.xlsx");
  let framework: Framework;

  beforeAll(async () => {
    const read = readFrameworkSheet((await openXlsxFile(sample("so-ngoai-vu-2020.xlsx"))).snapshot, "QĐ 2020");
    if (!read.ok) throw new Error(read.where);
    const criteria = read.framework.criteria
      .filter((c) => c.code !== "4.1.5")
      .map((c) => (c.code === "1.2" ? { ...c, max: 2 } : c))
      .map((c) => (c.code === "2.2" ? { ...c, title: "Kiểm tra, xử lý văn bản QPPL" } : c))
      .map((c) => (c.code === "2.3" ? { ...c, title: `  ${c.title.toUpperCase()} ` } : c));
    criteria.splice(criteria.findIndex((c) => c.code === "2"), 0, { code: "1.8", title: "Ứng dụng trí tuệ nhân tạo", max: 0.5 });
    framework = { name: "QĐ 2020", total: 80, criteria };
    writeFileSync(fwJson, JSON.stringify({ name: framework.name, total: 80, criteria }));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Bộ tiêu chí");
    sheet.addRow(["BỘ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP SỞ"]);
    sheet.addRow([]);
    sheet.addRow(["TT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa"]);
    for (const c of criteria) sheet.addRow([c.code, c.title, c.max]);
    sheet.addRow([null, "Tổng cộng", 80]);
    await workbook.xlsx.writeFile(fwXlsx);
  });

  const deviations = [
    ["framework_max_mismatch", `${SNV}!C15`, "1.2", 2, 1.5],
    ["framework_missing", `${SNV}!A8`, "1.8", "Ứng dụng trí tuệ nhân tạo", undefined],
    ["framework_title_mismatch", `${SNV}!A36`, "2.2", "Kiểm tra, xử lý văn bản QPPL", "Tự kiểm tra văn bản QPPL"],
    ["framework_extra", `${SNV}!A70`, "4.1.5", undefined, expect.stringMatching(/^Thực hiện chức năng nhiệm vụ/)],
  ];

  it.each([
    ["JSON", fwJson],
    ["xlsx without scores", fwXlsx],
  ])("check --framework (%s) reports each deviation at the workbook's cell, as errors but the title", async (_, file) => {
    const run = await cchc("check", sample("so-ngoai-vu-2020.xlsx"), "--framework", file, "--json");
    expect(run.code).toBe(1);
    const found = JSON.parse(run.out)[0].findings.filter((f: { code: string }) => f.code.startsWith("framework_"));
    const order = (f: { cell: string }) => Number(/\d+$/.exec(f.cell)![0]);
    expect(found.map((f: Record<string, unknown>) => [f.code, f.cell, f.criterion, f.expected, f.actual])).toEqual(
      [...deviations].sort((a, b) => order({ cell: a[1] as string }) - order({ cell: b[1] as string })),
    );
    expect(found.filter((f: { severity: string }) => f.severity === "warning").map((f: { code: string }) => f.code)).toEqual(["framework_title_mismatch"]);
  });

  it("review --framework writes the «Khung tiêu chí» sheet: each deviation per unit with both values", async () => {
    const out = path.join(tmp, "khung-tong-hop.xlsx");
    const run = await cchc("review", path.join(units, "so-ngoai-vu-2020.xlsx"), path.join(units, "nhóm 2", "so-ngoai-vu-ban-sao.xlsx"), "--framework", fwJson, "-o", out);
    expect(run.code).toBe(1);
    const { rows } = await readTable(out, "Khung tiêu chí");
    expect(rows).toHaveLength(8);
    const title = rows.find((row) => row["Mã tiêu chí"] === "2.2")!;
    expect(title).toMatchObject({ "Sai lệch": "Tên tiêu chí khác", "Khung tiêu chí": "Kiểm tra, xử lý văn bản QPPL", "Bảng điểm": "Tự kiểm tra văn bản QPPL", "Ô": `${SNV}!A36` });
    expect(rows.find((row) => row["Mã tiêu chí"] === "1.2")).toMatchObject({ "Sai lệch": "Điểm tối đa khác", "Khung tiêu chí": 2, "Bảng điểm": 1.5 });
    expect(rows.filter((row) => row["Mã tiêu chí"] === "1.8").map((row) => row["Sai lệch"])).toEqual(["Thiếu tiêu chí", "Thiếu tiêu chí"]);
    expect(rows.filter((row) => row["Mã tiêu chí"] === "4.1.5").map((row) => row["Sai lệch"])).toEqual(["Tiêu chí ngoài khung", "Tiêu chí ngoài khung"]);
    expect(new Set(rows.map((row) => row["Tệp"])).size).toBe(2);
  });

  it("refuses a malformed framework with exit 2, naming the file and the field", async () => {
    const bad = path.join(tmp, "khung-sai.json");
    writeFileSync(bad, JSON.stringify({ criteria: [{ code: "1", title: "Chỉ đạo", max: "mười" }] }));
    const run = await cchc("check", sample("so-ngoai-vu-2020.xlsx"), "--framework", bad);
    expect(run.code).toBe(2);
    expect(run.err).toContain(bad);
    expect(run.err).toContain("criteria[0].max");
  });
});

describe("cchc review as installed (bin/cchc.js: the compiled CLI and its worker file)", () => {
  it("reviews on worker threads and writes the summary", async () => {
    const out = path.join(tmp, "spawned.xlsx");
    const run = spawnCchc("review", path.join(units, "so-ngoai-vu-2020.xlsx"), path.join(units, "split-ubnd-xa-2023.xlsx"), "-o", out);
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(0);
    const { rows } = await readTable(out, "Tổng hợp");
    expect(rows.map((row) => [row["Đơn vị"], row["Xếp hạng"]])).toEqual([["SỞ NGOẠI VỤ", 1], ["UBND XÃ THẠCH HẠ", 2]]);
  });
});

describe("cchc review arguments", () => {
  it("needs -o or --json, and never writes over an input", async () => {
    expect((await cchc("review", units)).code).toBe(2);
    const input = path.join(units, "so-ngoai-vu-2020.xlsx");
    const run = await cchc("review", input, "-o", input);
    expect(run.code).toBe(2);
    expect(run.err).toContain(input);
  });

  it("speaks English with --lang en: sheet names, headers and statuses", async () => {
    const out = path.join(tmp, "summary-en.xlsx");
    const run = await cchc("review", path.join(units, "so-ngoai-vu-2020.xlsx"), path.join(units, "hỏng.xlsx"), "-o", out, "--lang", "en");
    expect(run.code).toBe(2);
    const { rows } = await readTable(out, "Summary");
    expect(rows.map((row) => [row["Unit"], row["Rank"], row["Status"]])).toEqual([["SỞ NGOẠI VỤ", 1, "passed"], ["hỏng", null, "unreadable"]]);
    expect((await readTable(out, "Deducted criteria")).rows.length).toBeGreaterThan(0);
  });

  it("replaces an existing summary only with --force", async () => {
    const out = path.join(tmp, "co-san.xlsx");
    writeFileSync(out, "bản cũ");
    const input = path.join(units, "so-ngoai-vu-2020.xlsx");
    const refused = await cchc("review", input, "-o", out);
    expect(refused.code).toBe(2);
    expect(refused.out + refused.err).toContain(out);
    expect(readFileSync(out, "utf8")).toBe("bản cũ");
    expect((await cchc("review", input, "-o", out, "--force")).code).toBe(0);
    expect((await readTable(out, "Tổng hợp")).rows).toHaveLength(1);
  });
});
