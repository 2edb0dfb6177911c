import { sheet, workbook } from "../test/helpers/grid";
import { analyzeWorkbook, layoutRemediationSheet, planHighlight, planRemediation, type CellValue } from "../src/domain";
const rows: CellValue[][] = [["TT", "Tiêu chí", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"]];
let code = "1";
for (let level = 0; level < 3000; level++) { rows.push([code, `Mức ${level}`, 1, level === 2999 ? 0.5 : null, level === 2999 ? "Chưa đạt" : null]); code += ".1"; }
const snapshot = workbook(sheet("Điểm", rows));
let t = Date.now();
const result = analyzeWorkbook(snapshot); if (!result.ok) throw 1;
console.log("analyze", Date.now() - t); t = Date.now();
const table = planRemediation(result.analysis, { year: 2025 });
console.log("plan", Date.now() - t); t = Date.now();
layoutRemediationSheet(table); console.log("layout", Date.now() - t); t = Date.now();
planHighlight(result.analysis, snapshot); console.log("highlight", Date.now() - t);
