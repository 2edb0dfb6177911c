import { createFakeExcel } from "../../../test/fakeExcel";
import { range, sheet, workbook } from "../../../test/helpers/grid";
import { largeScoringWorkbook } from "../../../test/helpers/largeScoringWorkbook";
import { valueAt } from "../../domain";
import { createOfficeHost } from "./officeHost";

describe("Office host: reading the workbook", () => {
  it("reads a 5,000-criteria sheet in at most 2 syncs, under the 5 MB response limit", async () => {
    const book = largeScoringWorkbook(5000);
    const fake = createFakeExcel(book);
    const snapshot = await createOfficeHost(fake.excel, fake.office).readWorkbook();

    expect(fake.stats.syncCount).toBeLessThanOrEqual(2);
    expect(fake.stats.runCount).toBe(1);
    fake.stats.syncs.forEach((s) => expect(s.writes).toBe(0));
    const scores = snapshot.sheets[0];
    expect(scores.values.length).toBe(book.sheets[0].values.length);
    expect(valueAt(scores, 5, 0)).toBe("1.1");
    expect(valueAt(scores, 5, 2)).toBe(1);
    expect(scores.values).toEqual(book.sheets[0].values);
    expect(scores.merges).toEqual([range("A1:G1"), range("A2:G2")]);
  });

  it("gives the used range's origin, null for empty, {error} for errors, numbers as numbers", async () => {
    const fake = createFakeExcel(
      workbook(
        sheet("Điểm", [["TT", "Tiêu chí", "Điểm"], ["1.2", "Kế hoạch", 1.42], ["1.3", "", { error: "#REF!" }], [null, "Tổng", true]], {
          origin: { row: 4, col: 1 },
          merges: ["B5:C5"],
          protected: true,
        }),
        { ...sheet("Ẩn", [["x"]]), hidden: true },
        sheet("Trống", []),
      ),
    );
    const snapshot = await createOfficeHost(fake.excel, fake.office).readWorkbook();

    const [scores, hidden, blank] = snapshot.sheets;
    expect(scores.origin).toEqual({ row: 4, col: 1 });
    expect(scores.values).toEqual([["TT", "Tiêu chí", "Điểm"], ["1.2", "Kế hoạch", 1.42], ["1.3", null, { error: "#REF!" }], [null, "Tổng", true]]);
    expect(scores.merges).toEqual([range("B5:C5")]);
    expect([scores.protected, scores.hidden]).toEqual([true, false]);
    expect(hidden.hidden).toBe(true);
    expect(blank.values).toEqual([]);
    expect(fake.stats.syncCount).toBe(2);
  });

  it("reads without merges (and without failing) when Excel lacks ExcelApi 1.13", async () => {
    const fake = createFakeExcel(workbook(sheet("Điểm", [["A", "B"]], { merges: ["A1:B1"] })), { apiVersion: "1.12" });
    const snapshot = await createOfficeHost(fake.excel, fake.office).readWorkbook();
    expect(snapshot.sheets[0].values).toEqual([["A", "B"]]);
    expect(snapshot.sheets[0].merges).toEqual([]);
  });
});
