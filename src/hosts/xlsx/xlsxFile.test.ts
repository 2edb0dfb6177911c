import * as path from "path";
import { valueAt, type SheetSnapshot } from "../../domain";
import { range } from "../../../test/helpers/grid";
import { HostError } from "../errors";
import { openXlsxFile } from "./xlsxFile";

const FIXTURES = path.resolve(__dirname, "../../../test/fixtures/xlsx");
const fixture = (name: string) => path.join(FIXTURES, name);

async function readError(file: string): Promise<HostError> {
  const error = await openXlsxFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe("openXlsxFile on scoring.xlsx", () => {
  let sheets: SheetSnapshot[];
  const scores = () => sheets[0];
  /** The value a user sees in cell `a1` of the scoring sheet. */
  const at = (a1: string) => {
    const { top, left } = range(a1);
    return valueAt(scores(), top, left);
  };

  beforeAll(async () => {
    sheets = (await openXlsxFile(fixture("scoring.xlsx"))).snapshot.sheets;
  });

  it("lists the sheets in tab order", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Điểm", "GIẢI PHÁP", "Bảo vệ", "Ẩn", "Ẩn hẳn"]);
  });

  it("places the used block at its first used row and column, not A1", () => {
    expect(scores().origin).toEqual({ row: 0, col: 1 });
    expect(at("B4")).toBe("STT");
    expect(at("A4")).toBeNull();
    expect(sheets[4].origin).toEqual({ row: 2, col: 2 });
    expect(sheets[4].values).toEqual([[42]]);
  });

  it("reads numbers, texts and booleans as they are", () => {
    expect(at("B7")).toBe("1.1");
    expect(at("D7")).toBe(1.5);
    expect(at("F7")).toBe(1.42);
    expect(at("E11")).toBe(true);
    expect(at("F11")).toBe("-");
  });

  it("reads formulas and shared formulas as their cached results", () => {
    expect(at("D6")).toBe(4.5);
    expect(at("F6")).toBe(3.92);
    expect(at("E7")).toBe(1.5);
    expect(at("E8")).toBe(2);
    expect(at("E9")).toBe(1);
  });

  it("keeps a #REF! result as an error and reads a formula without a cached result as empty", () => {
    expect(at("F10")).toEqual({ error: "#REF!" });
    expect(at("E10")).toBeNull();
  });

  it("flattens rich text, hyperlinks and dates to text", () => {
    expect(at("G7")).toBe("Lý do: chỉ đạt 94,76%/100%.");
    expect(at("H7")).toBe("Kế hoạch số 5");
    expect(at("I7")).toBe("15/01/2021");
  });

  it("gives merges in sheet coordinates, and only the top-left cell of a merge holds the value", () => {
    const merges = scores().merges;
    expect(merges).toEqual(expect.arrayContaining([range("B1:I1"), range("B2:I2"), range("B4:B5"), range("E4:F4")]));
    expect(merges).toHaveLength(9);
    expect(at("E4")).toBe("Điểm đánh giá");
    expect(at("F4")).toBeNull();
    expect(at("B5")).toBeNull();
  });

  it("flags the protected and the hidden sheets", () => {
    expect(sheets.map((s) => [s.name, s.protected, s.hidden])).toEqual([
      ["Điểm", false, false],
      ["GIẢI PHÁP", false, false],
      ["Bảo vệ", true, false],
      ["Ẩn", false, true],
      ["Ẩn hẳn", false, true],
    ]);
  });
});

describe("openXlsxFile on files it cannot use", () => {
  it("reports a missing file by name", async () => {
    const error = await readError(fixture("khong-co.xlsx"));
    expect(error.code).toBe("file_not_found");
    expect(error.message).toContain("khong-co.xlsx");
    expect(error.target).toBe(fixture("khong-co.xlsx"));
  });

  it("reports a password-protected (OLE) file as encrypted, mentioning old .xls files", async () => {
    const error = await readError(fixture("encrypted.xlsx"));
    expect(error.code).toBe("file_encrypted");
    expect(error.message).toContain("encrypted.xlsx");
    expect(error.message).toContain("mật khẩu");
    expect(error.message).toContain(".xls");
  });

  it.each(["not-xlsx.xlsx", "truncated.xlsx", "zip-not-workbook.xlsx"])("reports %s as unreadable, with the cause kept", async (name) => {
    const error = await readError(fixture(name));
    expect(error.code).toBe("file_unreadable");
    expect(error.message).toContain(name);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it("reports a folder as a folder", async () => {
    const error = await readError(FIXTURES);
    expect(error.code).toBe("file_is_folder");
    expect(error.message).toContain(FIXTURES);
  });
});
