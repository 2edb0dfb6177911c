import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sheet, workbook } from "../../test/helpers/grid";
import { App } from "./App";
import { createStubHost } from "./testing/stubHost";

// A scoring sheet and, in the same workbook, the province's framework on its own sheet: there 1.2 is worth 1,5.
const snapshot = workbook(
  sheet("Điểm", [
    ["SỞ TƯ PHÁP"],
    [],
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Lý do trừ điểm"],
    ["1", "Chỉ đạo, điều hành CCHC", 2.5, 2.5, null],
    ["1.1", "Kế hoạch CCHC năm", 1.5, 1.5, null],
    ["1.2", "Tuyên truyền CCHC", 1, 1, null],
  ]),
  sheet("Khung 2024", [
    ["BỘ TIÊU CHÍ CẤP SỞ"],
    ["TT", "Tiêu chí", "Điểm tối đa"],
    ["1", "Chỉ đạo, điều hành CCHC", 3],
    ["1.1", "Kế hoạch CCHC năm", 1.5],
    ["1.2", "Tuyên truyền CCHC", 1.5],
  ]),
);

jest.setTimeout(20_000);

async function check(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByRole("heading", { name: /^Tổng điểm/ });
}

test("a framework picked from a sheet is compared with, listed with the cell, and remembered in the document", async () => {
  const host = createStubHost(snapshot);
  const user = userEvent.setup();
  render(<App host={host} lang="vi" />);
  await check(user);
  expect(screen.queryByRole("group", { name: /^Lỗi/ })).toBeNull();

  await user.click(screen.getByRole("combobox", { name: "So với khung tiêu chí ở trang tính" }));
  await user.click(screen.getByRole("option", { name: "Khung 2024" }));
  const errors = await screen.findByRole("group", { name: /^Lỗi/ });
  expect(within(errors).getByRole("button", { name: /tiêu chí 1\.2.*1,5.*Điểm!C6/ })).toBeTruthy();
  expect(within(errors).getByRole("button", { name: /lĩnh vực 1.*Điểm!C4/ })).toBeTruthy();
  expect(screen.getByText(/Đang so với khung tiêu chí «Khung 2024» \(3 mục\)/)).toBeTruthy();
  expect(host.callsOf("saveFramework").map((call) => call.framework?.criteria.map((c) => [c.code, c.max]))).toEqual([
    [["1", 3], ["1.1", 1.5], ["1.2", 1.5]],
  ]);
});

test("a remembered framework applies at the next check; (không có) forgets it", async () => {
  const remembered = { name: "Khung 2024", total: null, criteria: [{ code: "1", title: "Chỉ đạo, điều hành CCHC", max: 2.5 }, { code: "1.1", title: "Kế hoạch", max: 1.5 }] };
  const host = createStubHost(snapshot, { framework: remembered });
  const user = userEvent.setup();
  render(<App host={host} lang="vi" />);
  await check(user);
  const errors = screen.getByRole("group", { name: /^Lỗi/ });
  expect(within(errors).getByRole("button", { name: /1\.2.*không có trong khung tiêu chí/ })).toBeTruthy();

  await user.click(screen.getByRole("combobox", { name: "So với khung tiêu chí ở trang tính" }));
  await user.click(screen.getByRole("option", { name: "(không có)" }));
  await screen.findByRole("heading", { name: /^Tổng điểm/ });
  expect(host.callsOf("saveFramework").map((call) => call.framework)).toEqual([null]);
  expect(screen.queryByRole("group", { name: /^Lỗi/ })).toBeNull();
});

test("a sheet without a criteria table is refused with its name", async () => {
  const host = createStubHost(workbook(...snapshot.sheets, sheet("Ghi chú", [["Ghi chú"], ["Xem hướng dẫn"]])));
  const user = userEvent.setup();
  render(<App host={host} lang="vi" />);
  await check(user);
  await user.click(screen.getByRole("combobox", { name: "So với khung tiêu chí ở trang tính" }));
  await user.click(screen.getByRole("option", { name: "Ghi chú" }));
  expect(await screen.findByText(/Trang tính «Ghi chú» không có bảng tiêu chí/)).toBeTruthy();
  expect(host.callsOf("saveFramework")).toEqual([]);
});
