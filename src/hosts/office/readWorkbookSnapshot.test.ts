import { createFakeExcel, FIVE_MB } from "../../../test/fakeExcel";
import { range, sheet, workbook } from "../../../test/helpers/grid";
import { largeScoringWorkbook } from "../../../test/helpers/largeScoringWorkbook";
import { analyzeWorkbook, valueAt, type CellValue, type WorkbookSnapshot } from "../../domain";
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

  it("a huge unrelated sheet does not matter: the scoring sheet is read whole, every response under 5 MB", async () => {
    const book = largeScoringWorkbook(300);
    const huge = Array.from({ length: 30_000 }, (_, r) => Array.from({ length: 8 }, (_, c): CellValue => `Dữ liệu nhập dòng ${r + 1}, cột ${c + 1}`));
    const withHuge: WorkbookSnapshot = { sheets: [{ name: "Dữ liệu thô", origin: { row: 0, col: 0 }, values: huge, merges: [] }, ...book.sheets] };
    const fake = createFakeExcel(withHuge);

    const snapshot = await createOfficeHost(fake.excel, fake.office).readWorkbook();

    expect(fake.stats.syncCount).toBe(2);
    fake.stats.syncs.forEach((s) => expect(s.responseBytes).toBeLessThan(FIVE_MB));
    const scores = snapshot.sheets.find((s) => s.name === "Điểm")!;
    expect(scores.values).toEqual(book.sheets[0].values);
    const result = analyzeWorkbook(snapshot);
    expect(result.ok && result.analysis.candidateSheets).toEqual(["Điểm"]);
    expect(result.ok && result.analysis.totals.max).toBe((analyzeWorkbook(book) as { ok: true; analysis: { totals: { max: number } } }).analysis.totals.max);
  });

  it("reads a scoring sheet larger than one window whole, in chunks, each response under 5 MB", async () => {
    const book = largeScoringWorkbook(12_000);
    const fake = createFakeExcel(book);

    const snapshot = await createOfficeHost(fake.excel, fake.office).readWorkbook();

    expect(snapshot.sheets[0].values).toEqual(book.sheets[0].values);
    expect(snapshot.sheets[0].merges).toEqual([range("A1:G1"), range("A2:G2")]);
    expect(fake.stats.syncCount).toBeGreaterThan(2);
    fake.stats.syncs.forEach((s) => expect(s.responseBytes).toBeLessThan(FIVE_MB));
  });

  it("reads more than 512 merged areas (Excel refuses them in one call) in bands, all of them", async () => {
    const book = largeScoringWorkbook(700);
    const rows = book.sheets[0].values.length;
    // The reason merged across F:G on every criterion row, as many offices lay it out.
    const merges = [range("A1:G1"), range("A2:G2"), ...Array.from({ length: rows - 4 }, (_, i) => range(`F${i + 5}:G${i + 5}`))];
    const fake = createFakeExcel({ sheets: [{ ...book.sheets[0], merges }, book.sheets[1]] });

    const snapshot = await createOfficeHost(fake.excel, fake.office).readWorkbook();

    expect(merges.length).toBeGreaterThan(512);
    expect(snapshot.sheets[0].values).toEqual(book.sheets[0].values);
    expect(new Set(snapshot.sheets[0].merges.map((m) => JSON.stringify(m)))).toEqual(new Set(merges.map((m) => JSON.stringify(m))));
    expect(fake.stats.syncCount).toBeLessThanOrEqual(4);
  });

  it("asks for less when Excel refuses a response as too large: smaller windows, then smaller chunks", async () => {
    const book = largeScoringWorkbook(1200);
    const filler = (name: string) => ({
      name,
      origin: { row: 0, col: 0 },
      values: Array.from({ length: 3000 }, (_, r) => [`Ghi chép số ${r + 1} của ${name}`, r]),
      merges: [],
    });
    const limit = 150 * 1024;
    const fake = createFakeExcel({ sheets: [filler("Nhật ký 1"), book.sheets[0], filler("Nhật ký 2")] }, { maxResponseBytes: limit });

    const snapshot = await createOfficeHost(fake.excel, fake.office).readWorkbook();

    expect(snapshot.sheets[1].values).toEqual(book.sheets[0].values);
    expect(snapshot.sheets[1].merges).toEqual([range("A1:G1"), range("A2:G2")]);
    const answered = fake.stats.syncs.filter((s) => s.responseBytes <= limit);
    expect(answered.length).toBeLessThan(fake.stats.syncCount); // some were refused, then asked again smaller
    expect(analyzeWorkbook(snapshot).ok).toBe(true);
  });
});
