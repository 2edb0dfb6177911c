import { formatCellRef, type FindingCode } from "../../domain";
import { cell } from "../../../test/helpers/grid";
import { sampleAnalysis } from "../testing/sampleWorkbook";
import { buildResultView } from "./buildResultView";

test("every finding item names its cell, whatever the message says", () => {
  const analysis = sampleAnalysis();
  const codes: FindingCode[] = ["score_not_number", "duplicate_code", "total_score_mismatch", "unreadable_row"];
  analysis.findings = codes.map((code, i) => ({ code, severity: "warning", cell: cell(`B${i + 10}`, "Điểm") }));
  const { warnings } = buildResultView(analysis, "vi");
  expect(warnings.map((item) => item.label.includes(formatCellRef(item.cell)))).toEqual(codes.map(() => true));
});

test("only leaf deductions are listed; an area at full marks has no points lost", () => {
  const view = buildResultView(sampleAnalysis(), "vi");
  expect(view.deductions.map((row) => [row.code, row.score])).toEqual([["1.2", "1,42/1,5"], ["1.5", "0,5/1"]]);
  expect(view.areas.map((area) => area.lostText)).toEqual(["1,08", null]);
});

test("bonus and penalty points show their sign; none shows nothing", () => {
  const analysis = sampleAnalysis();
  expect(buildResultView(analysis, "vi").adjustmentsText).toBeNull();
  analysis.totals = { ...analysis.totals, adjustments: 1.5 };
  expect(buildResultView(analysis, "vi").adjustmentsText).toBe("+1,5");
  analysis.totals = { ...analysis.totals, adjustments: -0.25 };
  expect(buildResultView(analysis, "vi").adjustmentsText).toBe("-0,25");
});

test("TCVN3/VNI conversions are listed as information, apart from errors and warnings", () => {
  const analysis = sampleAnalysis();
  analysis.findings = [
    { code: "legacy_text_converted", severity: "info", cell: cell("B1", "Điểm"), expected: "TCVN3", actual: "B1:G1, B5" },
    { code: "missing_reason", severity: "warning", cell: cell("F12", "Điểm"), criterion: "1.2" },
  ];
  const view = buildResultView(analysis, "vi");
  expect(view.infos.map((item) => formatCellRef(item.cell))).toEqual(["Điểm!B1"]);
  expect(view.warnings.map((item) => formatCellRef(item.cell))).toEqual(["Điểm!F12"]);
  expect(view.errors).toEqual([]);
});
