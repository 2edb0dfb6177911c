import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { join } from "node:path";
import type { WorkbookSnapshot } from "../domain";
import { openXlsxFile as readXlsxFile } from "../hosts/xlsx/xlsxFile";
import { App } from "./App";
import { LANG_KEY, readStoredLang } from "./strings/langPreference";
import { createStubHost } from "./testing/stubHost";

// The pane over the real engine and the committed samples, as a civil servant would use it (queries by role).
jest.setTimeout(120_000);

const SAMPLES = join(__dirname, "..", "..", "samples");
const TODAY = new Date(2026, 11, 2);
let soNgoaiVu: WorkbookSnapshot;
let messy: WorkbookSnapshot;
let vanPhong: WorkbookSnapshot;

beforeAll(async () => {
  [soNgoaiVu, messy, vanPhong] = await Promise.all(
    ["so-ngoai-vu-2020.xlsx", "error.messy.xlsx", "van-phong-ubnd-2018.xlsx"].map(async (name) => (await readXlsxFile(join(SAMPLES, name))).snapshot),
  );
});

beforeEach(() => localStorage.clear());

function open(snapshot: WorkbookSnapshot, lang: "vi" | "en" = "vi") {
  const host = createStubHost(snapshot);
  const user = userEvent.setup();
  render(<App host={host} lang={lang} today={TODAY} />);
  return { host, user };
}

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  return screen.findByRole("region", { name: "Kết quả kiểm tra" });
}

/** The text an element's aria-describedby points to. */
function describedBy(element: HTMLElement): string {
  return document.getElementById(element.getAttribute("aria-describedby") ?? "")?.textContent ?? "";
}

test("van-phong-ubnd-2018: the verdict counts the error (total row says 93,43) and goes to its cell", async () => {
  const { host, user } = open(vanPhong);
  const verdict = await check(user);
  expect(within(verdict).getByRole("heading", { level: 2 }).textContent).toBe("Tổng điểm: 93,13/100");
  expect(within(verdict).getByText("Dòng tổng cộng ghi: 93,43/100")).toBeTruthy();
  expect(within(verdict).getAllByRole("listitem")[0].textContent).toBe("1 lỗi");
  await user.click(within(verdict).getByRole("button", { name: /^Đến lỗi đầu tiên/ }));
  await waitFor(() => expect(host.callsOf("selectCell")).toHaveLength(1));
  expect(host.callsOf("selectCell")[0].ref).toMatchObject({ sheet: "Chỉ số CCHC 2018", col: 5 });
});

test("error.messy: areas over their maximum or holding #REF! show an error, never a green tick or a plain deduction", async () => {
  const { user } = open(messy);
  await check(user);
  const areas = within(screen.getByRole("region", { name: "Điểm theo lĩnh vực" })).getAllByRole("progressbar");
  const states: [string, string][] = areas.map((bar) => [bar.getAttribute("aria-label") ?? "", describedBy(bar)]);
  const over = states.filter(([, text]) => /^(6,5\/6|9\/6) /.test(text));
  expect(over.length).toBeGreaterThan(0);
  for (const [, text] of over) expect(text).toMatch(/lỗi số liệu/);
  const withRef = states.find(([, text]) => text.startsWith("0/4 "));
  expect(withRef?.[1]).toMatch(/lỗi số liệu/);
  expect(withRef?.[1]).not.toMatch(/bị trừ/);
  expect(states.some(([, text]) => /đạt tối đa/.test(text) && /^(6,5\/6|9\/6)/.test(text))).toBe(false);
});

test("the GIẢI PHÁP years come from the sheet's title (2020 → remediation 2021), and can still be changed", async () => {
  const { user } = open(soNgoaiVu);
  await check(user);
  const panel = screen.getByRole("region", { name: "Bảng GIẢI PHÁP" });
  const year = within(panel).getByRole("spinbutton", { name: "Năm thực hiện khắc phục" }) as HTMLInputElement;
  const appraised = within(panel).getByRole("spinbutton", { name: "Năm được thẩm định" }) as HTMLInputElement;
  expect([year.value, appraised.value]).toEqual(["2021", "2020"]);
  expect(within(panel).getByText("Năm 2020 đọc từ tiêu đề bảng điểm; có thể sửa.")).toBeTruthy();
  await user.click(within(panel).getByRole("button", { name: /^Xem trước bảng GIẢI PHÁP/ }));
  expect(within(panel).getByText(/Khắc phục trong năm 2021 .* năm 2020/)).toBeTruthy();

  await user.clear(year);
  await user.type(year, "2022{Enter}");
  expect(appraised.value).toBe("2021");
  expect(within(panel).queryByText(/đọc từ tiêu đề/)).toBeNull();
  expect(within(panel).getByText(/Khắc phục trong năm 2022 .* năm 2021/)).toBeTruthy();
});

test("column mapping: '(không có)' sticks (the reason column stays unmapped), and a maximum column cannot be removed", async () => {
  const { user } = open(soNgoaiVu);
  await check(user);
  await user.click(screen.getByRole("button", { name: /^Các cột đã nhận diện/ }));
  const reason = screen.getByRole("combobox", { name: "Cột lý do trừ điểm" });
  expect(reason.textContent).not.toBe("(không có)");
  await user.click(reason);
  await user.click(screen.getByRole("option", { name: "(không có)" }));
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Cột lý do trừ điểm" }).textContent).toBe("(không có)"));
  // Without the reason column every deduction lacks a reason: the engine really read the sheet without it.
  expect(within(screen.getByRole("region", { name: "Kết quả kiểm tra" })).getAllByRole("listitem")[1].textContent).toBe("10 cảnh báo");

  await user.click(screen.getByRole("combobox", { name: "Cột điểm tối đa" }));
  expect(screen.queryByRole("option", { name: "(không có)" })).toBeNull();
});

test("no scoring table: the sheet dropdown invites a choice, the hint names only what exists, nothing else shows", async () => {
  const empty = { sheets: [{ name: "Sheet1", origin: { row: 0, col: 0 }, values: [["Danh sách cán bộ"], ["Nguyễn Văn A"]], merges: [] }] };
  const { user } = open(empty);
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  const bar = await screen.findByRole("group", { name: "Không đọc được bảng chấm điểm" });
  expect(bar.textContent).toContain("Hãy chọn đúng trang tính chấm điểm ở mục bên dưới");
  expect(bar.textContent).not.toContain("sửa các cột");
  const sheet = screen.getByRole("combobox", { name: "Trang tính chấm điểm" });
  expect(sheet.textContent).toBe("Chọn trang tính chấm điểm…");
  await user.click(sheet);
  expect(screen.getByRole("option", { name: "Sheet1" })).toBeTruthy();
  expect(screen.queryByRole("region", { name: "Kết quả kiểm tra" })).toBeNull();
});

test("picking a wrong sheet keeps the good result to go back to", async () => {
  const { user } = open(soNgoaiVu);
  await check(user);
  await user.click(screen.getByRole("combobox", { name: "Trang tính chấm điểm" }));
  await user.click(screen.getByRole("option", { name: "Hướng dẫn" }));
  const back = await screen.findByRole("button", { name: "Quay lại kết quả của «Bảng điểm 2020»" });
  expect(screen.queryByRole("region", { name: "Kết quả kiểm tra" })).toBeNull();
  await user.click(back);
  const verdict = await screen.findByRole("region", { name: "Kết quả kiểm tra" });
  expect(within(verdict).getByRole("heading", { level: 2 }).textContent).toBe("Tổng điểm: 75,25/80");
});

test("the announcer is mounted; a check is announced once, and no element is an alert", async () => {
  const { user } = open(messy);
  const live = document.body.querySelectorAll("[aria-live]");
  expect(live.length).toBeGreaterThan(0);
  await check(user);
  await waitFor(() => expect(spoken()).toMatch(/^Đã kiểm tra\. Tổng điểm: 15,5\/16\. 8 lỗi, 1 cảnh báo\./));
  // Before: one role="alert" per deducted area, 6–7 at once on every check.
  expect(document.querySelectorAll("[role=alert]")).toHaveLength(0);
  expect(spoken().match(/Đã kiểm tra/g)).toHaveLength(1);
});

test("the status message can be dismissed and is gone when the next task starts", async () => {
  const { user } = open(soNgoaiVu);
  await check(user);
  await user.click(screen.getByRole("button", { name: "Tô màu tiêu chí bị trừ điểm" }));
  expect(await screen.findByText("Đã tô màu 10 tiêu chí bị trừ điểm trên «Bảng điểm 2020». Màu tự cập nhật khi sửa điểm.")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Đóng thông báo" }));
  expect(screen.queryByText(/^Đã tô màu/)).toBeNull();

  await user.click(screen.getByRole("button", { name: "Tô màu tiêu chí bị trừ điểm" }));
  await screen.findByText(/^Đã tô màu/);
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await waitFor(() => expect(screen.queryByText(/^Đã tô màu/)).toBeNull());
});

test("first run: a line says what workbook is needed and that no score is changed; Hướng dẫn opens the steps", async () => {
  const { user } = open(soNgoaiVu);
  expect(screen.getByText(/bảng chấm điểm Chỉ số CCHC .* không bao giờ sửa ô điểm nào/)).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Hướng dẫn" }));
  // jsdom runs no transitions, so Fluent's modal layer may leave aria-hidden on the surface it is showing.
  const help = await screen.findByRole("dialog", { hidden: true }, { timeout: 10_000 });
  expect(within(help).getByRole("heading", { hidden: true }).textContent).toBe("Cách dùng");
  expect(within(help).getAllByRole("listitem", { hidden: true }).length).toBeGreaterThanOrEqual(4);
  await user.click(within(help).getByRole("button", { name: "Đóng", hidden: true }));
  await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
});

test("the language switch turns the pane to English with decimal points, and is remembered", async () => {
  const { user } = open(soNgoaiVu);
  await check(user);
  await user.selectOptions(screen.getByRole("combobox", { name: "Ngôn ngữ / Language" }), "en");
  expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Total: 75.25/80");
  expect(screen.getByRole("button", { name: "Create GIẢI PHÁP table" })).toBeTruthy();
  expect(localStorage.getItem(LANG_KEY)).toBe("en");
  expect(readStoredLang()).toBe("en");
});

/** What Fluent's announcer put in its live region (jsdom has no layout, so innerText is read back as set). */
function spoken(): string {
  const regions = [...document.body.querySelectorAll<HTMLElement>("[aria-live]")];
  return regions.map((region) => [...region.children].map((child) => (child as HTMLElement).innerText ?? child.textContent).join("")).join("");
}

afterAll(() => act(() => undefined));
