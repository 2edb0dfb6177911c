import { writeFileSync } from "node:fs";
import { makeXlsx, rowXml } from "../test/helpers/makeXlsx";
const header = ["TT", "Tiêu chí", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"];
// deep chain
{
  const rows = [rowXml(1, header)];
  let code = "1";
  for (let i = 0; i < 3000; i++) { rows.push(rowXml(i + 2, [code, `Mức ${i}`, 1, 1, null])); code += ".1"; }
  writeFileSync("/tmp/i7/deep.xlsx", makeXlsx({ sheets: [{ name: "Điểm", body: `<sheetData>${rows.join("")}</sheetData>` }] }));
}
// non-finite
{
  const rows = [rowXml(1, header), rowXml(2, ["1", "A", 10, null, null]), rowXml(3, ["1.1", "x", 5, 1e308, null]), rowXml(4, ["1.2", "y", 5, 1e308, null])];
  writeFileSync("/tmp/i7/huge.xlsx", makeXlsx({ sheets: [{ name: "Điểm", body: `<sheetData>${rows.join("")}</sheetData>` }] }));
}
// side by side
{
  const left = [["1", "A", 3, 2.5, null], ["1.1", "x", 1, 1, null], ["1.2", "y", 2, 1.5, "chậm"]];
  const right = [["1", "A", 3, 1, null], ["1.1", "x", 1, 0, "thiếu"], ["1.2", "y", 2, 1, "chậm"]];
  const rows = [rowXml(1, [...header, null, ...header])];
  left.forEach((l, i) => rows.push(rowXml(i + 2, [...(l as (string|number|null)[]), null, ...(right[i] as (string|number|null)[])])));
  writeFileSync("/tmp/i7/side.xlsx", makeXlsx({ sheets: [{ name: "Điểm", body: `<sheetData>${rows.join("")}</sheetData>` }] }));
}
// long reason
{
  const rows = [rowXml(1, header), rowXml(2, ["1", "A", 3, 2, null]), rowXml(3, ["1.1", "x", 3, 2, "Lý do ".repeat(6000)])];
  writeFileSync("/tmp/i7/long.xlsx", makeXlsx({ sheets: [{ name: "Điểm", body: `<sheetData>${rows.join("")}</sheetData>` }] }));
}
