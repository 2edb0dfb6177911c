import ExcelJS from "exceljs";
import { FONT, setPrintLayout, styleHeader, writeNote, writeTitle } from "./officialSheet";
import { writeScoringTree, writeTotalRow } from "./scoringTree";
import type { SampleNode } from "./scoringTree";
import { SO_NGOAI_VU_AREAS } from "./soNgoaiVuData";

/**
 * samples/so-ngoai-vu-2020.xlsx: seed 000. An instruction sheet, then the scoring sheet: merged title rows, a
 * two-row header ("Điểm đánh giá" over "Tự đánh giá | Thẩm định"), a column-number row, the criteria tree with =SUM
 * parents, scoring-band notes, a "Tổng cộng" row and notes under the table. 75,25/80; no error findings.
 */
export const SO_NGOAI_VU_SHEET = "Bảng điểm 2020";
const WIDTH = 7;
const COLUMNS = { code: 1, title: 2, max: 3, self: 4, score: 5, reason: 6, evidence: 7 };

/** `areas` defaults to the seed's; fixtures pass a variant of them (test/fixtures/notAssessed). */
export function buildSoNgoaiVu(areas: readonly SampleNode[] = SO_NGOAI_VU_AREAS): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sở Ngoại vụ Hà Tĩnh";
  writeInstructions(wb.addWorksheet("Hướng dẫn"));
  writeScoringSheet(wb.addWorksheet(SO_NGOAI_VU_SHEET), areas);
  return wb;
}

function writeInstructions(ws: ExcelJS.Worksheet): void {
  ws.getColumn(1).width = 110;
  const lines = [
    "HƯỚNG DẪN TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020",
    "1. Các phòng, đơn vị tự chấm điểm từng tiêu chí thành phần tại cột (4), kèm tài liệu kiểm chứng tại cột (7).",
    "2. Điểm thẩm định tại cột (5) do Văn phòng - Thanh tra Sở cập nhật theo kết quả của Đoàn thẩm định tỉnh.",
    "3. Tiêu chí bị trừ điểm phải ghi rõ lý do tại cột (6).",
    "4. Điểm của tiêu chí và lĩnh vực là tổng điểm các tiêu chí thành phần (không nhập tay).",
    "5. Lĩnh vực 8 (Tác động của cải cách hành chính) do điều tra xã hội học, không tự chấm điểm.",
  ];
  lines.forEach((text, index) => {
    const cell = ws.getCell(index + 1, 1);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold: index === 0 };
    cell.alignment = { wrapText: true };
  });
}

function writeScoringSheet(ws: ExcelJS.Worksheet, areas: readonly SampleNode[]): void {
  [7, 62, 10, 11, 11, 45, 22].forEach((width, index) => (ws.getColumn(index + 1).width = width));
  writeTitle(ws, 1, "SỞ NGOẠI VỤ TỈNH HÀ TĨNH", WIDTH, { size: 12 });
  writeTitle(ws, 2, "KẾT QUẢ TỰ ĐÁNH GIÁ VÀ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020", WIDTH, { size: 14 });
  writeTitle(ws, 3, "(Theo kết quả thẩm định của Đoàn thẩm định công tác CCHC tỉnh ngày 14/12/2020)", WIDTH, {
    bold: false,
    italic: true,
    size: 12,
  });
  writeHeader(ws);
  const tree = writeScoringTree(ws, 8, areas, COLUMNS);
  const totalRow = tree.nextRow;
  writeTotalRow(ws, totalRow, tree.written, COLUMNS);
  writeNote(ws, totalRow + 2, "Ghi chú: Lĩnh vực 8 - Tác động của cải cách hành chính (20 điểm) được đánh giá qua điều tra xã hội học, không thuộc phần thẩm định (80 điểm).", WIDTH);
  writeNote(ws, totalRow + 3, "Điểm thẩm định theo Quyết định số 4544/QĐ-UBND ngày 31/12/2020 của UBND tỉnh.", WIDTH);
  ws.views = [{ state: "frozen", ySplit: 7 }];
  setPrintLayout(ws, "5:7");
}

function writeHeader(ws: ExcelJS.Worksheet): void {
  const merges: [number, number, number, number, string][] = [
    [5, 1, 6, 1, "TT"],
    [5, 2, 6, 2, "Lĩnh vực/Tiêu chí/Tiêu chí thành phần"],
    [5, 3, 6, 3, "Điểm tối đa"],
    [5, 4, 5, 5, "Điểm đánh giá"],
    [5, 6, 6, 6, "Lý do trừ điểm"],
    [5, 7, 6, 7, "Tài liệu kiểm chứng"],
  ];
  for (const [top, left, bottom, right, label] of merges) {
    ws.mergeCells(top, left, bottom, right);
    ws.getCell(top, left).value = label;
  }
  ws.getCell(6, 4).value = "Tự đánh giá";
  ws.getCell(6, 5).value = "Thẩm định";
  for (let col = 1; col <= WIDTH; col += 1) {
    styleHeader(ws.getCell(5, col));
    styleHeader(ws.getCell(6, col));
    const number = ws.getCell(7, col);
    number.value = `(${col})`;
    styleHeader(number);
    number.font = { name: FONT, size: 11, italic: true };
  }
  ws.getRow(5).height = 22;
  ws.getRow(6).height = 22;
}
