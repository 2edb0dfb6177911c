import type { Lang } from "../domain";

/**
 * Every text the ribbon commands show (in their result dialog), Vietnamese first. Host failures
 * are not here: the Office host's HostError messages are already in words (src/hosts/office/messages.ts). Numbers arrive already formatted
 * with formatNumber in the report's language (decimal comma in Vietnamese, point in English). `en` must provide the same keys: its type is `CommandStrings = typeof vi`.
 */
const vi = {
  checkTitle: "Kiểm tra bảng điểm",
  createdTitle: "Đã tạo bảng GIẢI PHÁP",
  notCreatedTitle: "Chưa tạo được bảng GIẢI PHÁP",
  failedTitle: "Không thực hiện được",
  sheet: (name: string) => `Trang tính chấm điểm: ${name}`,
  total: (score: string, max: string, index: string) => `Tổng điểm: ${score}/${max} điểm — chỉ số ${index}%`,
  statedTotal: (score: string, max: string) => `Dòng tổng cộng ghi: ${score}/${max}`,
  counts: (errors: number, warnings: number) =>
    errors + warnings === 0 ? "Không phát hiện lỗi nào." : `${errors} lỗi, ${warnings} cảnh báo:`,
  /** describeFinding's text already names the cell. */
  finding: (text: string) => `• ${text}`,
  moreFindings: (count: number) => `… và ${count} mục khác.`,
  deducted: (count: number) => (count === 0 ? "Không có tiêu chí nào bị trừ điểm." : `${count} tiêu chí bị trừ điểm.`),
  openPane: "Bấm “Mở CCHC” trên thẻ Trang đầu để xem chi tiết, chọn ô lỗi và tô màu tiêu chí bị trừ điểm.",
  createdSheet: (name: string) => `Trang tính mới: “${name}” (đã mở).`,
  createdRows: (rows: number, deducted: number) => `${rows} lĩnh vực, ${deducted} tiêu chí bị trừ điểm được liệt kê.`,
  createdYears: (year: number, appraised: number) =>
    `Khắc phục trong năm ${year}, kết quả thẩm định năm ${appraised}. Muốn đổi năm hoặc thời hạn, dùng “Mở CCHC”.`,
  createdWithErrors: (errors: number) => `Lưu ý: bảng điểm còn ${errors} lỗi số liệu; nên bấm “Kiểm tra” và sửa trước khi gửi.`,
  untouched: "Không có ô nào của bảng điểm bị thay đổi.",
  unexpected: "Có lỗi không mong đợi. Thử lại; nếu vẫn lỗi, mở “Mở CCHC” để xem chi tiết.",
  detail: (message: string) => `Chi tiết: ${message}`,
  close: "Đóng",
};

export type CommandStrings = typeof vi;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const en: CommandStrings = {
  checkTitle: "Scoring table check",
  createdTitle: "GIẢI PHÁP table created",
  notCreatedTitle: "The GIẢI PHÁP table was not created",
  failedTitle: "Could not complete",
  sheet: (name) => `Scoring sheet: ${name}`,
  total: (score, max, index) => `Total: ${score}/${max} points — index ${index}%`,
  statedTotal: (score, max) => `The total row states: ${score}/${max}`,
  counts: (errors, warnings) =>
    errors + warnings === 0 ? "No errors found." : `${plural(errors, "error")}, ${plural(warnings, "warning")}:`,
  finding: (text) => `• ${text}`,
  moreFindings: (count) => `… and ${count} more.`,
  deducted: (count) => (count === 0 ? "No criterion lost points." : `${plural(count, "criterion", "criteria")} lost points.`),
  openPane: "Choose “Open CCHC” on the Home tab for details, to select the cells and colour the deducted criteria.",
  createdSheet: (name) => `New sheet: “${name}” (now active).`,
  createdRows: (rows, deducted) => `${plural(rows, "area")}, ${plural(deducted, "deducted criterion", "deducted criteria")} listed.`,
  createdYears: (year, appraised) =>
    `Remediation in ${year}, appraisal of ${appraised}. To change the years or deadlines, use “Open CCHC”.`,
  createdWithErrors: (errors) => `Note: the scoring table still has ${plural(errors, "error")}; choose “Check” and correct the data before sending.`,
  untouched: "No cell of the scoring table was changed.",
  unexpected: "Something unexpected went wrong. Try again; if it persists, open “Open CCHC” for details.",
  detail: (message) => `Details: ${message}`,
  close: "Close",
};

/** The commands' texts in the given language. */
export function commandStrings(lang: Lang): CommandStrings {
  return lang === "en" ? en : vi;
}
