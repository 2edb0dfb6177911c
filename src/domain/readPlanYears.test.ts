import { analyzeWorkbook } from "./analyzeWorkbook";
import { readAppraisedYear, readPlanYears } from "./read/readPlanYears";
import { sheet, workbook } from "../../test/helpers/grid";
import type { CellValue, WorkbookSnapshot } from "./base/snapshot";

const TABLE: CellValue[][] = [
  ["TT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"],
  ["1", "Chỉ đạo, điều hành CCHC", 2, 1.5, null],
  ["1.1", "Kế hoạch CCHC năm 2021", 2, 1.5, "Chưa kịp thời"],
];

function analysed(titleRows: CellValue[][]): { snapshot: WorkbookSnapshot; years: ReturnType<typeof readPlanYears> } {
  const snapshot = workbook(sheet("Bảng điểm", [...titleRows, ...TABLE]));
  const result = analyzeWorkbook(snapshot);
  if (!result.ok) throw new Error(result.problem.code);
  return { snapshot, years: readPlanYears(snapshot, result.analysis, new Date(2026, 11, 2)) };
}

test("the appraised year comes from the title above the table; the remediation is the year after", () => {
  const { years } = analysed([["BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020"], [null]]);
  expect(years).toEqual({ year: 2021, appraisedYear: 2020, fromWorkbook: true });
});

test("a year inside a criterion's title is not the sheet's year: with no title, today's year is used", () => {
  const { snapshot, years } = analysed([]);
  expect(years).toEqual({ year: 2026, appraisedYear: 2025, fromWorkbook: false });
  const result = analyzeWorkbook(snapshot);
  expect(result.ok && readAppraisedYear(snapshot, result.analysis)).toBeNull();
});

test("lower-case and decomposed Vietnamese ('năm' as n + a + breve) are read", () => {
  const { years } = analysed([["Kết quả thẩm định chỉ số CCHC na\u0306m 2018"]]);
  expect(years.appraisedYear).toBe(2018);
});
