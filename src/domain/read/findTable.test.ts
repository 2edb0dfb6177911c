import { sheet } from "../../../test/helpers/grid";
import { findTable } from "./findTable";

describe("findTable", () => {
  it("finds a one-row header under merged title rows", () => {
    const layout = findTable(
      sheet("Điểm", [
        ["BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2023"],
        ["Đơn vị: UBND xã"],
        [],
        ["STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Giải trình", "Tài liệu kiểm chứng"],
        ["1", "Chỉ đạo", 10, 9, "…", ""],
      ], { merges: ["A1:F1", "A2:F2"] }),
    );
    expect(layout).toEqual({
      sheet: "Điểm",
      headerTop: 3,
      headerBottom: 3,
      firstDataRow: 4,
      lastDataRow: 4,
      columns: { code: 0, title: 1, max: 2, self: 3, reason: 4, evidence: 5 },
    });
  });

  it("combines a merged group header with the row below it", () => {
    const layout = findTable(
      sheet("Điểm", [
        ["TT", "Tiêu chí", "Điểm tối đa", "Điểm đánh giá", null, "Ghi chú"],
        [null, null, null, "Tự đánh giá", "Thẩm định", null],
        ["1", "Chỉ đạo", 10, 9, 8.5, null],
      ], { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1", "F1:F2"] }),
    );
    expect(layout).toMatchObject({ headerTop: 0, headerBottom: 1, firstDataRow: 2 });
    expect(layout?.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: [4], reason: 5 });
  });

  it("reads \"Điểm\" merged over \"Tối đa | Tự chấm | Thẩm định\"", () => {
    const layout = findTable(
      sheet("Điểm", [
        ["BẢNG ĐIỂM CHỈ SỐ CCHC"],
        ["STT", "Nội dung", "Điểm", null, null, "Giải trình"],
        [null, null, "Tối đa", "Tự chấm", "Thẩm định", null],
        ["1", "Chỉ đạo", 10, 9, 8.5, null],
      ], { merges: ["A1:F1", "A2:A3", "B2:B3", "C2:E2", "F2:F3"] }),
    );
    expect(layout).toMatchObject({ headerTop: 1, headerBottom: 2, firstDataRow: 3 });
    expect(layout?.columns).toEqual({ code: 0, title: 1, max: 2, self: 3, appraised: [4], reason: 5 });
  });

  it("orders appraisal rounds and skips a row of column numbers", () => {
    const layout = findTable(
      sheet("TĐ", [
        ["TT", "Nội dung", "Điểm tối đa", "Điểm thẩm định", null],
        [null, null, null, "Lần 2", "Lần 1"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        ["1", "Chỉ đạo", 10, 9, 8.5],
      ], { merges: ["D1:E1"] }),
    );
    expect(layout).toMatchObject({ headerBottom: 1, firstDataRow: 3, columns: { appraised: [4, 3] } });
  });

  it("respects the sheet's origin", () => {
    const layout = findTable(sheet("S", [["Mã", "Tiêu chí", "Điểm chuẩn", "Điểm đạt"]], { origin: { row: 5, col: 2 } }));
    expect(layout).toMatchObject({ headerTop: 5, columns: { code: 2, title: 3, max: 4, appraised: [5] } });
  });

  it("lets the caller override a detected role", () => {
    const layout = findTable(sheet("S", [["TT", "Nội dung", "Điểm tối đa", "Điểm tự chấm", "Điểm (cũ)"]]), { self: 4 });
    expect(layout?.columns).toMatchObject({ max: 2, self: 4 });
  });

  it("a null override drops a detected role: the user said the sheet has no such column", () => {
    const header = ["TT", "Nội dung", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"];
    expect(findTable(sheet("S", [header]))?.columns.reason).toBe(4);
    const layout = findTable(sheet("S", [header]), { reason: null });
    expect(layout?.columns).toEqual({ code: 0, title: 1, max: 2, appraised: [3] });
  });

  it("finds nothing in an instruction sheet", () => {
    expect(findTable(sheet("Hướng dẫn", [["HƯỚNG DẪN"], ["Nhập điểm tự đánh giá vào cột E."], ["Lĩnh vực", "Cách tính điểm"]]))).toBeNull();
  });

  it("does not take the header beyond the first 30 rows", () => {
    const rows = [...Array.from({ length: 30 }, () => ["…"]), ["TT", "Nội dung", "Điểm tối đa", "Điểm tự chấm"]];
    expect(findTable(sheet("S", rows))).toBeNull();
  });
});
