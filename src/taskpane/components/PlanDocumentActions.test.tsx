import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { strFromU8, unzipSync } from "fflate";
import { TextDecoder, TextEncoder } from "node:util";
import { sheet, workbook } from "../../../test/helpers/grid";
import { App } from "../App";
import { createStubHost } from "../testing/stubHost";

const saved: Array<{ name: string; bytes: Uint8Array }> = [];
jest.mock("../../hosts/browser/saveBytes", () => ({
  ...jest.requireActual("../../hosts/browser/saveBytes"),
  saveBytes: (name: string, bytes: Uint8Array) => saved.push({ name, bytes }),
}));

const snapshot = workbook(
  sheet("Điểm", [
    ["SỞ NỘI VỤ TỈNH QUẢNG TRỊ"],
    ["BẢNG ĐIỂM CHỈ SỐ CCHC NĂM 2024"],
    ["STT", "Tiêu chí", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"],
    ["1", "Chỉ đạo, điều hành CCHC", 2.5, 1.92, null],
    ["1.1", "Kế hoạch CCHC năm", 1.5, 1.42, "Các kế hoạch chỉ thực hiện được 94,76%"],
    ["1.2", "Tuyên truyền CCHC", 1, 0.5, "Không có chuyên mục"],
  ]),
);

jest.setTimeout(30_000);
// jsdom lacks the encoders the docx package uses; browsers and Office webviews have them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

async function checked() {
  const user = userEvent.setup();
  render(<App host={createStubHost(snapshot)} lang="vi" />);
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByRole("heading", { name: /^Tổng điểm/ });
  return user;
}

test("Tải Kế hoạch (.docx) makes the Word file with the header read from the sheet and the fields typed in the pane", async () => {
  const user = await checked();
  const section = screen.getByRole("region", { name: "Kế hoạch khắc phục (Word)" });
  expect(section).toBeTruthy();
  expect((screen.getByRole("textbox", { name: "Cơ quan ban hành" }) as HTMLInputElement).placeholder).toBe("SỞ NỘI VỤ");
  await user.type(screen.getByRole("textbox", { name: "Họ tên người ký" }), "Nguyễn Văn B");
  await user.click(screen.getByRole("button", { name: "Tải Kế hoạch (.docx)" }));
  // The Word writer loads on first use and packs the zip: allow it more than the default second.
  // The file is named after the remediation year the pane shows.
  const year = (screen.getByRole("spinbutton", { name: "Năm thực hiện khắc phục" }) as HTMLInputElement).value;
  expect(await screen.findByText(`Đã tạo «ke-hoach-khac-phuc-${year}.docx». Không thấy tệp tải về? Hãy chép bảng GIẢI PHÁP và dán vào Word.`, {}, { timeout: 20_000 })).toBeTruthy();
  expect(saved.map((file) => file.name)).toEqual([`ke-hoach-khac-phuc-${year}.docx`]);
  const xml = strFromU8(unzipSync(saved[0].bytes)["word/document.xml"]);
  for (const text of ["UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ", "Nguyễn Văn B", "GIÁM ĐỐC", `Quảng Trị, ngày … tháng … năm ${year}`]) {
    expect(xml).toContain(text);
  }
});

test("Chép bảng GIẢI PHÁP puts the table on the clipboard as HTML that Word pastes as a table", async () => {
  const written: Array<Record<string, Blob>> = [];
  class FakeClipboardItem {
    items: Record<string, Blob>;
    constructor(items: Record<string, Blob>) {
      this.items = items;
    }
  }
  const user = await checked();
  // After userEvent.setup(), which installs its own clipboard stub.
  Object.assign(window, { ClipboardItem: FakeClipboardItem });
  Object.defineProperty(window.navigator, "clipboard", {
    configurable: true,
    value: { write: async (items: FakeClipboardItem[]) => void written.push(items[0].items) },
  });
  await user.click(screen.getByRole("button", { name: "Chép bảng GIẢI PHÁP để dán vào Word" }));
  expect(await screen.findByText("Đã chép bảng GIẢI PHÁP: mở Word và dán (Ctrl+V).")).toBeTruthy();
  expect(Object.keys(written[0]).sort()).toEqual(["text/html", "text/plain"]);
  const html = await readBlob(written[0]["text/html"]);
  const doc = new DOMParser().parseFromString(html, "text/html");
  expect([...doc.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual([
    "TT",
    "Các tồn tại, hạn chế trong công tác CCHC, các tiêu chí bị trừ điểm",
    "Tham mưu giải pháp khắc phục cụ thể",
    "Thời hạn hoàn thành",
    "Ghi chú",
  ]);
  const firstRow = [...doc.querySelectorAll("tbody tr")][0];
  expect([...firstRow.querySelectorAll("td")[1].querySelectorAll("p")].map((p) => p.textContent)).toEqual([
    "Tiêu chí 1: Chỉ đạo, điều hành CCHC: Đoàn thẩm định đánh giá đạt 1,92/2,5 điểm. Bị trừ các tiêu chí cụ thể sau:",
    "- Tiêu chí 1.1: Kế hoạch CCHC năm đạt 1,42/1,5 điểm. Lý do: Các kế hoạch chỉ thực hiện được 94,76%.",
    "- Tiêu chí 1.2: Tuyên truyền CCHC đạt 0,5/1 điểm. Lý do: Không có chuyên mục.",
  ]);
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}
