import { sheet } from "../../../test/helpers/grid";
import type { ColumnMapping } from "../base/options";
import { classifyRow } from "./classifyRow";
import type { CellValue } from "../base/snapshot";

const columns: ColumnMapping = { code: 0, title: 1, max: 2, self: 3 };

function kindOf(row: CellValue[]): string {
  return classifyRow(sheet("S", [row]), 0, columns).kind;
}

describe("classifyRow", () => {
  it.each<[CellValue[], string]>([
    [["1.2", "Mức độ hoàn thành", 1.5, 1.42], "criterion"],
    [["II", "CẢI CÁCH THỂ CHẾ", 10, 9], "criterion"],
    [[null, "Tiêu chí 1.2: Mức độ hoàn thành", 1.5, 1.42], "criterion"],
    [[null, "Ban hành kịp thời: 1 điểm", null, null], "note"],
    [[null, "- Từ 80% đến dưới 100%: 0,5 điểm", 0.5, null], "note"],
    [[null, "+ Chưa ban hành: 0 điểm", null, null], "note"],
    [[null, "a) Có kế hoạch", null, null], "note"],
    [["A", "ĐIỂM TỰ ĐÁNH GIÁ", 80, 75], "note"],
    [[null, "Ghi chú: nộp trước 15/11", null, null], "note"],
    [["Tổng cộng", null, 100, 93.43], "total"],
    [[null, "TỔNG ĐIỂM", 100, 93.43], "total"],
    [[null, "Tổng số điểm", 100, 93.43], "total"],
    [[null, "Cộng", 100, 93.43], "total"],
    [[null, "Điểm thưởng", null, 1], "adjustment"],
    [[null, "Điểm cộng", null, 1], "adjustment"],
    [[null, "Điểm trừ", null, 0.5], "adjustment"],
    [[null, "Điểm phạt", null, 0.5], "adjustment"],
    [[null, null, null, null], "blank"],
    [["", "  ", null], "blank"],
    [[null, "Công tác tuyên truyền", 1, 1], "other"],
    [[null, "Tổng hợp ý kiến", null, null], "other"],
  ])("%p is a %s row", (row, kind) => {
    expect(kindOf(row)).toBe(kind);
  });

  it("signs penalties negative", () => {
    expect(classifyRow(sheet("S", [[null, "Điểm trừ", null, 0.5]]), 0, columns)).toMatchObject({ sign: -1 });
    expect(classifyRow(sheet("S", [[null, "Điểm thưởng", null, 1]]), 0, columns)).toMatchObject({ sign: 1 });
  });

  it("strips a code written again in the title", () => {
    expect(classifyRow(sheet("S", [["1.2", "Tiêu chí 1.2: Mức độ", 1.5, 1]]), 0, columns)).toMatchObject({ title: "Mức độ" });
  });

  it("tells whether an unrecognised row holds numbers", () => {
    expect(classifyRow(sheet("S", [[null, "Người lập biểu", null, "GIÁM ĐỐC"]]), 0, columns)).toEqual({ kind: "other", hasNumbers: false });
  });
});

describe("classifyRow: the criterion's title", () => {
  it.each<[CellValue[], string]>([
    [["1.5", "Thực hiện nhiệm vụ CCHC.", 1.5, 0], "Thực hiện nhiệm vụ CCHC"],
    [["1.5", "Thực hiện nhiệm vụ CCHC: ", 1.5, 0], "Thực hiện nhiệm vụ CCHC"],
    [[null, "Tiêu chí 1.5: Thực hiện nhiệm vụ CCHC;", 1.5, 0], "Thực hiện nhiệm vụ CCHC"],
    [["7.2", "Áp dụng TCVN ISO 9001:2015", 1, 1], "Áp dụng TCVN ISO 9001:2015"],
  ])("%p reads as %p, without the punctuation typed after it", (row, title) => {
    const kind = classifyRow(sheet("S", [row]), 0, columns);
    expect(kind.kind === "criterion" && kind.title).toBe(title);
  });
});
