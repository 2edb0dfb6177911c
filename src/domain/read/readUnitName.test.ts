import { findScoringSheets } from "./findScoringSheets";
import { readUnitName } from "./readUnitName";
import type { CellValue, WorkbookSnapshot } from "../base/snapshot";
import { sheet, workbook } from "../../../test/helpers/grid";

const TABLE: CellValue[][] = [
  ["TT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"],
  ["1", "Chỉ đạo, điều hành", 2, 2],
  ["1.1", "Kế hoạch", 2, 2],
];

function nameOf(book: WorkbookSnapshot): string | null {
  const choice = findScoringSheets(book, {});
  if (!choice.ok || choice.kind !== "single") throw new Error("no single scoring table");
  return readUnitName(book, { kind: "single", table: choice.table.layout });
}

const titled = (...title: CellValue[][]) => workbook(sheet("Bảng điểm", [...title, [], ...TABLE]));

describe("readUnitName", () => {
  it.each<[string, CellValue[][], string]>([
    ["a sở, its province dropped", [["SỞ NGOẠI VỤ TỈNH HÀ TĨNH"], ["KẾT QUẢ CHỈ SỐ CCHC NĂM 2020"]], "SỞ NGOẠI VỤ"],
    ["the unit under its authority, in one cell", [["UBND TỈNH HÀ TĨNH\nSỞ  TƯ PHÁP"], [null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]], "SỞ TƯ PHÁP"],
    ["the unit under its authority, on two rows", [["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"], ["BAN QUẢN LÝ KHU KINH TẾ"]], "BAN QUẢN LÝ KHU KINH TẾ"],
    ["the province's own office, kept whole", [["VĂN PHÒNG UBND TỈNH"], ["KẾT QUẢ CHỈ SỐ CCHC NĂM 2018"]], "VĂN PHÒNG UBND TỈNH"],
    ["a province's committee, kept whole", [["UBND TỈNH HÀ TĨNH"]], "UBND TỈNH HÀ TĨNH"],
    ["after a dash at the end of the title", [["KẾT QUẢ TỰ ĐÁNH GIÁ NĂM 2023 - UBND XÃ THẠCH HẠ"]], "UBND XÃ THẠCH HẠ"],
    ["a labelled title line", [["BẢNG ĐIỂM NĂM 2020"], ["Đơn vị: Sở Ngoại vụ tỉnh Hà Tĩnh"]], "Sở Ngoại vụ"],
  ])("reads %s", (_, title, name) => {
    expect(nameOf(titled(...title))).toBe(name);
  });

  it("reads a cell labelled «Đơn vị» on another sheet when the title names no unit", () => {
    const book = workbook(sheet("Thông tin", [["Đơn vị:", "UBND xã Thạch Hạ"]]), sheet("Bảng điểm", [["BẢNG TỰ CHẤM ĐIỂM"], [], ...TABLE]));
    expect(nameOf(book)).toBe("UBND xã Thạch Hạ");
  });

  it("is null when nothing names the unit, and ignores criteria below the header", () => {
    const book = workbook(sheet("Bảng điểm", [["BẢNG TỰ CHẤM ĐIỂM CCHC"], [], ...TABLE, ["1.2", "Sở Tư pháp phối hợp", 1, 1]]));
    expect(nameOf(book)).toBeNull();
  });
});
