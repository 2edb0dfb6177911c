import ExcelJS from "exceljs";
import { FONT, round2, setPrintLayout, styleBody, writeHeaderRow, writeNote, writeTitle } from "./officialSheet";
import { VAN_PHONG_AREAS, VAN_PHONG_STATED_TOTAL, type VanPhongArea, type VanPhongCriterion } from "./vanPhongUbndData";

/**
 * samples/van-phong-ubnd-2018.xlsx: seed 004. Roman-numeral areas with criteria numbered again from 1, numbers typed
 * by hand (some as text with a decimal comma), area VIII from the survey column "Điều tra XHH" (copied into the
 * score by formula), a "Chỉ số (%)" column, and a "TỔNG ĐIỂM" row typed as 93,43 while the areas add up to 93,13.
 */
export const VAN_PHONG_SHEET = "Chỉ số CCHC 2018";
const HEADERS = ["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điều tra XHH", "Điểm đạt được", "Chỉ số (%)", "Ghi chú"];
const COL = { code: 1, title: 2, max: 3, self: 4, survey: 5, score: 6, index: 7, reason: 8 };
const HEADER_ROW = 5;

export function buildVanPhongUbnd(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Văn phòng UBND tỉnh";
  const ws = wb.addWorksheet(VAN_PHONG_SHEET);
  [7, 64, 10, 11, 10, 11, 10, 48].forEach((width, index) => (ws.getColumn(index + 1).width = width));
  writeTitle(ws, 1, "VĂN PHÒNG UBND TỈNH", HEADERS.length, { size: 12 });
  writeTitle(ws, 2, "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2018", HEADERS.length, { size: 14 });
  writeTitle(ws, 3, "(Theo Quyết định số 615/QĐ-UBND ngày 15/3/2019 của UBND tỉnh)", HEADERS.length, { bold: false, italic: true, size: 12 });
  writeHeaderRow(ws, HEADER_ROW, HEADERS);
  ws.getRow(HEADER_ROW).height = 34;
  let row = HEADER_ROW + 1;
  for (const area of VAN_PHONG_AREAS) row = writeArea(ws, row, area);
  writeTotal(ws, row);
  writeNote(ws, row + 2, "Ghi chú: Lĩnh vực VIII chấm theo kết quả điều tra xã hội học (cột Điều tra XHH); Văn phòng không tự đánh giá.", HEADERS.length);
  setPrintLayout(ws, `${HEADER_ROW}:${HEADER_ROW}`);
  ws.views = [{ state: "frozen", ySplit: HEADER_ROW }];
  return wb;
}

function writeArea(ws: ExcelJS.Worksheet, row: number, area: VanPhongArea): number {
  const max = round2(area.criteria.reduce((sum, item) => sum + item.max, 0));
  const score = round2(area.criteria.reduce((sum, item) => sum + item.score, 0));
  const self = round2(area.criteria.reduce((sum, item) => sum + (item.self ?? item.score), 0));
  setRow(ws, row, {
    code: area.code,
    title: area.title,
    max,
    self: area.survey ? undefined : self,
    survey: area.survey ? score : undefined,
    score: area.asText ? decimalComma(score) : score,
  });
  styleRow(ws, row, { bold: true });
  let next = row + 1;
  for (const item of area.criteria) {
    writeCriterion(ws, next, item, area.survey === true);
    next += 1;
  }
  return next;
}

function writeCriterion(ws: ExcelJS.Worksheet, row: number, item: VanPhongCriterion, survey: boolean): void {
  const written = item.asText ? decimalComma(item.score) : item.score;
  setRow(ws, row, {
    code: item.code,
    title: item.title,
    max: item.max,
    self: survey ? undefined : (item.self ?? item.score),
    survey: survey ? item.score : undefined,
    score: survey ? { formula: `E${row}`, result: item.score } : written,
    reason: item.reason,
  });
  styleRow(ws, row, {});
}

interface RowValues {
  code: string;
  title: string;
  max: number;
  self?: number;
  survey?: number;
  score: ExcelJS.CellValue;
  reason?: string;
}

function setRow(ws: ExcelJS.Worksheet, row: number, values: RowValues): void {
  const set = (col: number, value: ExcelJS.CellValue | undefined) => {
    if (value !== undefined) ws.getCell(row, col).value = value;
  };
  set(COL.code, values.code);
  set(COL.title, values.title);
  set(COL.max, values.max);
  set(COL.self, values.self);
  set(COL.survey, values.survey);
  set(COL.score, values.score);
  set(COL.reason, values.reason);
  const numeric = typeof values.score === "string" ? Number(values.score.replace(",", ".")) : scoreNumber(values.score);
  ws.getCell(row, COL.index).value = { formula: `ROUND(F${row}/C${row}*100,2)`, result: round2((numeric / values.max) * 100) };
}

function scoreNumber(value: ExcelJS.CellValue): number {
  if (typeof value === "number") return value;
  const result = (value as ExcelJS.CellFormulaValue).result;
  return typeof result === "number" ? result : 0;
}

function writeTotal(ws: ExcelJS.Worksheet, row: number): void {
  ws.getCell(row, COL.title).value = "TỔNG ĐIỂM";
  ws.getCell(row, COL.max).value = VAN_PHONG_STATED_TOTAL.max;
  ws.getCell(row, COL.score).value = VAN_PHONG_STATED_TOTAL.score;
  ws.getCell(row, COL.index).value = VAN_PHONG_STATED_TOTAL.score;
  styleRow(ws, row, { bold: true });
}

function styleRow(ws: ExcelJS.Worksheet, row: number, font: Partial<ExcelJS.Font>): void {
  for (let col = 1; col <= HEADERS.length; col += 1) {
    const cell = ws.getCell(row, col);
    styleBody(cell, { name: FONT, ...font }, col !== COL.title && col !== COL.reason);
    if (col >= COL.max && col <= COL.index) cell.numFmt = "0.##";
  }
}

function decimalComma(value: number): string {
  return String(round2(value)).replace(".", ",");
}
