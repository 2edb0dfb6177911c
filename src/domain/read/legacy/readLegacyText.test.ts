import type { WorkbookSnapshot } from "../../base/snapshot";
import { readLegacyText } from "./readLegacyText";

function workbook(): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: "Bảng điểm",
        origin: { row: 4, col: 1 },
        values: [
          ["TT", "tiªu chÝ", "§iÓm tèi ®a"],
          ["1", "Tiªu chÝ 1: ChØ ®¹o, ®iÒu hµnh", 10],
          ["2", "Ñieàu haønh", 5],
        ],
        merges: [],
        fonts: [[".VnTimeH", ".VnTimeH", null], [".VnTime", ".VnTime", ".VnTime"], [null, null, null]],
      },
      { name: "Ghi chú", origin: { row: 0, col: 0 }, values: [["Điểm tối đa", "Lý do"]], merges: [] },
    ],
  };
}

describe("readLegacyText", () => {
  it("converts by font (.VnTimeH in capitals) and by statistics, and names the cells per encoding", () => {
    const input = workbook();
    const result = readLegacyText(input);
    const sheet = result.workbook.sheets[0];
    expect(sheet.values[0]).toEqual(["TT", "TIÊU CHÍ", "Điểm tối đa"]);
    expect(sheet.values[1]).toEqual(["1", "Tiêu chí 1: Chỉ đạo, điều hành", 10]);
    expect(sheet.values[2]).toEqual(["2", "Điều hành", 5]);
    expect(result.findings.map((f) => [f.code, f.severity, f.cell.row, f.cell.col, f.expected, f.actual])).toEqual([
      ["legacy_text_converted", "info", 4, 2, "TCVN3", "C5:D5, C6"],
      ["legacy_text_converted", "info", 6, 2, "VNI", "C7"],
    ]);
  });

  it("leaves the input snapshot and Unicode sheets untouched", () => {
    const input = workbook();
    const result = readLegacyText(input);
    expect(input.sheets[0].values[0][1]).toBe("tiªu chÝ");
    expect(result.workbook.sheets[1]).toBe(input.sheets[1]);
  });

  it("returns the same workbook and no finding when nothing is legacy text", () => {
    const input: WorkbookSnapshot = { sheets: [workbook().sheets[1]] };
    const result = readLegacyText(input);
    expect(result.workbook).toBe(input);
    expect(result.findings).toEqual([]);
  });
});
