import ExcelJS from "exceljs";
import { setPrintLayout, styleBody, writeHeaderRow, writeTitle } from "./officialSheet";

/**
 * samples/error.messy.xlsx: the mistakes reviewers meet, one of each, for demos (a fixture named `error.` must
 * produce findings): a score above its maximum (1.2), a #REF! score (2.1), an area whose typed score is not the sum of
 * its criteria (3), a duplicate code (3.2), a deduction without a reason (1.3).
 */
export const MESSY_SHEET = "Điểm";

type Row = [code: string, title: string, max: number | null, score: ExcelJS.CellValue, reason?: string];

const ROWS: Row[] = [
  ["1", "Công tác chỉ đạo, điều hành CCHC", 6, 6.5],
  ["1.1", "Kế hoạch CCHC năm", 2, 2],
  ["1.2", "Báo cáo CCHC", 2, 2.5],
  ["1.3", "Kiểm tra công tác CCHC", 2, 2 - 0.5],
  ["2", "Cải cách thể chế", 4, { formula: "SUM(#REF!)", result: { error: "#REF!" } }],
  ["2.1", "Rà soát văn bản QPPL", 2, { error: "#REF!" }],
  ["2.2", "Tổ chức thực hiện văn bản QPPL", 2, 2],
  ["3", "Cải cách thủ tục hành chính", 6, 9],
  ["3.1", "Công khai TTHC", 3, 3],
  ["3.2", "Thực hiện cơ chế một cửa", 3, 2.5, "Còn hồ sơ trễ hạn"],
  ["3.2", "Tiếp nhận phản ánh, kiến nghị", 0, 0],
];

export function buildMessy(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(MESSY_SHEET);
  [7, 50, 12, 12, 40].forEach((width, index) => (ws.getColumn(index + 1).width = width));
  writeTitle(ws, 1, "BẢNG TỰ CHẤM ĐIỂM CCHC (BẢN NHÁP)", 5);
  writeHeaderRow(ws, 3, ["TT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Giải trình"]);
  ROWS.forEach(([code, title, max, score, reason], index) => {
    const row = 4 + index;
    const values: ExcelJS.CellValue[] = [code, title, max, score, reason ?? null];
    values.forEach((value, col) => {
      const cell = ws.getCell(row, col + 1);
      if (value !== null) cell.value = value;
      styleBody(cell, { bold: !code.includes(".") }, col !== 1 && col !== 4);
    });
  });
  const total = 4 + ROWS.length;
  ws.getCell(total, 2).value = "Tổng cộng";
  ws.getCell(total, 3).value = 16;
  ws.getCell(total, 4).value = 15;
  for (let col = 1; col <= 5; col += 1) styleBody(ws.getCell(total, col), { bold: true });
  setPrintLayout(ws, "3:3");
  return wb;
}
