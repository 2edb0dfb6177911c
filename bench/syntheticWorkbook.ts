import { closeSync, openSync, writeSync } from "node:fs";
import { strToU8, Zip, ZipDeflate } from "fflate";

/**
 * Synthetic scoring workbooks for `npm run bench`, written as raw SpreadsheetML through a streaming zip (so 100,000
 * criteria or a 200,000-row register take seconds and little memory; exceljs reads them as it reads any file).
 *
 * The scoring sheet: 8 areas, each with criteria of 4 sub-criteria (0,5 points each, every 7th one deducted to 0,25
 * with a reason), parents as =SUM of their children with cached results, title rows and a two-row header above, a
 * "Tổng cộng" row below. Codes stay valid at any size: no segment beyond 3 digits ("1.1000" is no code), so above 999
 * criteria per area they are grouped one level deeper (area.group.criterion.sub).
 */
export function writeSyntheticWorkbook(file: string, criteria: number, register?: { rows: number; cols: number }): void {
  const out = openSync(file, "w");
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    writeSync(out, chunk);
  });
  const part = (name: string, text: string): void => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  };
  const sheets = register ? ["Bảng điểm", "Sổ theo dõi"] : ["Bảng điểm"];
  writePackageParts(part, sheets);
  streamPart(zip, "xl/worksheets/sheet1.xml", (emit) => writeScoringSheet(emit, criteria));
  if (register) streamPart(zip, "xl/worksheets/sheet2.xml", (emit) => writeRegisterSheet(emit, register.rows, register.cols));
  zip.end();
  closeSync(out);
}

type Emit = (text: string) => void;

/** A part written piece by piece, flushed every ~1 MB of XML. */
function streamPart(zip: Zip, name: string, write: (emit: Emit) => void): void {
  const entry = new ZipDeflate(name, { level: 6 });
  zip.add(entry);
  let buffer: string[] = [];
  let size = 0;
  write((text) => {
    buffer.push(text);
    size += text.length;
    if (size > 1 << 20) {
      entry.push(strToU8(buffer.join("")));
      buffer = [];
      size = 0;
    }
  });
  entry.push(strToU8(buffer.join("")), true);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function writePackageParts(part: (name: string, text: string) => void, sheets: string[]): void {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const overrides = sheets
    .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
    .join("");
  part("[Content_Types].xml", `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  part("_rels/.rels", `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const list = sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  part("xl/workbook.xml", `${head}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${list}</sheets></workbook>`);
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  part("xl/_rels/workbook.xml.rels", `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`);
  part("xl/styles.xml", `${head}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`);
}

type Value = string | number | null | { formula: string; result: number };

function cellXml(ref: string, value: Value): string {
  if (value === null) return "";
  if (typeof value === "number") return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === "string") return `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
  return `<c r="${ref}"><f>${value.formula}</f><v>${value.result}</v></c>`;
}

const COLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function rowXml(row: number, values: Value[]): string {
  return `<row r="${row}">${values.map((value, col) => cellXml(`${COLS[col]}${row}`, value)).join("")}</row>`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The scoring sheet; the tree is built bottom-up in memory only as row texts, a level at a time. */
function writeScoringSheet(emit: Emit, criteria: number): void {
  emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`);
  emit(rowXml(1, ["KẾT QUẢ TỰ ĐÁNH GIÁ VÀ THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2020"]));
  emit(rowXml(3, ["TT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm đánh giá", null, "Lý do trừ điểm", "Tài liệu kiểm chứng"]));
  emit(rowXml(4, [null, null, null, "Tự đánh giá", "Thẩm định"]));
  const perArea = Math.max(1, Math.round((criteria - 8) / 8 / 5));
  const grouped = perArea > 999;
  const perGroup = grouped ? 500 : perArea;
  const groups = Math.ceil(perArea / perGroup);
  let row = 5;
  let leafIndex = 0;
  const areaRows: number[] = [];
  let totalMax = 0;
  let totalScore = 0;
  const sum = (col: string, rows: number[]): string => (rows.length <= 30 ? `SUM(${rows.map((r) => `${col}${r}`).join(",")})` : `SUM(${col}${rows[0]}:${col}${rows[rows.length - 1]})`);
  for (let area = 1; area <= 8; area++) {
    const areaRow = row++;
    const lines: string[] = [];
    const parents: { row: number; max: number; score: number }[] = [];
    for (let g = 1; g <= groups; g++) {
      const groupRow = grouped ? row++ : -1;
      const groupLines: string[] = [];
      const inGroup: { row: number; max: number; score: number }[] = [];
      const count = grouped ? Math.min(perGroup, perArea - (g - 1) * perGroup) : perArea;
      for (let c = 1; c <= count; c++) {
        const prefix = grouped ? `${area}.${g}.${c}` : `${area}.${c}`;
        const criterionRow = row++;
        let score = 0;
        const subLines: string[] = [];
        for (let s = 1; s <= 4; s++) {
          const deducted = leafIndex++ % 7 === 0;
          const value = deducted ? 0.25 : 0.5;
          score += value;
          subLines.push(rowXml(row++, [`${prefix}.${s}`, `Tiêu chí thành phần ${prefix}.${s}`, 0.5, 0.5, value, deducted ? "Chưa đạt yêu cầu" : null, "Hồ sơ"]));
        }
        const children = [1, 2, 3, 4].map((s) => criterionRow + s);
        groupLines.push(parentRow(criterionRow, prefix, `Tiêu chí ${prefix}`, children, 2, round2(score), sum), ...subLines);
        inGroup.push({ row: criterionRow, max: 2, score: round2(score) });
      }
      if (grouped) {
        const max = inGroup.reduce((t, c) => t + c.max, 0);
        const score = round2(inGroup.reduce((t, c) => t + c.score, 0));
        lines.push(parentRow(groupRow, `${area}.${g}`, `Nhóm tiêu chí ${area}.${g}`, inGroup.map((c) => c.row), max, score, sum), ...groupLines);
        parents.push({ row: groupRow, max, score });
      } else {
        lines.push(...groupLines);
        parents.push(...inGroup);
      }
    }
    const max = parents.reduce((t, c) => t + c.max, 0);
    const score = round2(parents.reduce((t, c) => t + c.score, 0));
    emit(parentRow(areaRow, String(area), `Lĩnh vực ${area}`, parents.map((p) => p.row), max, score, sum));
    lines.forEach(emit);
    areaRows.push(areaRow);
    totalMax += max;
    totalScore += score;
  }
  emit(
    rowXml(row, [
      null,
      "Tổng cộng",
      { formula: areaRows.map((r) => `C${r}`).join("+"), result: totalMax },
      null,
      { formula: areaRows.map((r) => `E${r}`).join("+"), result: round2(totalScore) },
    ]),
  );
  emit(`</sheetData><mergeCells count="2"><mergeCell ref="A1:G1"/><mergeCell ref="D3:E3"/></mergeCells></worksheet>`);
}

function parentRow(row: number, code: string, title: string, children: number[], max: number, score: number, sum: (col: string, rows: number[]) => string): string {
  return rowXml(row, [code, title, { formula: sum("C", children), result: max }, { formula: sum("D", children), result: max }, { formula: sum("E", children), result: score }]);
}

/** A register beside the scoring sheet (a realistic big workbook): a header, then rows of numbers, dates and text. */
function writeRegisterSheet(emit: Emit, rows: number, cols: number): void {
  emit(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData>`);
  emit(rowXml(1, Array.from({ length: cols }, (_, c) => `Cột ${c + 1}`)));
  for (let r = 2; r <= rows + 1; r++) {
    const values: Value[] = Array.from({ length: cols }, (_, c) => (c % 3 === 1 ? `Hồ sơ ${r}-${c}` : (r * 31 + c * 7) % 100000));
    emit(rowXml(r, values));
  }
  emit("</sheetData></worksheet>");
}
