import type { Lang, ScoreSource } from "../domain";

/**
 * Every text the command line prints, in Vietnamese (default) and English. Finding and setup-problem messages come
 * from the domain (describeFinding / describeProblem); these are the report's own labels.
 */
export interface CliStrings {
  help: string;
  usageHint: string;
  scoreSource: Record<ScoreSource, string>;
  tableSheet: (sheet: string, score: string) => string;
  splitSheets: (criteria: string, scores: string, score: string) => string;
  otherCandidates: (sheets: string) => string;
  total: (score: string, index: string) => string;
  stated: (score: string) => string;
  adjustments: (points: string) => string;
  areasHeading: string;
  deductionsHeading: (count: number, parents: number) => string;
  noDeductions: string;
  reason: string;
  noReason: string;
  appraisalCuts: (count: number, codes: string) => string;
  errorsHeading: (count: number) => string;
  warningsHeading: (count: number) => string;
  infoHeading: (count: number) => string;
  verdictOk: (warnings: number) => string;
  verdictErrors: (errors: number, warnings: number) => string;
  cannotUse: (file: string, reason: string) => string;
  /** Why a file cannot be used, by HostError code; `cause` is the system's code (EACCES, ENOSPC …) when there is one. */
  hostError: Record<string, (file: string, cause?: string) => string>;
  planWritten: (out: string, sheet: string, rows: number, deducted: number) => string;
  planHighlighted: (sheet: string) => string;
  planNoHighlight: string;
  planYear: (year: number, appraised: number, inferred: boolean) => string;
  planDefaultOutput: (out: string) => string;
  planHasErrors: (errors: number, file: string) => string;
  planRefusesInput: (file: string) => string;
  planConverted: (format: "xls" | "ods", out: string) => string;
  planDocxWritten: (out: string, areas: number) => string;
  /** The input holds macros (.xlsm) but the output name ends in .xlsx (or the reverse). */
  planWrongExtension: (out: string, ext: string) => string;
  /** A sheet given up because reading it would cost more than the reader allows. */
  sheetOverLimit: (file: string, sheet: string) => string;
  /** A GIẢI PHÁP cell cut to Excel's 32,767 characters. */
  planCellCut: (sheet: string, cell: string, length: number) => string;
  badArgs: (detail: string) => string;
  frameworkUnusable: (file: string, reason: string) => string;
  frameworkNotJson: string;
  frameworkBadField: (where: string) => string;
  frameworkNoTable: (sheets: string) => string;
  frameworkUsed: (name: string, criteria: number) => string;
  reviewNoFiles: string;
  reviewRefusesInput: (file: string) => string;
  reviewWritten: (out: string, files: number, unusable: number, errors: number, warnings: number) => string;
  timeLeft: (seconds: number) => string;
}

const HELP_VI = `cchc — kiểm tra bảng chấm điểm Chỉ số CCHC (PAR INDEX) và lập bảng GIẢI PHÁP

Cách dùng:
  cchc check <tệp.xlsx|.xls|.ods>… [--sheet TÊN] [--criteria-sheet TÊN --scores-sheet TÊN]
             [--score appraised|self] [--json] [--lang vi|en]
  cchc plan <tệp.xlsx|.xls|.ods> [-o <kết-quả.xlsx>] [--docx <kế-hoạch.docx>] [--force] [--year NĂM] [--no-highlight] [--sheet TÊN] [--score …] [--lang vi|en]
  cchc review <tệp hoặc thư mục>… -o <tong-hop.xlsx> [--framework TỆP] [--json] [--lang vi|en]

check   In tổng điểm, điểm từng lĩnh vực, các tiêu chí bị trừ điểm và các lỗi (kèm ô) của từng tệp.
review  Đọc nhiều bảng điểm (cả thư mục) và ghi một sổ tổng hợp: xếp hạng, lỗi và cảnh báo, tiêu chí bị trừ,
        sai lệch so với khung tiêu chí.
plan    Ghi một BẢN SAO của tệp có thêm sheet «GIẢI PHÁP» và tô màu các tiêu chí bị trừ điểm.
        Không có -o: ghi «<tên>.giai-phap.xlsx» cạnh tệp đầu vào. Không bao giờ ghi đè tệp đầu vào.

Tùy chọn:
  --sheet TÊN              trang tính chứa bảng điểm (mặc định: tự tìm)
  --criteria-sheet TÊN     bảng tách rời: trang tính tiêu chí (mã, tên, điểm tối đa)
  --scores-sheet TÊN       bảng tách rời: trang tính điểm (mã, điểm, lý do)
  --score appraised|self   dùng điểm thẩm định hoặc điểm tự đánh giá (mặc định: thẩm định nếu có)
  --json                   in kết quả dạng JSON (check: một mảng, mỗi tệp một phần tử; review: một đối tượng)
  --framework TỆP          so với khung tiêu chí (.xlsx không có điểm, hoặc .json): thiếu, thừa, khác điểm tối đa, khác tên
  --lang vi|en             ngôn ngữ báo cáo (mặc định: vi)
  -o, --output TỆP         tệp kết quả của plan (kết thúc bằng / là thư mục), sổ tổng hợp của review; không ghi đè tệp đã có
  --force                  cho phép plan, review thay tệp kết quả đã có (không bao giờ thay tệp đầu vào)
  --year NĂM               năm thực hiện khắc phục (mặc định: năm đánh giá ghi ở tiêu đề + 1)
  --no-highlight           không tô màu các tiêu chí bị trừ điểm
  --docx TỆP.docx          ghi thêm Kế hoạch khắc phục (Word, phụ lục GIẢI PHÁP); không có -o thì chỉ ghi tệp này
    --body, --parent-body  tên cơ quan ban hành và cơ quan chủ quản (mặc định: đọc ở tiêu đề bảng điểm, không có thì «…»)
    --number, --abbrev     số và ký hiệu: «Số: SỐ/KH-KÝ HIỆU»      --place, --date DD/MM/YYYY   địa danh, ngày
    --authority, --signer-title, --signer   «KT. GIÁM ĐỐC», «PHÓ GIÁM ĐỐC», họ tên người ký
    --focal-unit, --lead, --support         đơn vị theo dõi; đơn vị chủ trì / phối hợp mặc định của mỗi giải pháp
    --recipient TÊN        một dòng «Nơi nhận» (lặp lại được)
  -h, --help               hướng dẫn này

Mã thoát: 0 không có lỗi · 1 có tệp có lỗi · 2 có tệp không dùng được (hoặc sai tham số).`;

const HELP_EN = `cchc — checks PAR INDEX (Chỉ số CCHC) scoring workbooks and writes the GIẢI PHÁP table

Usage:
  cchc check <file.xlsx|.xls|.ods>… [--sheet NAME] [--criteria-sheet NAME --scores-sheet NAME]
             [--score appraised|self] [--json] [--lang vi|en]
  cchc plan <file.xlsx|.xls|.ods> [-o <out.xlsx>] [--docx <plan.docx>] [--force] [--year YYYY] [--no-highlight] [--sheet NAME] [--score …] [--lang vi|en]
  cchc review <files or folders>… -o <summary.xlsx> [--framework FILE] [--json] [--lang vi|en]

check   Prints each workbook's total, per-area scores, deducted criteria and findings with their cells.
review  Reads many workbooks (folders too) and writes one summary workbook: ranks, errors and warnings, deducted
        criteria, deviations from the framework.
plan    Writes a COPY with a new "GIẢI PHÁP" sheet and the deducted criteria highlighted.
        Without -o it writes "<name>.giai-phap.xlsx" beside the input. Never overwrites the input.

Options:
  --sheet NAME             the sheet holding the scoring table (default: found automatically)
  --criteria-sheet NAME    split layout: the criteria sheet (code, title, max)
  --scores-sheet NAME      split layout: the scores sheet (code, score, reason)
  --score appraised|self   use the appraised or the self-assessed score (default: appraised when present)
  --json                   print JSON (check: an array, one object per file; review: one object)
  --framework FILE         compare with a framework (.xlsx without scores, or .json): missing, extra, maxima, titles
  --lang vi|en             report language (default: vi)
  -o, --output FILE        plan's output file (ending in / means a folder), review's summary; an existing file is not replaced
  --force                  let plan, review replace an existing output file (never the input)
  --year YYYY              the year of the remediation (default: appraised year from the title + 1)
  --no-highlight           do not highlight the deducted criteria
  --docx FILE.docx         also write the remediation plan (Word, GIẢI PHÁP appendix); without -o only this file
    --body, --parent-body  issuing body and its parent (default: read from the scoring sheet's title, else "…")
    --number, --abbrev     number and code: "Số: NUMBER/KH-CODE"    --place, --date DD/MM/YYYY   place, date
    --authority, --signer-title, --signer   "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", the signer's name
    --focal-unit, --lead, --support         follow-up unit; default lead / helping units of every step
    --recipient NAME       one "Nơi nhận" line (repeatable)
  -h, --help               this help

Exit codes: 0 no errors · 1 some workbook has errors · 2 some file cannot be used (or bad arguments).`;

const VI: CliStrings = {
  help: HELP_VI,
  usageHint: "Xem hướng dẫn: cchc --help",
  scoreSource: { appraised: "điểm thẩm định", self: "điểm tự đánh giá" },
  tableSheet: (sheet, score) => `Bảng điểm: trang tính «${sheet}» (dùng ${score}).`,
  splitSheets: (criteria, scores, score) => `Bảng tách rời: tiêu chí ở «${criteria}», điểm ở «${scores}» (dùng ${score}).`,
  otherCandidates: (sheets) => `Trang tính khác cũng giống bảng điểm (không dùng): ${sheets}.`,
  total: (score, index) => `Tổng điểm: ${score} — chỉ số ${index}%`,
  stated: (score) => ` (dòng tổng cộng ghi ${score})`,
  adjustments: (points) => `Điểm thưởng/điểm trừ ngoài bộ tiêu chí: ${points}`,
  areasHeading: "Theo lĩnh vực:",
  deductionsHeading: (count, parents) =>
    `Tiêu chí bị trừ điểm (${count}${parents > 0 ? `; cùng ${parents} tiêu chí cha/lĩnh vực` : ""}):`,
  noDeductions: "Không có tiêu chí nào bị trừ điểm.",
  reason: "Lý do",
  noReason: "(chưa ghi lý do)",
  appraisalCuts: (count, codes) => `Đoàn thẩm định chấm thấp hơn điểm tự đánh giá ở ${count} tiêu chí: ${codes}.`,
  errorsHeading: (count) => `Lỗi (${count}):`,
  warningsHeading: (count) => `Cảnh báo (${count}):`,
  infoHeading: (count) => `Thông tin (${count}):`,
  verdictOk: (warnings) => `Kết quả: không có lỗi${warnings > 0 ? ` (${warnings} cảnh báo)` : ""}.`,
  verdictErrors: (errors, warnings) => `Kết quả: CÓ ${errors} LỖI${warnings > 0 ? `, ${warnings} cảnh báo` : ""}.`,
  cannotUse: (file, reason) => `Không dùng được tệp «${file}»: ${reason}`,
  hostError: {
    file_not_found: () => "không tìm thấy tệp (kiểm tra lại đường dẫn).",
    file_unreadable: () => "không phải tệp bảng tính hợp lệ (.xlsx, .xls, .ods), bị hỏng hoặc không có quyền đọc.",
    file_encrypted: () => "tệp được đặt mật khẩu (mã hóa); hãy mở bằng Excel, gỡ mật khẩu rồi thử lại.",
    file_xlsb: () => "đây là sổ làm việc nhị phân Excel (.xlsb), chưa đọc được; hãy mở bằng Excel và lưu lại dạng .xlsx.",
    file_lotus_works: () => "đây là bảng tính Lotus 1-2-3 hoặc Microsoft Works, không đọc được; hãy lưu lại dạng .xlsx.",
    file_old_excel: () => "đây là tệp Excel 5.0/95 hoặc cũ hơn, không đọc được; hãy mở bằng Excel và lưu lại dạng .xlsx.",
    file_is_folder: () => "đây là một thư mục, không phải tệp; hãy chỉ ra từng tệp .xlsx trong đó.",
    file_no_permission: () => "không có quyền đọc tệp này.",
    file_unwritable: (file, cause) => `không ghi được tệp kết quả «${file}» (${describeWriteCause(cause)}).`,
    output_is_input: (file) => `tệp kết quả «${file}» trùng với tệp đầu vào.`,
    output_exists: (file) => `tệp «${file}» đã có; không ghi đè (thêm --force nếu muốn thay nó).`,
  },
  planWritten: (out, sheet, rows, deducted) =>
    `Đã ghi «${out}»: trang tính mới «${sheet}» (${rows} lĩnh vực, ${deducted} tiêu chí bị trừ điểm).`,
  planHighlighted: (sheet) => `Các tiêu chí bị trừ điểm được tô màu trên trang tính «${sheet}» (trong bản sao).`,
  planNoHighlight: "Không tô màu (--no-highlight).",
  planYear: (year, appraised, inferred) =>
    `Khắc phục trong năm ${year}, đối với kết quả đánh giá năm ${appraised}` +
    (inferred ? " (đọc từ tiêu đề bảng điểm; đổi bằng --year)." : "."),
  planDefaultOutput: (out) => `Không có -o: ghi kết quả vào «${out}».`,
  planHasErrors: (errors, file) =>
    `Lưu ý: bảng điểm có ${errors} lỗi; xem chi tiết bằng: cchc check "${file}"`,
  planCellCut: (sheet, cell, length) =>
    `Lưu ý: ô ${sheet}!${cell} dài ${length} ký tự, vượt giới hạn 32.767 ký tự của Excel; đã cắt bớt và ghi dấu «…[đã cắt bớt…]» ở cuối ô.`,
  sheetOverLimit: (file, sheet) =>
    `«${file}»: trang tính «${sheet}» quá lớn để đọc hết (vượt giới hạn số ô hoặc dung lượng); chỉ đọc phần đầu, bỏ qua phần còn lại.`,
  planWrongExtension: (out, ext) => `Tệp kết quả «${out}» phải có đuôi ${ext} như tệp đầu vào (Excel không mở tệp có macro mang đuôi khác).`,
  planRefusesInput: (file) => `Không ghi đè tệp đầu vào «${file}»: hãy chọn tệp kết quả khác bằng -o.`,
  planConverted: (format, out) =>
    `Tệp đầu vào là .${format} nên bản sao «${out}» được ghi dạng .xlsx (giữ giá trị, kết quả công thức, ô gộp và ` +
    `trang tính; không giữ công thức và định dạng). Tệp gốc không bị sửa.`,
  planDocxWritten: (out, areas) => `Đã ghi Kế hoạch khắc phục (Word, ${areas} lĩnh vực, phụ lục GIẢI PHÁP) vào «${out}».`,
  badArgs: (detail) => `Tham số không hợp lệ: ${detail}`,
  frameworkUnusable: (file, reason) => `Không dùng được khung tiêu chí «${file}»: ${reason}`,
  frameworkNotJson: "không phải JSON hợp lệ.",
  frameworkBadField: (where) => `trường «${where}» thiếu hoặc sai (cần { "criteria": [{ "code", "title", "max" }] }).`,
  frameworkNoTable: (sheets) => `không tìm thấy bảng tiêu chí (cột mã, tên, «Điểm tối đa») trong ${sheets || "tệp"}.`,
  frameworkUsed: (name, criteria) => `So với khung tiêu chí «${name}» (${criteria} mục).`,
  reviewNoFiles: "Không tìm thấy tệp .xlsx nào trong các tệp và thư mục đã cho.",
  reviewRefusesInput: (file) => `Không ghi sổ tổng hợp đè lên tệp đầu vào «${file}»: hãy chọn tệp khác bằng -o.`,
  reviewWritten: (out, files, unusable, errors, warnings) =>
    `Đã ghi «${out}»: ${files} tệp (${unusable} không đọc được), ${errors} lỗi, ${warnings} cảnh báo.`,
  timeLeft: (seconds) => `còn ~${seconds} giây`,
};

const EN: CliStrings = {
  help: HELP_EN,
  usageHint: "See: cchc --help",
  scoreSource: { appraised: "appraised score", self: "self-assessed score" },
  tableSheet: (sheet, score) => `Scoring table: sheet "${sheet}" (using the ${score}).`,
  splitSheets: (criteria, scores, score) =>
    `Split layout: criteria in "${criteria}", scores in "${scores}" (using the ${score}).`,
  otherCandidates: (sheets) => `Other sheets that look like scoring tables (not used): ${sheets}.`,
  total: (score, index) => `Total: ${score} — index ${index}%`,
  stated: (score) => ` (the total row says ${score})`,
  adjustments: (points) => `Bonus/penalty points outside the criteria: ${points}`,
  areasHeading: "By area:",
  deductionsHeading: (count, parents) =>
    `Deducted criteria (${count}${parents > 0 ? `; plus ${parents} parent criteria/areas` : ""}):`,
  noDeductions: "No criterion lost points.",
  reason: "Reason",
  noReason: "(no reason given)",
  appraisalCuts: (count, codes) =>
    `The appraisal scored ${count === 1 ? "1 criterion" : `${count} criteria`} below the self-assessment: ${codes}.`,
  errorsHeading: (count) => `Errors (${count}):`,
  warningsHeading: (count) => `Warnings (${count}):`,
  infoHeading: (count) => `Information (${count}):`,
  verdictOk: (warnings) => `Result: no errors${warnings > 0 ? ` (${countOf(warnings, "warning")})` : ""}.`,
  verdictErrors: (errors, warnings) =>
    `Result: ${countOf(errors, "error").toUpperCase()}${warnings > 0 ? `, ${countOf(warnings, "warning")}` : ""}.`,
  cannotUse: (file, reason) => `Cannot use "${file}": ${reason}`,
  hostError: {
    file_not_found: () => "file not found (check the path).",
    file_unreadable: () => "not a valid workbook (.xlsx, .xls, .ods), damaged, or not readable.",
    file_encrypted: () => "the file is password-protected (encrypted); open it in Excel, remove the password and try again.",
    file_xlsb: () => "this is an Excel binary workbook (.xlsb), which cannot be read; save it as .xlsx in Excel.",
    file_lotus_works: () => "this is a Lotus 1-2-3 or Microsoft Works spreadsheet, which cannot be read; save it as .xlsx.",
    file_old_excel: () => "this is an Excel 5.0/95 or older workbook, which cannot be read; save it as .xlsx in Excel.",
    file_is_folder: () => "this is a folder, not a file; name each .xlsx file in it.",
    file_no_permission: () => "no permission to read this file.",
    file_unwritable: (file, cause) => `the output file "${file}" cannot be written (${cause ?? "system error"}).`,
    output_is_input: (file) => `the output file "${file}" is the input file.`,
    output_exists: (file) => `"${file}" already exists; not replaced (add --force to replace it).`,
  },
  planWritten: (out, sheet, rows, deducted) =>
    `Wrote "${out}": new sheet "${sheet}" (${rows} areas, ${deducted} deducted criteria).`,
  planHighlighted: (sheet) => `Deducted criteria are highlighted on sheet "${sheet}" (in the copy).`,
  planNoHighlight: "No highlight (--no-highlight).",
  planYear: (year, appraised, inferred) =>
    `Remediation in ${year} for the ${appraised} appraisal` + (inferred ? " (read from the sheet title; change with --year)." : "."),
  planDefaultOutput: (out) => `No -o given: writing "${out}".`,
  planHasErrors: (errors, file) =>
    `Note: the scoring table has ${countOf(errors, "error")}; see ${errors === 1 ? "it" : "them"} with: cchc check "${file}"`,
  planCellCut: (sheet, cell, length) =>
    `Note: cell ${sheet}!${cell} is ${length} characters long, beyond Excel's 32,767; it was cut, ending with "…[đã cắt bớt…]".`,
  sheetOverLimit: (file, sheet) =>
    `"${file}": sheet "${sheet}" is too large to read whole (beyond the cell or size limit); only its first rows were read.`,
  planWrongExtension: (out, ext) => `The output "${out}" must end in ${ext} like the input (Excel refuses a macro workbook under another extension).`,
  planRefusesInput: (file) => `Will not overwrite the input "${file}": choose another output with -o.`,
  planConverted: (format, out) =>
    `The input is an .${format} file, so the copy "${out}" is written as .xlsx (values, formula results, merged ` +
    `cells and sheets kept; formulas and formatting are not). The original is untouched.`,
  planDocxWritten: (out, areas) => `Wrote the remediation plan (Word, ${areas} areas, GIẢI PHÁP appendix) to "${out}".`,
  badArgs: (detail) => `Invalid arguments: ${detail}`,
  frameworkUnusable: (file, reason) => `Cannot use the framework "${file}": ${reason}`,
  frameworkNotJson: "not valid JSON.",
  frameworkBadField: (where) => `field "${where}" is missing or wrong (expected { "criteria": [{ "code", "title", "max" }] }).`,
  frameworkNoTable: (sheets) => `no criteria table (code, title, "Điểm tối đa" columns) in ${sheets || "the file"}.`,
  frameworkUsed: (name, criteria) => `Compared with the framework "${name}" (${criteria} entries).`,
  reviewNoFiles: "No .xlsx file found in the given files and folders.",
  reviewRefusesInput: (file) => `Will not write the summary over the input "${file}": choose another file with -o.`,
  reviewWritten: (out, files, unusable, errors, warnings) =>
    `Wrote "${out}": ${countOf(files, "file")} (${unusable} unreadable), ${countOf(errors, "error")}, ${countOf(warnings, "warning")}.`,
  timeLeft: (seconds) => `~${seconds} s left`,
};

export function cliStrings(lang: Lang): CliStrings {
  return lang === "en" ? EN : VI;
}

/** "1 error", "2 errors": English counts agree with their number. */
function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function describeWriteCause(cause: string | undefined): string {
  if (cause === "ENOENT") return "thư mục không tồn tại";
  if (cause === "EEXIST" || cause === "ENOTDIR") return "một phần của đường dẫn là tệp, không phải thư mục";
  if (cause === "EACCES" || cause === "EPERM") return "không có quyền ghi, hoặc tệp đang mở trong Excel";
  if (cause === "EISDIR") return "đây là một thư mục";
  if (cause === "ENOSPC") return "ổ đĩa đã đầy";
  return cause ?? "lỗi hệ thống tệp";
}
