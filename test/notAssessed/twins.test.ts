import path from "node:path";
import type { JsonReport } from "../../src/cli/jsonReport";
import { analyzeWorkbook, layoutRemediationSheet, planRemediation } from "../../src/domain";
import { openXlsxFile } from "../../src/hosts/xlsx/xlsxFile";
import { cchc, ROOT } from "../cli/runCapture";

const FIXTURES = path.join(ROOT, "test/fixtures/notAssessed");

async function check(name: string, ...args: string[]): Promise<{ code: number; report: JsonReport }> {
  const run = await cchc("check", path.join(FIXTURES, name), "--json", ...args);
  const parsed = JSON.parse(run.out) as JsonReport | JsonReport[];
  return { code: run.code, report: Array.isArray(parsed) ? parsed[0] : parsed };
}

/** What a reviewer compares between the two workbooks: totals, areas, deductions, cuts, findings by code and cell. */
function essentials(report: JsonReport) {
  return {
    total: report.total,
    areas: report.areas,
    deductions: report.deductions,
    appraisalCuts: report.appraisalCuts,
    findings: report.findings.filter((f) => f.code !== "not_assessed").map((f) => [f.code, f.severity, f.cell, f.criterion]),
  };
}

describe("a workbook with every not-assessed mark and its twin (0 of 0 instead of the marks)", () => {
  it("gives the same totals, areas, deductions and findings, and exit 0", async () => {
    const marked = await check("not-assessed-marks.xlsx");
    const twin = await check("not-assessed-twin.xlsx");
    expect(marked.code).toBe(0);
    expect(essentials(marked.report)).toEqual(essentials(twin.report));
    expect(marked.report.total).toMatchObject({ max: 80, score: 75.25, stated: 75.25, statedMax: 80 });
  });

  it("lists each marked criterion once, as information, on its appraised-score cell, with the mark as written", async () => {
    const { report } = await check("not-assessed-marks.xlsx");
    const infos = report.findings.filter((f) => f.code === "not_assessed");
    expect(infos.every((f) => f.severity === "info" && /^Bảng điểm 2020!E\d+$/.test(f.cell))).toBe(true);
    expect(infos.map((f) => [f.criterion, f.actual])).toEqual([
      ["1.8", "KĐG"],
      ["1.9", "N/A"],
      ["2.6.4", "Không đánh giá"],
      ["3.7", "kđg"],
      ["4.1.7", "KDG"],
      ["4.3", "KHÔNG ĐÁNH GIÁ"],
      ["5.11", "Không chấm"],
      ["5.12", "Không chấm điểm"],
      ["6.2.3", "Không áp dụng"],
      ["6.3.3", "N/A"],
      ["6.4", "n/a"],
      ["7.1.9", "NA"],
      ["7.3.1", "—"],
      ["7.3.2", "/"],
    ]);
  });

  it("the self-assessed score reads the same way (its column is marked too)", async () => {
    const marked = await check("not-assessed-marks.xlsx", "--score", "self");
    const twin = await check("not-assessed-twin.xlsx", "--score", "self");
    expect(essentials(marked.report)).toEqual(essentials(twin.report));
    const infos = marked.report.findings.filter((f) => f.code === "not_assessed");
    expect(infos).toHaveLength(14);
    expect(infos.find((f) => f.criterion === "1.9")).toMatchObject({ actual: "Không đánh giá" });
  });

  it("writes the same GIẢI PHÁP table: criteria not assessed are in no row", async () => {
    const table = async (name: string) => {
      const doc = await openXlsxFile(path.join(FIXTURES, name));
      const result = analyzeWorkbook(doc.snapshot);
      if (!result.ok) throw new Error(result.problem.code);
      return layoutRemediationSheet(planRemediation(result.analysis, { year: 2021 })).cells;
    };
    const marked = await table("not-assessed-marks.xlsx");
    expect(marked).toEqual(await table("not-assessed-twin.xlsx"));
    expect(marked.flat().join("\n")).not.toMatch(/Tiêu chí 1\.8\b|Thu hút nguồn lực|KĐG/);
  });
});
