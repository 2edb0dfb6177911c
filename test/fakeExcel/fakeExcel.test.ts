import { sheet, workbook } from "../helpers/grid";
import { createFakeExcel, FIVE_MB } from "./index";

/** The fake must be as strict as Excel, or host tests on it prove nothing. */

const book = () =>
  workbook(
    sheet("Điểm", [["TT", "Tiêu chí", "Điểm tối đa"], ["1", "Chỉ đạo", 10], [null, { error: "#REF!" }, 2.5]], { origin: { row: 2, col: 1 } }),
    sheet("Khóa", [["x"]], { protected: true }),
    sheet("Trống", []),
  );

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe("fake Excel strictness", () => {
  it("moves cells, merges, rule ranges and every reference below an inserted row, as Excel does", () => {
    const fake = createFakeExcel(workbook(sheet("S", [["a"], [1], [2]], { merges: ["A1:B1"] })));
    fake.workbook.addConditionalFormat("S", "A2:A3", '=AND(A2>$A$2,LOG10(A3)>0,B1="A2",A1<>0)', "#ff0000");
    fake.workbook.insertRows("S", 2, 2);
    expect(fake.workbook.values("S", "A1:A5")).toEqual([["a"], [null], [null], [1], [2]]);
    expect(fake.workbook.merges("S")).toEqual(["A1:B1"]);
    expect(fake.workbook.conditionalFormats("S")[0]).toMatchObject({ range: "A4:A5", formula: '=AND(A4>$A$4,LOG10(A5)>0,B1="A2",A1<>0)' });
  });

  it("fails getMergedAreasOrNullObject over 512 merged areas (the whole sync), and answers for 512", async () => {
    const merges = (n: number) => Array.from({ length: n }, (_, i) => `A${i + 1}:B${i + 1}`);
    const rows = Array.from({ length: 513 }, () => ["x", null]);
    const read = (count: number) =>
      createFakeExcel(workbook(sheet("M", rows, { merges: merges(count) }))).excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem("M").getRange("A1:B513").getMergedAreasOrNullObject().load("areaCount");
        await context.sync();
        return areas.areaCount;
      });
    await expect(read(512)).resolves.toBe(512);
    expect(await codeOf(read(513))).toBe("GeneralException");
  });

  it("intersects two ranges of a sheet, with a null object when they do not meet", async () => {
    const fake = createFakeExcel(book());
    await fake.excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Điểm");
      const meet = ws.getRange("A1:C4").getIntersectionOrNullObject(ws.getUsedRange(true)).load("address");
      const apart = ws.getRange("Z1").getIntersectionOrNullObject("A1:B2");
      await context.sync();
      expect(meet.address).toBe("'Điểm'!B3:C4");
      expect(apart.isNullObject).toBe(true);
    });
  });

  it("throws PropertyNotLoaded for a property not loaded, or loaded but not synced", async () => {
    const fake = createFakeExcel(book());
    await fake.excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Điểm").getRange("B3:D5");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["TT", "Tiêu chí", "Điểm tối đa"], ["1", "Chỉ đạo", 10], ["", "#REF!", 2.5]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies writes only at sync", async () => {
    const fake = createFakeExcel(book());
    await fake.excel.run(async (context) => {
      context.workbook.worksheets.getItem("Điểm").getRange("B4").values = [["2"]];
      expect(fake.workbook.values("Điểm", "B4")).toEqual([["1"]]);
      await context.sync();
      expect(fake.workbook.values("Điểm", "B4")).toEqual([[2]]);
    });
  });

  it("reads the used range with its position; a blank sheet gives a null object", async () => {
    const fake = createFakeExcel(book());
    await fake.excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Điểm").getUsedRange(true).load("address,rowIndex,columnIndex");
      const blank = context.workbook.worksheets.getItem("Trống").getUsedRangeOrNullObject(true);
      expect(() => blank.isNullObject).toThrow();
      await context.sync();
      expect([used.address, used.rowIndex, used.columnIndex]).toEqual(["'Điểm'!B3:D5", 2, 1]);
      expect(blank.isNullObject).toBe(true);
    });
    expect(fake.stats.syncCount).toBe(1);
  });

  it("rejects a request over 5 MB and writes nothing of it", async () => {
    const fake = createFakeExcel(book());
    const big = Array.from({ length: 600 }, () => ["ă".repeat(5000)]);
    const code = await codeOf(
      fake.excel.run(async (context) => {
        context.workbook.worksheets.getItem("Trống").getRange("A1:A600").values = big;
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.stats.syncs[0].requestBytes).toBeGreaterThan(FIVE_MB);
    expect(fake.workbook.values("Trống")).toEqual([]);
  });

  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const fake = createFakeExcel(book());
    const code = await codeOf(
      fake.excel.run(async (context) => {
        context.workbook.worksheets.getItem("Khóa").getRange("A1").format.fill.color = "#FF0000";
        await context.sync();
      }),
    );
    expect(code).toBe("AccessDenied");
    expect(fake.workbook.cell("Khóa", "A1")?.format.fill).toBeUndefined();
  });

  it("refuses a second sheet of the same name (case-insensitive) with ItemAlreadyExists", async () => {
    const fake = createFakeExcel(book());
    const code = await codeOf(fake.excel.run(async (context) => void context.workbook.worksheets.add("điểm")));
    expect(code).toBe("ItemAlreadyExists");
    expect(fake.workbook.sheetNames()).toEqual(["Điểm", "Khóa", "Trống"]);
  });

  it("takes formula-looking text for a formula unless the cell is formatted as text", async () => {
    const fake = createFakeExcel(book());
    await fake.excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Trống");
      ws.getRange("A1:C1").values = [["- Tiêu chí 1.2", "=SUM(A1)", "10"]];
      const text = ws.getRange("A2:C2");
      text.numberFormat = [["@", "@", "@"]];
      text.values = [["- Tiêu chí 1.2", "=SUM(A1)", "10"]];
      await context.sync();
    });
    expect(fake.workbook.values("Trống", "A1:C2")).toEqual([
      [{ error: "#NAME?" }, { error: "#NAME?" }, 10],
      ["- Tiêu chí 1.2", "=SUM(A1)", "10"],
    ]);
    expect(Object.keys(fake.workbook.formulas("Trống"))).toEqual(["A1", "B1"]);
  });

  it("fails with ApiNotFound when a member needs a newer ExcelApi than the host has", async () => {
    const fake = createFakeExcel(book(), { apiVersion: "1.7" });
    expect(fake.office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(fake.office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    const code = await codeOf(
      fake.excel.run(async (context) => {
        context.workbook.worksheets.getItem("Trống").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
  });

  it("invalidates proxies once Excel.run has ended", async () => {
    const fake = createFakeExcel(book());
    const range = await fake.excel.run(async (context) => context.workbook.worksheets.getItem("Điểm").getRange("B3"));
    expect(() => range.load("values")).toThrow(expect.objectContaining({ code: "InvalidObjectPath" }));
  });

  it("loads through navigation paths and collections", async () => {
    const fake = createFakeExcel(book());
    await fake.excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name,items/protection/protected");
      await context.sync();
      expect(sheets.items.map((s) => [s.name, s.protection.protected])).toEqual([["Điểm", false], ["Khóa", true], ["Trống", false]]);
      expect(() => sheets.items[0].visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("saves document settings only on saveAsync", async () => {
    const fake = createFakeExcel(book());
    const settings = fake.office.context.document.settings;
    settings.set("k", [1]);
    expect(settings.saved()).toEqual({});
    await new Promise((resolve) => settings.saveAsync(resolve));
    expect(settings.saved()).toEqual({ k: [1] });
  });
});

describe("fake Excel limits", () => {
  it("refuses a cell of more than 32,767 characters", async () => {
    const fake = createFakeExcel(book());
    const code = await codeOf(
      fake.excel.run(async (context) => {
        context.workbook.worksheets.getItem("Trống").getRange("A1").values = [["x".repeat(32768)]];
      }),
    );
    expect(code).toBe("InvalidArgument");
  });
});
