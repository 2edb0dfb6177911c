import type { Lang } from "../../domain";

/** What the Office host tells the user when Excel fails, in words and with what to do; Vietnamese first. */

type Texts = Record<string, (target?: string) => string>;

const vi: Texts = {
  sheetProtected: (t) =>
    `Trang tính "${t}" đang được bảo vệ nên tiện ích không ghi gì vào đó. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.`,
  apiUnsupported: () =>
    "Phiên bản Excel này chưa hỗ trợ các tính năng tiện ích cần (ExcelApi 1.7 trở lên). Hãy dùng Excel của Microsoft 365 (đã cập nhật), Excel 2021 trở lên hoặc Excel trên web.",
  notInExcel: () => "Tiện ích chỉ chạy bên trong Excel. Hãy mở sổ làm việc trong Excel rồi mở lại ngăn tác vụ.",
  AccessDenied: () =>
    "Excel không cho phép thay đổi này: trang tính hoặc sổ làm việc đang được bảo vệ, hoặc bạn chỉ có quyền xem. Hãy bỏ bảo vệ hoặc xin quyền chỉnh sửa rồi thử lại.",
  ItemAlreadyExists: (t) =>
    `Đã có trang tính tên "${t ?? ""}"; tiện ích không ghi đè trang tính có sẵn. Hãy đổi tên trang tính đó hoặc thử lại.`,
  ItemNotFound: () =>
    "Không tìm thấy trang tính hoặc vùng ô cần dùng; có thể nó vừa bị đổi tên hoặc xóa. Hãy bấm Kiểm tra để đọc lại sổ làm việc.",
  payloadTooLarge: () =>
    "Dữ liệu trao đổi với Excel vượt giới hạn 5 MB của Excel trên web. Hãy thử trong Excel trên máy tính hoặc thu gọn bảng.",
  cellEditMode: () => "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để rời ô đang sửa rồi thử lại.",
  InvalidArgument: () => "Excel không chấp nhận dữ liệu tiện ích gửi tới (dữ liệu hoặc địa chỉ ô không hợp lệ). Hãy bấm Kiểm tra lại rồi thử lại.",
  settingsNotSaved: () =>
    "Đã tô màu nhưng không lưu được danh sách quy tắc vào sổ làm việc, nên “Xóa tô màu” có thể không gỡ được. Hãy lưu sổ làm việc rồi thử lại.",
  general: () =>
    "Excel báo lỗi khi thực hiện thao tác. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ làm việc, đóng và mở lại Excel.",
};

const en: Texts = {
  sheetProtected: (t) => `The sheet "${t}" is protected, so the add-in wrote nothing to it. Unprotect it (Review › Unprotect Sheet) and try again.`,
  apiUnsupported: () =>
    "This version of Excel lacks features the add-in needs (ExcelApi 1.7 or later). Use an updated Microsoft 365 Excel, Excel 2021 or later, or Excel on the web.",
  notInExcel: () => "The add-in only runs inside Excel. Open the workbook in Excel and reopen the task pane.",
  AccessDenied: () =>
    "Excel does not allow this change: the sheet or workbook is protected, or you can only view it. Unprotect it or ask for edit rights, then try again.",
  ItemAlreadyExists: (t) => `A sheet named "${t ?? ""}" already exists; the add-in never overwrites a sheet. Rename that sheet or try again.`,
  ItemNotFound: () => "A sheet or range the add-in needs was not found; it may have been renamed or deleted. Click Check to read the workbook again.",
  payloadTooLarge: () => "The data exchanged with Excel exceeds the 5 MB limit of Excel on the web. Try desktop Excel or a smaller table.",
  cellEditMode: () => "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  InvalidArgument: () => "Excel did not accept the data the add-in sent (invalid data or cell address). Click Check again, then retry.",
  settingsNotSaved: () =>
    "The highlight was applied but its list of rules could not be saved in the workbook, so “Clear highlight” may not remove it. Save the workbook and try again.",
  general: () => "Excel reported an error. Try again; if it persists, save the workbook, close and reopen Excel.",
};

export type MessageKey = keyof typeof vi;

export function hostMessage(lang: Lang, key: MessageKey, target?: string): string {
  const texts = lang === "en" ? en : vi;
  return (texts[key] ?? texts.general)(target);
}
