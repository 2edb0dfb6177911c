/**
 * Every text of the task pane in Vietnamese (the default language). `en.ts` must provide the same keys: its type is
 * `Strings = typeof vi`. Texts with values are functions; numbers arrive already formatted (formatNumber).
 */
export const vi = {
  appTitle: "Kiểm tra Chỉ số CCHC",
  appIntro: "Kiểm tra bảng chấm điểm đang mở, tô màu tiêu chí bị trừ điểm và lập bảng GIẢI PHÁP.",

  check: "Kiểm tra",
  running: {
    check: "Đang đọc và kiểm tra bảng điểm…",
    highlight: "Đang tô màu…",
    clear: "Đang xóa tô màu…",
    create: "Đang tạo bảng GIẢI PHÁP…",
    select: "Đang chọn ô…",
  },

  sourceHeading: "Bảng chấm điểm",
  sheet: "Trang tính chấm điểm",
  noChoice: "(không có)",
  scoreSource: "Cột điểm dùng để kiểm tra",
  scoreAppraised: "Điểm thẩm định",
  scoreSelf: "Điểm tự đánh giá",
  splitHeading: "Tiêu chí và điểm ở hai trang tính khác nhau",
  criteriaSheet: "Trang tính tiêu chí (mã, tên, điểm tối đa)",
  scoresSheet: "Trang tính điểm (mã, điểm, lý do)",
  frameworkSheet: "So với khung tiêu chí ở trang tính",
  frameworkUsed: (name: string, count: number) => `Đang so với khung tiêu chí «${name}» (${count} mục), đã lưu trong tệp.`,
  frameworkNoTable: (sheet: string) =>
    `Trang tính «${sheet}» không có bảng tiêu chí (cột mã, tên tiêu chí và «Điểm tối đa») nên không dùng làm khung được.`,
  mappingHeading: "Các cột đã nhận diện",
  scoresMappingHeading: "Các cột của trang tính điểm",
  columnRoles: {
    code: "Cột mã (TT)",
    title: "Cột tên tiêu chí",
    max: "Cột điểm tối đa",
    self: "Cột điểm tự đánh giá",
    appraised: "Cột điểm thẩm định",
    reason: "Cột lý do trừ điểm",
    evidence: "Cột tài liệu kiểm chứng",
  },
  column: (letters: string, header: string) => (header ? `${letters} — ${header}` : `Cột ${letters}`),

  resultHeading: "Kết quả",
  total: (score: string, max: string) => `Tổng điểm: ${score}/${max}`,
  index: (index: string) => `Chỉ số: ${index}%`,
  statedTotal: (score: string, max: string) => `Dòng tổng cộng ghi: ${score}/${max}`,
  adjustments: (points: string) => `Điểm thưởng/trừ: ${points}`,
  areasHeading: "Điểm theo lĩnh vực",
  areaLabel: (code: string, title: string) => `${code}. ${title}`,
  areaScore: (score: string, max: string) => `${score}/${max} điểm`,
  areaLost: (score: string, max: string, lost: string) => `${score}/${max} điểm (bị trừ ${lost})`,

  findingsHeading: "Các lỗi và cảnh báo",
  noFindings: "Không phát hiện lỗi nào trong bảng điểm.",
  errorsHeading: (count: number) => `Lỗi (${count})`,
  warningsHeading: (count: number) => `Cảnh báo (${count})`,
  infoHeading: (count: number) => `Thông tin (${count})`,
  findingHint: "Bấm vào một mục để xem ô tương ứng trong bảng tính.",

  deductionsHeading: "Các tiêu chí bị trừ điểm",
  noDeductions: "Không có tiêu chí nào bị trừ điểm.",
  deductionColumns: { code: "Mã", title: "Tiêu chí", score: "Điểm", reason: "Lý do trừ điểm" },
  noReason: "(chưa ghi lý do)",

  highlightHeading: "Tô màu",
  highlight: "Tô màu tiêu chí bị trừ điểm",
  clearHighlight: "Xóa tô màu",
  highlighted: (rules: number) =>
    `Đã tô màu: ${rules} quy tắc định dạng có điều kiện (màu tự cập nhật khi sửa điểm).`,
  cleared: (rules: number) =>
    rules === 0 ? "Không có tô màu nào do tiện ích thêm để xóa." : `Đã xóa ${rules} quy tắc tô màu do tiện ích thêm.`,

  remediationHeading: "Bảng GIẢI PHÁP",
  remediationYear: "Năm thực hiện khắc phục",
  appraisedYear: "Năm được thẩm định",
  defaultDeadline: "Thời hạn mặc định",
  defaultDeadlineValue: "Thường xuyên",
  includeFullMarkAreas: "Thêm dòng cho lĩnh vực đạt điểm tối đa",
  previewHeading: (rows: number) => `Xem trước (${rows} dòng)`,
  previewColumns: { tt: "TT", issues: "Tồn tại, hạn chế", steps: "Giải pháp và thời hạn" },
  createRemediation: "Tạo bảng GIẢI PHÁP",
  created: (sheet: string) => `Đã tạo trang tính “${sheet}” chứa bảng GIẢI PHÁP.`,

  planDocumentHeading: "Kế hoạch khắc phục (Word)",
  planDocumentBody: "Cơ quan ban hành",
  planDocumentAbbreviation: "Ký hiệu (Số: …/KH-ký hiệu)",
  planDocumentSignerTitle: "Chức vụ người ký",
  planDocumentSigner: "Họ tên người ký",
  planDocumentBlank: "… (để trống, điền sau)",
  downloadPlanDocument: "Tải Kế hoạch (.docx)",
  copyAppendix: "Chép bảng GIẢI PHÁP để dán vào Word",
  planDocumentHint:
    "Excel trên máy Mac và một số bản Excel cho Windows không tải tệp từ tiện ích: khi đó hãy chép bảng rồi dán vào Word.",
  downloadOffered: (file: string) => `Đã tạo «${file}». Không thấy tệp tải về? Hãy chép bảng GIẢI PHÁP và dán vào Word.`,
  downloadFailed: (reason: string) => `Không tạo được tệp Word (${reason}); hãy chép bảng GIẢI PHÁP và dán vào Word.`,
  appendixCopied: "Đã chép bảng GIẢI PHÁP: mở Word và dán (Ctrl+V).",
  appendixNotCopied: "Excel này không cho chép vào bộ nhớ tạm; hãy dùng trang tính GIẢI PHÁP.",

  failureTitle: "Không thực hiện được",
  problemTitle: "Không đọc được bảng chấm điểm",
  problemHint: "Hãy chọn đúng trang tính hoặc sửa các cột ở trên, rồi bấm Kiểm tra lại.",
  doneTitle: "Xong",
  hostErrors: {
    sheet_protected: (sheet: string | undefined) =>
      `Trang tính ${sheet ? `“${sheet}” ` : ""}đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại > Bỏ bảo vệ trang tính) rồi thử lại.`,
    api_unsupported:
      "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Microsoft 365 hoặc dùng Excel trên web.",
    excel_failed:
      "Excel báo lỗi khi thực hiện thao tác. Hãy đóng các hộp thoại hoặc thoát chế độ sửa ô trong Excel rồi thử lại.",
    file: (detail: string) => `Không đọc được tệp: ${detail}.`,
  },
  unexpected: (detail: string) =>
    `Đã xảy ra lỗi không mong đợi: ${detail}. Hãy thử lại; nếu vẫn lỗi, hãy gửi tệp Excel cho bộ phận hỗ trợ.`,
};
