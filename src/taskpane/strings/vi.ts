/**
 * Every text of the task pane in Vietnamese (the default language). `en.ts` must provide the same keys: its type is
 * `Strings = typeof vi`. Texts with values are functions; numbers arrive already formatted (formatNumber).
 */
export const vi = {
  appTitle: "Kiểm tra Chỉ số CCHC",
  appIntro:
    "Mở sổ Excel có bảng chấm điểm Chỉ số CCHC (cột mã, điểm tối đa, điểm thẩm định hoặc tự đánh giá) rồi bấm " +
    "Kiểm tra. Tiện ích không bao giờ sửa ô điểm nào; bảng GIẢI PHÁP được ghi vào một trang tính mới.",
  help: "Hướng dẫn",
  helpTitle: "Cách dùng",
  helpSteps: [
    "Bấm Kiểm tra: tiện ích tự tìm trang tính chấm điểm, cộng lại điểm từng lĩnh vực và báo lỗi số liệu.",
    "Bấm vào một lỗi hoặc một tiêu chí để chọn ô đó trong Excel, sửa trong Excel rồi bấm Kiểm tra lại.",
    "Tô màu tiêu chí bị trừ điểm: màu tự cập nhật khi sửa điểm; Xóa tô màu bỏ hết màu do tiện ích thêm.",
    "Tạo bảng GIẢI PHÁP: thêm trang tính mới theo mẫu kế hoạch khắc phục; năm đọc từ tiêu đề bảng điểm, có thể sửa.",
    "Tiện ích nhận sai trang tính hoặc sai cột? Sửa ở mục «Trang tính và cột đã đọc» cuối ngăn.",
  ],
  close: "Đóng",
  language: "Ngôn ngữ",
  languageNames: { vi: "Tiếng Việt", en: "English" },

  check: "Kiểm tra",
  running: {
    check: "Đang đọc và kiểm tra bảng điểm…",
    highlight: "Đang tô màu…",
    clear: "Đang xóa tô màu…",
    create: "Đang tạo bảng GIẢI PHÁP…",
    select: "Đang chọn ô…",
  },

  sourceHeading: "Trang tính và cột đã đọc",
  sheet: "Trang tính chấm điểm",
  pickSheet: "Chọn trang tính chấm điểm…",
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

  resultHeading: "Kết quả kiểm tra",
  verdictErrors: (errors: number) => `Bảng điểm có ${errors} lỗi số liệu cần sửa`,
  verdictOk: "Không phát hiện lỗi số liệu",
  errorCount: (count: number) => `${count} lỗi`,
  warningCount: (count: number) => `${count} cảnh báo`,
  deductedCount: (count: number) => `${count} tiêu chí bị trừ điểm`,
  readSheet: (sheet: string) => `Trang tính: «${sheet}»`,
  goToFirstError: (where: string) => `Đến lỗi đầu tiên (${where})`,
  announceVerdict: (total: string, errors: number, warnings: number) =>
    `Đã kiểm tra. ${total}. ${errors} lỗi, ${warnings} cảnh báo.`,
  total: (score: string, max: string) => `Tổng điểm: ${score}/${max}`,
  index: (index: string) => `Chỉ số: ${index}%`,
  statedTotal: (score: string, max: string) => `Dòng tổng cộng ghi: ${score}/${max}`,
  adjustments: (points: string) => `Điểm thưởng/trừ: ${points}`,
  areasHeading: "Điểm theo lĩnh vực",
  areaLabel: (code: string, title: string) => `${code}. ${title}`,
  areaScore: (score: string, max: string) => `${score}/${max} điểm — đạt tối đa`,
  areaLost: (score: string, max: string, lost: string) => `${score}/${max} điểm — bị trừ ${lost}`,
  areaError: (score: string, max: string, errors: number) =>
    `${score}/${max} điểm — có ${errors || 1} lỗi số liệu, xem mục Lỗi`,

  findingsHeading: "Các lỗi và cảnh báo",
  noFindings: "Không phát hiện lỗi nào trong bảng điểm.",
  errorsHeading: (count: number) => `Lỗi (${count})`,
  warningsHeading: (count: number) => `Cảnh báo (${count})`,
  infoHeading: (count: number) => `Thông tin (${count})`,
  findingHint: "Bấm vào một mục để xem ô tương ứng trong bảng tính.",

  deductionsHeading: "Các tiêu chí bị trừ điểm",
  noDeductions: "Không có tiêu chí nào bị trừ điểm.",
  deductionGroup: (code: string, title: string) => (title ? `Lĩnh vực ${code}. ${title}` : `Lĩnh vực ${code}`),
  deductionScore: (score: string) => `Đạt ${score} điểm`,
  reasonLabel: "Lý do:",
  selectCriterion: (code: string) => `Tiêu chí ${code}`,
  noReason: "(chưa ghi lý do)",

  highlightHeading: "Tô màu",
  highlight: "Tô màu tiêu chí bị trừ điểm",
  clearHighlight: "Xóa tô màu",
  highlighted: (deducted: number, sheet: string) =>
    deducted === 0
      ? `Không có tiêu chí nào bị trừ điểm trên «${sheet}»; ô có lỗi (nếu có) được tô đỏ.`
      : `Đã tô màu ${deducted} tiêu chí bị trừ điểm trên «${sheet}». Màu tự cập nhật khi sửa điểm.`,
  cleared: (rules: number): string =>
    rules === 0 ? "Bảng điểm không có màu nào do tiện ích tô." : "Đã xóa các màu do tiện ích tô trên bảng điểm.",

  remediationHeading: "Bảng GIẢI PHÁP",
  remediationYear: "Năm thực hiện khắc phục",
  appraisedYear: "Năm được thẩm định",
  defaultDeadline: "Thời hạn mặc định",
  defaultDeadlineValue: "Thường xuyên",
  includeFullMarkAreas: "Thêm dòng cho lĩnh vực đạt điểm tối đa",
  yearsFromWorkbook: (appraised: number) => `Năm ${appraised} đọc từ tiêu đề bảng điểm; có thể sửa.`,
  previewHeading: (rows: number) => `Xem trước bảng GIẢI PHÁP (${rows} dòng)`,
  previewSteps: "Giải pháp:",
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
  problemHint: "Hãy chọn đúng trang tính chấm điểm ở mục bên dưới, rồi bấm Kiểm tra lại.",
  problemHintColumns: "Hãy chọn đúng trang tính hoặc sửa các cột ở mục bên dưới, rồi bấm Kiểm tra lại.",
  restorePrevious: (sheet: string) => `Quay lại kết quả của «${sheet}»`,
  doneTitle: "Xong",
  dismiss: "Đóng thông báo",
  hostErrors: {
    sheet_protected: (sheet: string | undefined) =>
      `Trang tính ${sheet ? `“${sheet}” ` : ""}đang được bảo vệ. Hãy bỏ bảo vệ (thẻ Xem lại › Bỏ bảo vệ Trang tính) rồi thử lại.`,
    api_unsupported:
      "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Microsoft 365 hoặc dùng Excel trên web.",
    excel_failed:
      "Excel báo lỗi khi thực hiện thao tác. Hãy đóng các hộp thoại hoặc thoát chế độ sửa ô trong Excel rồi thử lại.",
    file: (detail: string) => `Không đọc được tệp: ${detail}.`,
  },
  unexpected: (detail: string) =>
    `Đã xảy ra lỗi không mong đợi: ${detail}. Hãy thử lại; nếu vẫn lỗi, hãy gửi tệp Excel cho bộ phận hỗ trợ.`,
};
