/**
 * The web page's own texts (around the task pane, whose texts are in src/taskpane/strings), in Vietnamese.
 * `en.ts` provides the same keys: its type is `WebStrings = typeof webVi`.
 */
export const webVi = {
  pageTitle: "Kiểm tra Chỉ số CCHC trên trình duyệt",
  pageIntro: "Kiểm tra bảng chấm điểm Chỉ số CCHC (.xlsx, .xls, .ods) và lập bảng GIẢI PHÁP, không cần Excel, không cần cài đặt.",
  privacyTitle: "Tệp của bạn không rời khỏi máy tính này.",
  privacyText:
    "Mọi việc kiểm tra và lập bảng đều chạy ngay trong trình duyệt: tệp không được tải lên đâu, " +
    "không có dữ liệu nào gửi qua mạng, và trang vẫn dùng được khi không có mạng.",
  language: "Ngôn ngữ",
  pickFile: "Chọn tệp bảng điểm (.xlsx, .xls, .ods)",
  dropHint: "hoặc kéo thả tệp vào đây",
  opening: (name: string) => `Đang mở tệp “${name}”…`,
  openedFile: (name: string) => `Tệp đang kiểm tra: ${name}`,
  openFailed: "Không mở được tệp",
  fileEncrypted: (name: string) =>
    `Tệp “${name}” được đặt mật khẩu (mã hóa), nên trang không đọc được. ` +
    "Hãy mở tệp bằng Excel, gỡ mật khẩu rồi chọn lại.",
  fileNeedsResave: (name: string) =>
    `Tệp “${name}” là dạng bảng tính trang này không đọc (.xlsb, Excel 95 trở về trước, Lotus hoặc Works). ` +
    "Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx, rồi chọn lại.",
  fileUnreadable: (name: string) =>
    `Tệp “${name}” không phải bảng tính hợp lệ hoặc đã bị hỏng. Hãy chọn tệp bảng điểm .xlsx, .xls hoặc .ods.`,
  fileUnexpected: (name: string, detail: string) => `Không mở được tệp “${name}”: ${detail}.`,
  partlyRead: (sheets: string) => `Trang tính ${sheets} quá lớn nên chỉ đọc được một phần; kết quả có thể thiếu.`,
  sheetViewHeading: "Xem ô trong bảng tính (chỉ xem)",
  sheetViewCaption: (sheet: string, cell: string) => `Trang tính “${sheet}”, ô ${cell} được đánh dấu`,
  sheetViewHint: "Bấm vào một lỗi, cảnh báo hoặc tiêu chí bị trừ điểm để xem ô đó trong bảng tính tại đây.",
  closeSheetView: "Đóng",
  downloadReady: "Bảng GIẢI PHÁP đã sẵn sàng trong bản sao của tệp.",
  download: "Tải về",
  downloadName: (name: string) => `Tải về ${name}`,
  downloadFailed: (detail: string) => `Không tạo được tệp tải về: ${detail}.`,
};
