import { render, screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as domain from "../domain";
import type { Analysis, AnalysisResult, PlanOptions, RemediationTable } from "../domain";
import { HostError } from "../hosts/errors";
import { App } from "./App";
import { createStubHost } from "./testing/stubHost";
import { sampleAnalysis, sampleSnapshot } from "./testing/sampleWorkbook";

// The engine is written in parallel: these tests drive the pane with a hand-built Analysis and a simple planner,
// through the real workbook actions and a stub host (App.engine.test.tsx runs the real engine).
jest.mock("../domain", () => ({
  ...jest.requireActual("../domain"),
  analyzeWorkbook: jest.fn(),
  planRemediation: jest.fn(),
  planHighlight: jest.fn(),
  readStepTemplates: jest.fn(() => []),
  layoutRemediationSheet: jest.fn(() => ({ cells: [], merges: [], titleRow: 0, subtitleRow: 1, headerRow: 2, columnWidths: [], fontName: "Times New Roman", fontSize: 13 })),
}));

// Dropdown and accordion interactions take a few seconds in jsdom when the whole suite runs in parallel.
jest.setTimeout(20_000);

const analyzeWorkbook = jest.mocked(domain.analyzeWorkbook);
const planRemediation = jest.mocked(domain.planRemediation);
const planHighlight = jest.mocked(domain.planHighlight);

/** One row per area (full-mark areas only when asked), subtitle naming both years: enough to see options flow. */
function fakePlan(analysis: Analysis, options: PlanOptions): RemediationTable {
  const areas = analysis.areas.filter((area) => options.includeFullMarkAreas !== false || area.score < area.max);
  return {
    title: "GIẢI PHÁP",
    subtitle: `Khắc phục trong năm ${options.year} … năm ${options.appraisedYear}`,
    headers: domain.REMEDIATION_HEADERS,
    rows: areas.map((area, i) => ({
      tt: String(i + 1),
      areaCode: area.code,
      issues: [`Tiêu chí ${area.code}: ${area.title}: đạt ${domain.formatScore(area.score, area.max)} điểm.`],
      steps: [{ text: `- Khắc phục lĩnh vực ${area.code}`, deadline: options.defaultDeadline ?? "", note: "" }],
      fullMarks: area.score >= area.max,
    })),
  };
}

function setup(result: AnalysisResult = { ok: true, analysis: sampleAnalysis() }, lang: "vi" | "en" = "vi") {
  analyzeWorkbook.mockReset().mockReturnValue(result);
  planRemediation.mockReset().mockImplementation(fakePlan);
  planHighlight.mockReset().mockReturnValue({
    rules: [
      { sheet: "Điểm", range: "E4:E7", formula: "=E4<C4", fill: domain.HIGHLIGHT_COLORS.deducted, purpose: "deducted" },
      { sheet: "Điểm", range: "E4", formula: "=TRUE", fill: domain.HIGHLIGHT_COLORS.error, purpose: "error" },
    ],
  });
  const host = createStubHost(sampleSnapshot(), { sheetName: "GIẢI PHÁP (2)" });
  const user = userEvent.setup();
  render(<App host={host} lang={lang} />);
  return { host, user };
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  return screen.findByRole("heading", { name: /^Tổng điểm/ });
}

test("Kiểm tra reads the workbook and shows the total, the index and a bar per area", async () => {
  const { host, user } = setup();
  expect((await check(user)).textContent).toBe("Tổng điểm: 23,42/24,5");
  expect(host.callsOf("readWorkbook")).toHaveLength(1);
  expect(analyzeWorkbook).toHaveBeenCalledWith(sampleSnapshot(), {});
  expect(screen.getByText("Chỉ số: 95,59%")).toBeTruthy();

  const deducted = screen.getByRole("progressbar", { name: "1. Chỉ đạo, điều hành CCHC" });
  expect(deducted.getAttribute("aria-valuenow")).toBe("8.92");
  expect(deducted.getAttribute("aria-valuemax")).toBe("10");
  expect(screen.getByText("8,92/10 điểm (bị trừ 1,08)")).toBeTruthy();
  const full = screen.getByRole("progressbar", { name: "2. Cải cách thủ tục hành chính" });
  expect(full.getAttribute("aria-valuenow")).toBe("14.5");
  expect(screen.getByText("14,5/14,5 điểm")).toBeTruthy();
});

test("findings are grouped by severity and clicking one selects its cell", async () => {
  const { host, user } = setup();
  await check(user);
  const errors = screen.getByRole("group", { name: "Lỗi (1)" });
  const warnings = screen.getByRole("group", { name: "Cảnh báo (1)" });
  expect(within(errors).getAllByRole("button").map((b) => b.textContent)).toEqual([expect.stringContaining("Điểm!E4")]);
  expect(within(warnings).getAllByRole("button").map((b) => b.textContent)).toEqual([expect.stringContaining("Điểm!F6")]);

  await user.click(within(warnings).getByRole("button", { name: /Điểm!F6/ }));
  await waitFor(() => expect(host.callsOf("selectCell")).toEqual([{ method: "selectCell", ref: { sheet: "Điểm", row: 5, col: 5 } }]));
});

test("the deducted criteria are listed with score/max and reason; a code selects its score cell", async () => {
  const { host, user } = setup();
  await check(user);
  const table = screen.getByRole("table", { name: "Các tiêu chí bị trừ điểm" });
  const rows = within(table).getAllByRole("row").slice(1).map((row) =>
    within(row).getAllByRole("cell").map((c) => c.textContent));
  expect(rows).toEqual([
    ["1.2", "Mức độ hoàn thành kế hoạch CCHC", "1,42/1,5", "Kế hoạch chỉ đạt 94,76%"],
    ["1.5", "Tuyên truyền CCHC", "0,5/1", "(chưa ghi lý do)"],
  ]);
  await user.click(within(table).getByRole("button", { name: "1.5" }));
  await waitFor(() => expect(host.callsOf("selectCell")[0]?.ref).toEqual({ sheet: "Điểm", row: 5, col: 4 }));
});

test("Tô màu applies the highlight plan and Xóa tô màu clears it, each with a message", async () => {
  const { host, user } = setup();
  await check(user);
  await user.click(screen.getByRole("button", { name: "Tô màu tiêu chí bị trừ điểm" }));
  expect(await screen.findByText(/Đã tô màu: 2 quy tắc/)).toBeTruthy();
  expect(host.callsOf("applyHighlight")[0].plan.rules.map((r) => r.purpose)).toEqual(["deducted", "error"]);

  await user.click(screen.getByRole("button", { name: "Xóa tô màu" }));
  expect(await screen.findByText("Đã xóa 2 quy tắc tô màu do tiện ích thêm.")).toBeTruthy();
  expect(host.callsOf("clearHighlight")).toHaveLength(1);
});

test("the GIẢI PHÁP preview lists the rows for the chosen options, and creating reports the new sheet", async () => {
  const { host, user } = setup();
  await check(user);
  const year = new Date().getFullYear();
  expect(planRemediation).toHaveBeenLastCalledWith(expect.anything(), {
    year, appraisedYear: year - 1, defaultDeadline: "Thường xuyên", includeFullMarkAreas: true, templates: [],
  });
  const preview = screen.getByRole("table", { name: "Xem trước (2 dòng)" });
  expect(within(preview).getByText("Tiêu chí 1: Chỉ đạo, điều hành CCHC: đạt 8,92/10 điểm.")).toBeTruthy();
  expect(within(preview).getAllByText("(Thường xuyên)")).toHaveLength(2);

  await user.click(screen.getByRole("switch", { name: "Thêm dòng cho lĩnh vực đạt điểm tối đa" }));
  const appraised = screen.getByRole("spinbutton", { name: "Năm được thẩm định" });
  await user.clear(appraised);
  await user.type(appraised, "2020{Enter}");
  expect(screen.getByRole("table", { name: "Xem trước (1 dòng)" })).toBeTruthy();
  expect(screen.getByText(`Khắc phục trong năm ${year} … năm 2020`)).toBeTruthy();

  await user.click(screen.getByRole("button", { name: "Tạo bảng GIẢI PHÁP" }));
  expect(await screen.findByText("Đã tạo trang tính “GIẢI PHÁP (2)” chứa bảng GIẢI PHÁP.")).toBeTruthy();
  expect(host.callsOf("writeRemediation")).toHaveLength(1);
  expect(planRemediation).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({
    appraisedYear: 2020, includeFullMarkAreas: false,
  }));
});

test("a protected sheet shows a MessageBar that says how to unprotect it", async () => {
  const { host, user } = setup();
  await check(user);
  host.failWith("applyHighlight", new HostError("sheet_protected", "InvalidOperation", { target: "Điểm" }));
  await user.click(screen.getByRole("button", { name: "Tô màu tiêu chí bị trừ điểm" }));
  const bar = await screen.findByRole("group", { name: "Không thực hiện được" });
  expect(bar.textContent).toContain(
    "Trang tính “Điểm” đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.",
  );
});

test("a workbook without a scoring table shows the setup problem and lets the user pick another sheet", async () => {
  const problem = { code: "no_scoring_table" as const, examined: ["Hướng dẫn", "Điểm"] };
  const { user } = setup({ ok: false, problem });
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const bar = await screen.findByRole("group", { name: "Không đọc được bảng chấm điểm" });
  expect(bar.textContent).toContain(domain.describeProblem(problem, "vi"));
  expect(screen.queryByRole("heading", { name: /^Tổng điểm/ })).toBeNull();

  await user.click(screen.getByRole("combobox", { name: "Trang tính chấm điểm" }));
  await user.click(screen.getByRole("option", { name: "Điểm" }));
  await waitFor(() => expect(analyzeWorkbook).toHaveBeenLastCalledWith(expect.anything(), { sheet: "Điểm" }));
});

test("the sheet, score column and column mapping can be corrected, each re-running the analysis", async () => {
  const { user } = setup();
  await check(user);
  expect(screen.getByRole("combobox", { name: "Trang tính chấm điểm" }).textContent).toBe("Điểm");

  await user.click(screen.getByRole("radio", { name: "Điểm tự đánh giá" }));
  await waitFor(() => expect(analyzeWorkbook).toHaveBeenLastCalledWith(expect.anything(), { score: "self" }));

  await user.click(screen.getByRole("button", { name: "Các cột đã nhận diện (Điểm)" }));
  const maxColumn = screen.getByRole("combobox", { name: "Cột điểm tối đa" });
  expect(maxColumn.textContent).toBe("C — Điểm tối đa");
  await user.click(maxColumn);
  await user.click(screen.getByRole("option", { name: "D — Điểm tự đánh giá" }));
  await waitFor(() =>
    expect(analyzeWorkbook).toHaveBeenLastCalledWith(expect.anything(), {
      score: "self",
      sheet: "Điểm",
      columns: { code: 0, title: 1, max: 3, self: 3, appraised: [4], reason: 5 },
    }),
  );
});

test("criteria and scores on two sheets: each choice re-runs the analysis with the split options", async () => {
  const { user } = setup();
  await check(user);
  await user.click(screen.getByRole("button", { name: "Tiêu chí và điểm ở hai trang tính khác nhau" }));
  await user.click(screen.getByRole("combobox", { name: "Trang tính tiêu chí (mã, tên, điểm tối đa)" }));
  await user.click(screen.getByRole("option", { name: "Hướng dẫn" }));
  await waitFor(() => expect(analyzeWorkbook).toHaveBeenLastCalledWith(expect.anything(), { criteriaSheet: "Hướng dẫn" }));
  await user.click(screen.getByRole("combobox", { name: "Trang tính điểm (mã, điểm, lý do)" }));
  await user.click(screen.getByRole("option", { name: "Điểm" }));
  await waitFor(() =>
    expect(analyzeWorkbook).toHaveBeenLastCalledWith(expect.anything(), { criteriaSheet: "Hướng dẫn", scoresSheet: "Điểm" }),
  );
});

test("a spinner shows while the workbook is read, and the buttons are disabled", async () => {
  const { host, user } = setup();
  let release: () => void = () => {};
  const read = host.readWorkbook;
  host.readWorkbook = () => new Promise((resolve) => (release = () => resolve(read())));
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  expect(screen.getByRole("progressbar", { name: "Đang đọc và kiểm tra bảng điểm…" })).toBeTruthy();
  expect(screen.getByRole("button", { name: "Kiểm tra" }).getAttribute("aria-disabled")).toBe("true");
  release();
  await screen.findByRole("heading", { name: /^Tổng điểm/ });
  expect(screen.queryByRole("progressbar", { name: "Đang đọc và kiểm tra bảng điểm…" })).toBeNull();
});

test("an unexpected failure is shown in words, not thrown", async () => {
  const { host, user } = setup();
  host.failWith("readWorkbook", new Error("boom"));
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const bar = await screen.findByRole("group", { name: "Không thực hiện được" });
  expect(bar.textContent).toContain("boom");
});

test("the pane speaks English when lang is en", async () => {
  const { user } = setup(undefined, "en");
  await user.click(screen.getByRole("button", { name: "Check" }));
  expect((await screen.findByRole("heading", { name: /^Total/ })).textContent).toBe("Total: 23,42/24,5");
  expect(screen.getByRole("button", { name: "Colour deducted criteria" })).toBeTruthy();
  expect(screen.getByRole("group", { name: "Errors (1)" })).toBeTruthy();
});
