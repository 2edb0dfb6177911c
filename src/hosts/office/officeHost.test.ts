import { createFakeExcel } from "../../../test/fakeExcel";
import { cell, sheet, workbook } from "../../../test/helpers/grid";
import { sampleHighlight, sampleLayout } from "../../../test/helpers/remediationLayout";
import { HostError, isHostError } from "../errors";
import type { WorkbookHost } from "../workbookHost";
import { createOfficeHost } from "./officeHost";
import type { ExcelRuntime, OfficeRuntime } from "./officeRuntime";

// Compile-time proof that the real globals fit the small interfaces the host takes.
const realExcelFits: ExcelRuntime | undefined = undefined as unknown as typeof Excel;
const realOfficeFits: OfficeRuntime | undefined = undefined as unknown as typeof Office;
void [realExcelFits, realOfficeFits];

const book = () => workbook(sheet("Điểm", [["TT", "Điểm"], ["1.1", 1]]), { ...sheet("Ẩn", [["x"]]), hidden: true });

async function failure(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isHostError(error)) throw new Error(`expected a HostError, got ${String(error)}`);
  return error;
}

function everyAction(host: WorkbookHost): Promise<unknown>[] {
  return [
    host.readWorkbook(),
    host.applyHighlight(sampleHighlight()),
    host.clearHighlight(),
    host.writeRemediation(sampleLayout()),
    host.selectCell(cell("B2", "Điểm")),
  ];
}

describe("Office host: errors and selection", () => {
  it("gives api_unsupported for every action, before any request, when Excel lacks ExcelApi 1.7", async () => {
    const fake = createFakeExcel(book(), { apiVersion: "1.6", settings: { "cchc.highlight": [{ sheet: "Điểm", range: "B2", formula: "=TRUE", fill: "#FCE4D6" }] } });
    const host = createOfficeHost(fake.excel, fake.office);

    for (const action of everyAction(host)) {
      const error = await failure(action);
      expect(error.code).toBe("api_unsupported");
      expect(error.message).toContain("ExcelApi 1.7");
    }
    expect(fake.stats.syncCount).toBe(0);
  });

  it("gives api_unsupported outside Excel (no Excel or Office global)", async () => {
    const error = await failure(createOfficeHost(undefined, undefined).readWorkbook());
    expect(error.code).toBe("api_unsupported");
  });

  it("wraps an Excel error with its cause and says it in Vietnamese words", async () => {
    const fake = createFakeExcel(book());
    const error = await failure(createOfficeHost(fake.excel, fake.office).selectCell(cell("A1", "Không có")));

    expect(error.code).toBe("excel_failed");
    expect((error.cause as { code?: string }).code).toBe("ItemNotFound");
    expect(error.message).toMatch(/Không tìm thấy trang tính/);
    expect(error.message).not.toMatch(/ItemNotFound|GeneralException/);
  });

  it("speaks English when Office's display language is not Vietnamese", async () => {
    const fake = createFakeExcel(book(), { displayLanguage: "en-US" });
    const error = await failure(createOfficeHost(fake.excel, fake.office).selectCell(cell("A1", "Ẩn")));
    expect(error.code).toBe("excel_failed");
    expect((error.cause as { code?: string }).code).toBe("InvalidOperation");
    expect(error.message).toMatch(/^Excel reported an error/);
  });

  it("selects a cell: activates its sheet and selects it in one sync", async () => {
    const fake = createFakeExcel(workbook(sheet("Hướng dẫn", [["x"]]), sheet("Điểm", [["TT"]])));
    await createOfficeHost(fake.excel, fake.office).selectCell(cell("E12", "Điểm"));
    expect(fake.workbook.activeSheet()).toBe("Điểm");
    expect(fake.workbook.selection()).toBe("Điểm!E12");
    expect(fake.stats.syncCount).toBe(1);
  });

  it("reports a request Excel on the web refuses as too large in words", async () => {
    const fake = createFakeExcel(book(), { maxRequestBytes: 2_000 });
    const error = await failure(createOfficeHost(fake.excel, fake.office).writeRemediation(sampleLayout()));
    expect((error.cause as { code?: string }).code).toBe("RequestPayloadSizeLimitExceeded");
    expect(error.message).toMatch(/5 MB/);
    expect(fake.workbook.sheetNames()).toEqual(["Điểm", "Ẩn"]);
  });
});
