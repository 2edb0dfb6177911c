import { join } from "node:path";
import { analyzeWorkbook, describeFinding, formatNumber, type RemediationSheetLayout, type WorkbookSnapshot } from "../domain";
import { HostError } from "../hosts/errors";
import type { WorkbookHost } from "../hosts/workbookHost";
import { openXlsxFile as readXlsxFile } from "../hosts/xlsx/xlsxFile";
import type { CommandReport } from "./commandReport";
import { LISTED_FINDINGS } from "./reportCheck";
import { completeCommand, runCheck, runCreateRemediation } from "./runCommand";

const SAMPLE = join(__dirname, "..", "..", "samples", "so-ngoai-vu-2020.xlsx");
const TODAY = new Date(2021, 2, 15);

/** An in-memory host over a snapshot that records every write. */
function fakeHost(snapshot: WorkbookSnapshot): WorkbookHost & { written: RemediationSheetLayout[] } {
  const written: RemediationSheetLayout[] = [];
  return {
    written,
    readWorkbook: async () => snapshot,
    applyHighlight: async () => { throw new Error("the ribbon never highlights"); },
    clearHighlight: async () => { throw new Error("the ribbon never clears"); },
    writeRemediation: async (layout) => {
      written.push(layout);
      return "GIẢI PHÁP (2)";
    },
    selectCell: async () => undefined,
  };
}

function event(): { completed: jest.Mock } {
  return { completed: jest.fn() };
}

const report = (lines: string[]): CommandReport => ({ lang: "vi", tone: "success", title: "T", lines });

describe("completeCommand: Office is always told the command ended", () => {
  it("completes once, after the report was shown", async () => {
    const order: string[] = [];
    const e = { completed: jest.fn(() => order.push("completed")) };
    await completeCommand(e, async () => report(["ok"]), async () => void order.push("shown"), "vi");
    expect(order).toEqual(["shown", "completed"]);
  });

  it("shows the host's worded message and Excel's own as a detail, and still completes", async () => {
    const e = event();
    const shown: CommandReport[] = [];
    const cause = new Error("AccessDenied: The cell you're trying to change is protected.");
    const failing = async (): Promise<CommandReport> => {
      throw new HostError("sheet_protected", "Trang tính \"Bảng điểm 2020\" đang được bảo vệ.", { target: "Bảng điểm 2020", cause });
    };
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await completeCommand(e, failing, async (r) => void shown.push(r), "vi");
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(shown[0].tone).toBe("error");
    expect(shown[0].lines[0]).toBe("Trang tính \"Bảng điểm 2020\" đang được bảo vệ.");
    expect(shown[0].lines[1]).toBe(`Chi tiết: ${cause.message}`);
  });

  it("completes even when the dialog cannot be shown", async () => {
    const e = event();
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    await completeCommand(e, async () => report(["ok"]), async () => { throw new Error("12007"); }, "en");
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  it("explains an unknown failure in English when Office is not Vietnamese", async () => {
    const e = event();
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const shown = await completeCommand(e, async () => { throw new Error("boom"); }, async () => undefined, "en");
    expect(shown.lines).toEqual([expect.stringMatching(/^Something unexpected went wrong/), "Details: boom"]);
  });
});

describe("the ribbon commands on a real sample workbook", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = (await readXlsxFile(SAMPLE)).snapshot;
  });

  it("Kiểm tra reports the total and index the engine computes, and writes nothing", async () => {
    const host = fakeHost(snapshot);
    const result = analyzeWorkbook(snapshot);
    if (!result.ok) throw new Error(`sample not analysable: ${result.problem.code}`);
    const { totals, source } = result.analysis;
    const shown = await runCheck({ host, lang: "vi", today: TODAY });
    expect(shown.title).toBe("Kiểm tra bảng điểm");
    expect(shown.lines).toContain(`Trang tính chấm điểm: ${source.kind === "single" ? source.table.sheet : ""}`);
    expect(shown.lines).toContain(`Tổng điểm: ${formatNumber(totals.score)}/${formatNumber(totals.max)} điểm — chỉ số ${formatNumber(totals.index)}%`);
    expect(host.written).toEqual([]);
  });

  it("Tạo GIẢI PHÁP writes one new sheet and names it, with the years read from the sheet's title (2020 → 2021), not today's", async () => {
    const host = fakeHost(snapshot);
    const shown = await runCreateRemediation({ host, lang: "vi", today: new Date(2026, 11, 2) });
    expect(host.written).toHaveLength(1);
    const layout = host.written[0];
    expect(layout.cells[layout.titleRow][0]).toBe("GIẢI PHÁP");
    expect(layout.cells[layout.subtitleRow][0]).toContain("năm 2021");
    expect(layout.cells[layout.subtitleRow][0]).toContain("năm 2020");
    expect(layout.cells[layout.subtitleRow][0]).not.toContain("2026");
    expect(shown.title).toBe("Đã tạo bảng GIẢI PHÁP");
    expect(shown.lines[0]).toBe("Trang tính mới: “GIẢI PHÁP (2)” (đã mở).");
  });

  it("Kiểm tra on a messy workbook lists errors before warnings, five by name, and counts the rest", async () => {
    const messy = (await readXlsxFile(join(__dirname, "..", "..", "samples", "error.messy.xlsx"))).snapshot;
    const result = analyzeWorkbook(messy);
    if (!result.ok) throw new Error("messy sample not analysable");
    const findings = result.analysis.findings;
    const errors = findings.filter((f) => f.severity === "error");
    expect(findings.length).toBeGreaterThan(LISTED_FINDINGS);
    const shown = await runCheck({ host: fakeHost(messy), lang: "vi", today: TODAY });
    expect(shown.tone).toBe("warning");
    expect(shown.lines).toContain(`${errors.length} lỗi, ${findings.length - errors.length} cảnh báo:`);
    const bullets = shown.lines.filter((line) => line.startsWith("• "));
    expect(bullets).toEqual(errors.slice(0, LISTED_FINDINGS).map((f) => `• ${describeFinding(f, "vi")}`));
    expect(shown.lines.at(-1)).toBe(`… và ${findings.length - LISTED_FINDINGS} mục khác.`);
  });

  it("Tạo GIẢI PHÁP writes nothing when the workbook has no scoring table", async () => {
    const host = fakeHost({ sheets: [{ name: "Trống", origin: { row: 0, col: 0 }, values: [["xin chào"]], merges: [] }] });
    const shown = await runCreateRemediation({ host, lang: "vi", today: TODAY });
    expect(host.written).toEqual([]);
    expect(shown.title).toBe("Chưa tạo được bảng GIẢI PHÁP");
    expect(shown.lines).toContain("Không có ô nào của bảng điểm bị thay đổi.");
  });
});
