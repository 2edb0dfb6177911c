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

/** The sample's title names no year: the GIẢI PHÁP years fall back to this date's. */
const TODAY = new Date(2026, 11, 2);

// Dropdown and accordion interactions take a few seconds in jsdom when the whole suite runs in parallel.
jest.setTimeout(60_000);

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
  render(<App host={host} lang={lang} today={TODAY} />);
  return { host, user };
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  return screen.findByRole("heading", { name: /^Tổng điểm/ });
}

test("Kiểm tra reads the workbook and shows the verdict card: total, index, errors and warnings counted", async () => {
  const { host, user } = setup();
  expect((await check(user)).textContent).toBe("Tổng điểm: 23,42/24,5");
  expect(host.callsOf("readWorkbook")).toHaveLength(1);
  expect(analyzeWorkbook).toHaveBeenCalledWith(sampleSnapshot(), {});
  const verdict = screen.getByRole("region", { name: "Kết quả kiểm tra" });
  expect(within(verdict).getByText("Chỉ số: 95,59%")).toBeTruthy();
  expect(within(verdict).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
    "1 lỗi", "1 cảnh báo", "2 tiêu chí bị trừ điểm",
  ]);
  expect(within(verdict).getByText("Bảng điểm có 1 lỗi số liệu cần sửa")).toBeTruthy();
});

test("the verdict's button goes to the first error's cell", async () => {
  const { host, user } = setup();
  await check(user);
  await user.click(screen.getByRole("button", { name: "Đến lỗi đầu tiên (Điểm!E4)" }));
  await waitFor(() => expect(host.callsOf("selectCell").map((call) => call.ref)).toEqual([{ sheet: "Điểm", row: 3, col: 4 }]));
});

test("a workbook without errors says so and offers no button to an error", async () => {
  const analysis = sampleAnalysis();
  analysis.findings = analysis.findings.filter((finding) => finding.severity !== "error");
  const { user } = setup({ ok: true, analysis });
  await check(user);
  expect(screen.getByText("Không phát hiện lỗi số liệu")).toBeTruthy();
  expect(screen.queryByRole("button", { name: /^Đến lỗi đầu tiên/ })).toBeNull();
});

test("each area's bar says its true state: an error in the area outranks a deduction; full marks are full", async () => {
  const { user } = setup();
  await check(user);
  const areas = screen.getByRole("region", { name: "Điểm theo lĩnh vực" });
  const withError = within(areas).getByRole("progressbar", { name: "1. Chỉ đạo, điều hành CCHC" });
  expect([withError.getAttribute("aria-valuenow"), withError.getAttribute("aria-valuemax")]).toEqual(["8.92", "10"]);
  expect(describedBy(withError)).toBe("8,92/10 điểm — có 1 lỗi số liệu, xem mục Lỗi");
  const full = within(areas).getByRole("progressbar", { name: "2. Cải cách thủ tục hành chính" });
  expect(full.getAttribute("aria-valuenow")).toBe("14.5");
  expect(describedBy(full)).toBe("14,5/14,5 điểm — đạt tối đa");
});

test("a deducted area without errors reads as deducted, with the points lost", async () => {
  const analysis = sampleAnalysis();
  analysis.findings = analysis.findings.filter((finding) => finding.severity !== "error");
  const { user } = setup({ ok: true, analysis });
  await check(user);
  expect(describedBy(screen.getByRole("progressbar", { name: "1. Chỉ đạo, điều hành CCHC" }))).toBe("8,92/10 điểm — bị trừ 1,08");
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

test("the deducted criteria are stacked cards under their area (code, score/max, title, reason); a code selects its cell", async () => {
  const { host, user } = setup();
  await check(user);
  const deductions = screen.getByRole("region", { name: "Các tiêu chí bị trừ điểm" });
  expect(within(deductions).queryByRole("table")).toBeNull();
  const area = within(deductions).getByRole("group", { name: "Lĩnh vực 1. Chỉ đạo, điều hành CCHC" });
  const cards = within(area).getAllByRole("listitem").map((card) => card.textContent);
  expect(cards).toEqual([
    "Tiêu chí 1.2Đạt 1,42/1,5 điểmMức độ hoàn thành kế hoạch CCHCLý do: Kế hoạch chỉ đạt 94,76%",
    "Tiêu chí 1.5Đạt 0,5/1 điểmTuyên truyền CCHCLý do: (chưa ghi lý do)",
  ]);
  await user.click(within(area).getByRole("button", { name: "Tiêu chí 1.5" }));
  await waitFor(() => expect(host.callsOf("selectCell")[0]?.ref).toEqual({ sheet: "Điểm", row: 5, col: 4 }));
});

test("Tô màu applies the highlight plan and Xóa tô màu clears it, each with a message", async () => {
  const { host, user } = setup();
  await check(user);
  await user.click(screen.getByRole("button", { name: "Tô màu tiêu chí bị trừ điểm" }));
  expect(await screen.findByText("Đã tô màu 2 tiêu chí bị trừ điểm trên «Điểm». Màu tự cập nhật khi sửa điểm.")).toBeTruthy();
  expect(host.callsOf("applyHighlight")[0].plan.rules.map((r) => r.purpose)).toEqual(["deducted", "error"]);

  await user.click(screen.getByRole("button", { name: "Xóa tô màu" }));
  expect(await screen.findByText("Đã xóa các màu do tiện ích tô trên bảng điểm.")).toBeTruthy();
  expect(host.callsOf("clearHighlight")).toHaveLength(1);
});

test("the GIẢI PHÁP preview is collapsed until opened, lists the rows for the chosen options, and creating reports the new sheet", async () => {
  const { host, user } = setup();
  await check(user);
  const year = TODAY.getFullYear();
  expect(planRemediation).toHaveBeenLastCalledWith(expect.anything(), {
    year, appraisedYear: year - 1, defaultDeadline: "Thường xuyên", includeFullMarkAreas: true, templates: [],
  });
  const toggle = screen.getByRole("button", { name: "Xem trước bảng GIẢI PHÁP (2 dòng)" });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  expect(screen.queryByRole("list", { name: "Xem trước bảng GIẢI PHÁP (2 dòng)" })).toBeNull();
  await user.click(toggle);
  const preview = screen.getByRole("list", { name: "Xem trước bảng GIẢI PHÁP (2 dòng)" });
  expect(within(preview).getByText("1. Tiêu chí 1: Chỉ đạo, điều hành CCHC: đạt 8,92/10 điểm.")).toBeTruthy();
  expect(within(preview).getAllByText("(Thường xuyên)")).toHaveLength(2);

  await user.click(screen.getByRole("switch", { name: "Thêm dòng cho lĩnh vực đạt điểm tối đa" }));
  const appraised = screen.getByRole("spinbutton", { name: "Năm được thẩm định" });
  await user.clear(appraised);
  await user.type(appraised, "2020{Enter}");
  expect(screen.getByRole("list", { name: "Xem trước bảng GIẢI PHÁP (1 dòng)" })).toBeTruthy();
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
    "Trang tính “Điểm” đang được bảo vệ. Hãy bỏ bảo vệ (thẻ Xem lại › Bỏ bảo vệ Trang tính) rồi thử lại.",
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
  expect((await screen.findByRole("heading", { name: /^Total/ })).textContent).toBe("Total: 23.42/24.5");
  expect(screen.getByRole("button", { name: "Colour deducted criteria" })).toBeTruthy();
  expect(screen.getByRole("group", { name: "Errors (1)" })).toBeTruthy();
});

/** The text an element's aria-describedby points to. */
function describedBy(element: HTMLElement): string | null {
  const id = element.getAttribute("aria-describedby");
  return id ? (document.getElementById(id)?.textContent ?? null) : null;
}
