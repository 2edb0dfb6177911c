import { render, screen, within, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sheet, workbook, cell } from "../../test/helpers/grid";
import { App } from "./App";
import { createStubHost } from "./testing/stubHost";

// The real engine end to end behind the pane: a small scoring sheet with one deducted area (1.2 has no reason) and
// one area whose criterion 2.2 holds text instead of a score.
const snapshot = workbook(
  sheet("Điểm", [
    ["BẢNG ĐIỂM CHỈ SỐ CCHC NĂM 2024"],
    [],
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định", "Lý do trừ điểm"],
    ["1", "Chỉ đạo, điều hành CCHC", 2.5, 2.5, 1.92, null],
    ["1.1", "Kế hoạch CCHC năm", 1.5, 1.5, 1.42, "Các kế hoạch chỉ thực hiện được 94,76%"],
    ["1.2", "Tuyên truyền CCHC", 1, 1, 0.5, null],
    ["2", "Cải cách thủ tục hành chính", 3, 3, 3, null],
    ["2.1", "Công bố TTHC", 1, 1, 1, null],
    ["2.2", "Một cửa liên thông", 2, 2, "đạt", null],
    ["", "Tổng cộng", 5.5, 5.5, 4.92, null],
  ], { merges: ["A1:F1"] }),
);

jest.setTimeout(60_000);

test("the real engine: Kiểm tra, a finding selects its cell, the preview and the new sheet", async () => {
  const host = createStubHost(snapshot);
  const user = userEvent.setup();
  render(<App host={host} lang="vi" />);
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));

  const total = await screen.findByRole("heading", { name: /^Tổng điểm/ });
  expect(total.textContent).toMatch(/^Tổng điểm: 4,92\/5,5$/);
  const area1 = screen.getByRole("progressbar", { name: "1. Chỉ đạo, điều hành CCHC" });
  expect([area1.getAttribute("aria-valuenow"), area1.getAttribute("aria-valuemax")]).toEqual(["1.92", "2.5"]);

  const errors = screen.getByRole("group", { name: /^Lỗi/ });
  const notNumber = within(errors).getByRole("button", { name: /Điểm!E9/ });
  const warnings = screen.getByRole("group", { name: /^Cảnh báo/ });
  expect(within(warnings).getByRole("button", { name: /Điểm!F6/ })).toBeTruthy();
  await user.click(notNumber);
  await waitFor(() => expect(host.callsOf("selectCell").map((c) => c.ref)).toEqual([cell("E9", "Điểm")]));

  const deductions = screen.getByRole("region", { name: "Các tiêu chí bị trừ điểm" });
  const deducted1 = within(deductions).getByRole("group", { name: "Lĩnh vực 1. Chỉ đạo, điều hành CCHC" });
  expect(within(deducted1).getAllByRole("listitem").map((card) => card.textContent)).toContain(
    "Tiêu chí 1.2Đạt 0,5/1 điểmTuyên truyền CCHCLý do: (chưa ghi lý do)",
  );

  await user.click(screen.getByRole("button", { name: /^Xem trước bảng GIẢI PHÁP/ }));
  const preview = screen.getByRole("list", { name: /^Xem trước bảng GIẢI PHÁP/ });
  expect(within(preview).getByText(/^- Tiêu chí 1\.2: Tuyên truyền CCHC đạt 0,5\/1 điểm/)).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Tạo bảng GIẢI PHÁP" }));
  expect(await screen.findByText("Đã tạo trang tính “GIẢI PHÁP” chứa bảng GIẢI PHÁP.")).toBeTruthy();
  const [write] = host.callsOf("writeRemediation");
  expect(write.layout.cells[write.layout.titleRow][0]).toBe("GIẢI PHÁP");
});
