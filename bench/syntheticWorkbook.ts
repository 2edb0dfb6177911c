import ExcelJS from "exceljs";

/**
 * A synthetic scoring workbook of about `criteria` rows: 8 areas, each with criteria of 4 sub-criteria (0,5 points
 * each, every 7th one deducted to 0,25 with a reason), parents as =SUM of their children with cached results, title
 * rows and a two-row header above, a "Tổng cộng" row below — the shape of the real samples, only bigger.
 */
export async function writeSyntheticWorkbook(file: string, criteria: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Bảng điểm");
  ws.mergeCells("A1:G1");
  ws.getCell("A1").value = "KẾT QUẢ TỰ ĐÁNH GIÁ VÀ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020";
  ws.mergeCells("D3:E3");
  ws.getRow(3).values = ["TT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm đánh giá", null, "Lý do trừ điểm", "Tài liệu kiểm chứng"];
  ws.getRow(4).values = [null, null, null, "Tự đánh giá", "Thẩm định"];
  const perArea = Math.max(1, Math.round((criteria - 8) / 8 / 5));
  let row = 5;
  let leafIndex = 0;
  const areaRows: number[] = [];
  const areaTotals = { max: 0, score: 0 };
  for (let area = 1; area <= 8; area += 1) {
    const areaRow = row++;
    const criterionRows: number[] = [];
    let areaScore = 0;
    for (let c = 1; c <= perArea; c += 1) {
      const criterionRow = row++;
      criterionRows.push(criterionRow);
      let score = 0;
      for (let s = 1; s <= 4; s += 1) {
        const deducted = leafIndex++ % 7 === 0;
        const value = deducted ? 0.25 : 0.5;
        score += value;
        ws.getRow(row++).values = [`${area}.${c}.${s}`, `Tiêu chí thành phần ${area}.${c}.${s}`, 0.5, 0.5, value, deducted ? "Chưa đạt yêu cầu" : null, "Hồ sơ"];
      }
      const children = [1, 2, 3, 4].map((s) => criterionRow + s);
      writeParent(ws, criterionRow, `${area}.${c}`, `Tiêu chí ${area}.${c}`, children, 2, score);
      areaScore += score;
    }
    writeParent(ws, areaRow, String(area), `Lĩnh vực ${area}`, criterionRows, perArea * 2, areaScore);
    areaRows.push(areaRow);
    areaTotals.max += perArea * 2;
    areaTotals.score += areaScore;
  }
  ws.getRow(row).values = [null, "Tổng cộng"];
  ws.getCell(row, 3).value = { formula: areaRows.map((r) => `C${r}`).join("+"), result: areaTotals.max };
  ws.getCell(row, 5).value = { formula: areaRows.map((r) => `E${r}`).join("+"), result: round2(areaTotals.score) };
  await wb.xlsx.writeFile(file);
}

function writeParent(ws: ExcelJS.Worksheet, row: number, code: string, title: string, children: number[], max: number, score: number): void {
  const sum = (col: string) => `SUM(${children.map((r) => `${col}${r}`).join(",")})`;
  ws.getRow(row).values = [
    code,
    title,
    { formula: sum("C"), result: max },
    { formula: sum("D"), result: max },
    { formula: sum("E"), result: round2(score) },
  ];
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
