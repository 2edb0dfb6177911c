import { render, screen } from "@testing-library/react";
import { sheet, workbook } from "../../test/helpers/grid";
import { App } from "./App";
import { createStubHost } from "./testing/stubHost";
import { vi } from "./strings/vi";

// The web page mounts the pane right after a file is picked, with autoCheck: the check runs once, by itself.
const snapshot = workbook(
  sheet("Điểm", [
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"],
    ["1", "Chỉ đạo, điều hành CCHC", 2.5, 1.92, null],
    ["1.1", "Kế hoạch CCHC năm", 1.5, 1.42, "Chỉ thực hiện được 94,76%"],
    ["1.2", "Tuyên truyền CCHC", 1, 0.5, "Chưa đạt"],
  ]),
);

test("with autoCheck the pane reads and checks the workbook once, without a click", async () => {
  const host = createStubHost(snapshot);
  render(<App host={host} lang="vi" autoCheck />);
  await screen.findByRole("heading", { name: vi.total("1,92", "2,5") });
  expect(host.callsOf("readWorkbook")).toHaveLength(1);
});

test("without autoCheck (inside Excel) nothing is read until Kiểm tra is clicked", async () => {
  const host = createStubHost(snapshot);
  render(<App host={host} lang="vi" />);
  await screen.findByRole("button", { name: vi.check });
  expect(host.callsOf("readWorkbook")).toHaveLength(0);
});
