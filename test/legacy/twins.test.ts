import * as path from "path";
import { analyzeWorkbook, formatCellRef, planRemediation, type Analysis } from "../../src/domain";
import { readWorkbookFile } from "../../src/hosts/readWorkbookFile";

const ROOT = path.resolve(__dirname, "../..");
const LEGACY = path.join(ROOT, "test/fixtures/legacy");

async function analyze(file: string): Promise<Analysis> {
  const doc = await readWorkbookFile(file);
  const result = analyzeWorkbook(doc.snapshot);
  if (!result.ok) throw new Error(`${file}: ${result.problem.code}`);
  return result.analysis;
}

/** What a reviewer compares between two copies of one workbook. */
function essentials(analysis: Analysis, fold: (text: string) => string = (text) => text) {
  return {
    sheet: analysis.source.kind === "single" ? analysis.source.table.sheet : null,
    totals: analysis.totals,
    areas: analysis.areas.map((area) => [area.code, fold(area.title), area.max, area.score, formatCellRef(area.cell)]),
    deductions: analysis.deductions.map((d) => [d.code, fold(d.title), d.max, d.score, d.lost, fold(d.reason), formatCellRef(d.cell)]),
    findings: analysis.findings
      .filter((finding) => finding.code !== "legacy_text_converted")
      .map((finding) => [finding.code, finding.severity, formatCellRef(finding.cell), finding.criterion]),
    plan: planRemediation(analysis, { year: 2021 }).rows.map((row) => [row.issues.map(fold), row.steps]),
  };
}

describe("a workbook and its .xls, .ods, TCVN3 and VNI twins", () => {
  let unicode: Analysis;
  beforeAll(async () => {
    unicode = await analyze(path.join(ROOT, "samples/so-ngoai-vu-2020.xlsx"));
  });

  it.each(["so-ngoai-vu-2020.xls", "so-ngoai-vu-2020.ods"])("%s gives the same totals, deductions and findings", async (name) => {
    const twin = await analyze(path.join(LEGACY, name));
    expect(essentials(twin)).toEqual(essentials(unicode));
    expect(twin.findings.some((finding) => finding.code === "legacy_text_converted")).toBe(false);
  });

  it.each(["vni-so-ngoai-vu.xlsx", "vni-so-ngoai-vu.ods"])("%s (VNI) reads as the Unicode workbook, text included", async (name) => {
    const twin = await analyze(path.join(LEGACY, name));
    expect(essentials(twin)).toEqual(essentials(unicode));
  });

  // .VnTime has no capital toned letters ("Ủy" is typed "ủy"), so TCVN3 text compares without case.
  it.each(["tcvn3-so-ngoai-vu.xlsx", "tcvn3-so-ngoai-vu.xls"])("%s (TCVN3) reads as the Unicode workbook", async (name) => {
    const twin = await analyze(path.join(LEGACY, name));
    const fold = (text: string) => text.toLowerCase();
    expect(essentials(twin, fold)).toEqual(essentials(unicode, fold));
  });

  it.each([
    ["tcvn3-so-ngoai-vu.xlsx", ".VnTimeH", ".VnTime"],
    ["tcvn3-so-ngoai-vu.xls", ".VnTimeH", ".VnTime"],
    ["vni-so-ngoai-vu.xlsx", "VNI-Times", "VNI-Times"],
    ["vni-so-ngoai-vu.ods", "VNI-Times", "VNI-Times"],
  ])("%s: the reader keeps the legacy fonts of the title (A1) and the header (B5), not of the reasons (F15)", async (name, title, header) => {
    const sheet = (await readWorkbookFile(path.join(LEGACY, name))).snapshot.sheets[1];
    expect([sheet.fonts?.[0]?.[0], sheet.fonts?.[4]?.[1], sheet.fonts?.[14]?.[5]]).toEqual([title, header, undefined]);
  });

  it("says which cells were converted: one info finding per sheet, by font and where the font was lost", async () => {
    const twin = await analyze(path.join(LEGACY, "tcvn3-so-ngoai-vu.xlsx"));
    const infos = twin.findings.filter((finding) => finding.code === "legacy_text_converted");
    expect(infos.map((f) => [f.severity, formatCellRef(f.cell), f.expected])).toEqual([
      ["info", "Hướng dẫn!A1", "TCVN3"],
      ["info", "Bảng điểm 2020!A1", "TCVN3"],
    ]);
    // A1…A6 of the instructions are Times New Roman (font lost); F (reasons) likewise on the scoring sheet.
    expect(infos[0].actual).toBe("A1, A2, A3, A4, A5, A6");
    expect(String(infos[1].actual)).toMatch(/\bB5:D5\b/);
    expect(String(infos[1].actual)).toMatch(/\bF15:G15\b/);
  });
});
