import { readFileSync } from "fs";
import * as path from "path";
import { describeSheets, diffSnapshots } from "../../../test/helpers/compareSnapshots";
import { openXlsx } from "../xlsx/package/openXlsx";
import { decodeRk, readXlsWorkbook, XlsReadError } from "./readXls";

const FIXTURES = path.resolve(__dirname, "../../../test/fixtures");
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

function readError(name: string): XlsReadError {
  try {
    readXlsWorkbook(bytes(name));
  } catch (error) {
    expect(error).toBeInstanceOf(XlsReadError);
    return error as XlsReadError;
  }
  throw new Error(`${name} was read`);
}

describe("readXlsWorkbook", () => {
  it("gives the snapshot the .xlsx host gives for the same workbook saved as .xls", async () => {
    const xls = readXlsWorkbook(bytes("legacy/scoring.xls"));
    const xlsx = openXlsx(new Uint8Array(readFileSync(path.join(FIXTURES, "xlsx/scoring.xlsx")))).snapshot;
    expect(describeSheets(xls)).toEqual(describeSheets(xlsx));
    // LibreOffice computed the formula saved without a result (E10), and has no boolean type (E11 TRUE -> 1).
    expect(diffSnapshots(xlsx, xls)).toEqual(["Điểm!E10: null ≠ 1", "Điểm!E11: true ≠ 1"]);
  });

  it("reads the seed-000 sample: shared strings across CONTINUE records, formula results, merges", async () => {
    const xls = readXlsWorkbook(bytes("legacy/so-ngoai-vu-2020.xls"));
    const xlsx = openXlsx(new Uint8Array(readFileSync(path.resolve(FIXTURES, "../../samples/so-ngoai-vu-2020.xlsx")))).snapshot;
    expect(describeSheets(xls)).toEqual(describeSheets(xlsx));
    expect(diffSnapshots(xlsx, xls)).toEqual([]);
  });

  it("keeps the legacy font names of cells (.VnTime, .VnTimeH) and no others", () => {
    const sheet = readXlsWorkbook(bytes("legacy/tcvn3-so-ngoai-vu.xls")).sheets[1];
    expect(sheet.fonts?.[0]?.[0]).toBe(".VnTimeH");
    expect(sheet.fonts?.[4]?.[1]).toBe(".VnTime");
    expect(sheet.fonts?.[9]?.[5]).toBeUndefined();
    expect(readXlsWorkbook(bytes("legacy/so-ngoai-vu-2020.xls")).sheets[1].fonts).toBeUndefined();
  });

  it("tells an .xls with a password, an Excel 95 workbook and an OLE file without a workbook apart", () => {
    expect(readError("legacy/encrypted.xls").kind).toBe("encrypted");
    expect(readError("legacy/excel95.xls").kind).toBe("too_old");
    expect(readError("legacy/works.xlr").kind).toBe("not_workbook");
    expect(readError("xlsx/encrypted.xlsx").kind).toBe("not_ole");
  });

  it("decodes RK numbers: integers, ÷100 and truncated doubles", () => {
    expect(decodeRk((42 << 2) | 0x02)).toBe(42);
    expect(decodeRk((-7 << 2) | 0x02)).toBe(-7);
    expect(decodeRk((142 << 2) | 0x03)).toBe(1.42);
    expect(decodeRk(0x3ff80000)).toBe(1.5);
  });
});
