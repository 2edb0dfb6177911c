import ExcelJS from "exceljs";
import { FONT, setPrintLayout, writeHeaderRow, writeTitle } from "./officialSheet";
import { writeScoringTree, writeTotalRow, type TreeColumns } from "./scoringTree";
import { UBND_XA_AREAS } from "./splitUbndXaData";

/**
 * samples/split-ubnd-xa-2023.xlsx: the split layout. "Thông tin chung" (the unit), "Tiêu chí" (code, title, max) and
 * "Điểm" (code, self score, appraised score, reason), joined by code. Clean: no error findings.
 */
export const SPLIT_CRITERIA_SHEET = "Tiêu chí";
export const SPLIT_SCORES_SHEET = "Điểm";

export function buildSplitUbndXa(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "UBND xã Thạch Hạ";
  writeInfo(wb.addWorksheet("Thông tin chung"));
  writeCriteria(wb.addWorksheet(SPLIT_CRITERIA_SHEET));
  writeScores(wb.addWorksheet(SPLIT_SCORES_SHEET));
  return wb;
}

function writeInfo(ws: ExcelJS.Worksheet): void {
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 60;
  const rows = [
    ["Đơn vị", "UBND xã Thạch Hạ"],
    ["Năm đánh giá", "2023"],
    ["Bộ tiêu chí", "Chỉ số CCHC cấp xã (ban hành kèm theo Quyết định của UBND tỉnh)"],
    ["Người lập", "Công chức Văn phòng - Thống kê"],
  ];
  rows.forEach(([label, value], index) => {
    ws.getCell(index + 1, 1).value = label;
    ws.getCell(index + 1, 1).font = { name: FONT, size: 12, bold: true };
    ws.getCell(index + 1, 2).value = value;
    ws.getCell(index + 1, 2).font = { name: FONT, size: 12 };
  });
}

function writeCriteria(ws: ExcelJS.Worksheet): void {
  [8, 70, 12].forEach((width, index) => (ws.getColumn(index + 1).width = width));
  writeTitle(ws, 1, "BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP XÃ NĂM 2023", 3);
  writeHeaderRow(ws, 3, ["Mã", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa"]);
  const columns: TreeColumns = { code: 1, title: 2, max: 3 };
  const tree = writeScoringTree(ws, 4, UBND_XA_AREAS, columns);
  writeTotalRow(ws, tree.nextRow, tree.written, columns);
  setPrintLayout(ws, "3:3");
}

function writeScores(ws: ExcelJS.Worksheet): void {
  [8, 14, 14, 60].forEach((width, index) => (ws.getColumn(index + 1).width = width));
  writeTitle(ws, 1, "KẾT QUẢ TỰ ĐÁNH GIÁ VÀ THẨM ĐỊNH NĂM 2023 - UBND XÃ THẠCH HẠ", 4);
  writeHeaderRow(ws, 3, ["Mã", "Điểm tự đánh giá", "Điểm thẩm định", "Lý do trừ điểm"]);
  const columns: TreeColumns = { code: 1, self: 2, score: 3, reason: 4 };
  const tree = writeScoringTree(ws, 4, UBND_XA_AREAS, columns);
  writeTotalRow(ws, tree.nextRow, tree.written, columns);
  setPrintLayout(ws, "3:3");
}
