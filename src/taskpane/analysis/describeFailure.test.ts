import { HostError } from "../../hosts/errors";
import { stringsFor } from "../strings";
import { describeFailure } from "./describeFailure";

const vi = stringsFor("vi");

test("a protected sheet names the sheet and says how to unprotect it", () => {
  const error = new HostError("sheet_protected", "InvalidOperation", { target: "Điểm" });
  expect(describeFailure(error, vi)).toEqual({ intent: "error", text: vi.hostErrors.sheet_protected("Điểm") });
  expect(vi.hostErrors.sheet_protected("Điểm")).toContain("“Điểm” đang được bảo vệ");
  expect(vi.hostErrors.sheet_protected("Điểm")).toContain("thẻ Xem lại › Bỏ bảo vệ Trang tính");
});

test("Excel failures show the host's own words, or ours when it gave none", () => {
  const worded = "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để rời ô đang sửa rồi thử lại.";
  expect(describeFailure(new HostError("excel_failed", worded), vi).text).toBe(worded);
  expect(describeFailure(new HostError("excel_failed", ""), vi).text).toBe(vi.hostErrors.excel_failed);
  expect(describeFailure(new HostError("api_unsupported", ""), vi).text).toBe(vi.hostErrors.api_unsupported);
});

test("anything else is unexpected, with its message and what to do", () => {
  expect(describeFailure(new TypeError("x is undefined"), vi).text).toBe(vi.unexpected("x is undefined"));
  expect(describeFailure("boom", stringsFor("en")).text).toContain("boom");
});
