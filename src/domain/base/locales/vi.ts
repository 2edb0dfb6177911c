import type { SetupProblem } from "../options";
import type { Finding } from "../finding";
import { formatScore } from "../formatNumber";
import { cellText, fullText, isAreaCode, parentCodeOf, sheetList, valueText, writtenCodeOf, type Messages } from "./messages";

/** Vietnamese messages (the default language): plain, naming the cell, the criterion and the figures. */
export const vi: Messages = {
  findings: {
    score_not_number: (f) => `Điểm${of(f)} ở ô ${cellText(f)} ghi «${valueText(f.actual)}», không phải là số.`,
    max_not_number: (f) =>
      valueText(f.actual) === ""
        ? `Điểm tối đa${of(f)} để trống (ô ${cellText(f)}).`
        : `Điểm tối đa${of(f)} ở ô ${cellText(f)} ghi «${valueText(f.actual)}», không phải là số.`,
    formula_error: (f) =>
      `Ô ${cellText(f)}${inParens(f)} bị lỗi công thức ${valueText(f.actual)} nên không đọc được giá trị; cần sửa công thức.`,
    score_negative: (f) => `Điểm${of(f)} ở ô ${cellText(f)} là ${valueText(f.actual)}, nhỏ hơn 0.`,
    score_above_max: (f) =>
      `Điểm${of(f)} ở ô ${cellText(f)} là ${valueText(f.actual)}, vượt điểm tối đa ${valueText(f.expected)}.`,
    max_sum_mismatch: (f) =>
      `Điểm tối đa${of(f)} ghi ${valueText(f.actual)} nhưng tổng điểm tối đa ${childrenOf(f)} là ` +
      `${valueText(f.expected)} (ô ${cellText(f)}).`,
    score_sum_mismatch: (f) =>
      `Điểm${of(f)} ghi ${valueText(f.actual)} nhưng tổng điểm ${childrenOf(f)} là ${valueText(f.expected)} ` +
      `(ô ${cellText(f)}).`,
    total_max_mismatch: (f) =>
      `Tổng điểm tối đa các lĩnh vực là ${valueText(f.expected)} nhưng dòng tổng cộng ghi ${valueText(f.actual)} ` +
      `(ô ${cellText(f)}).`,
    total_score_mismatch: (f) =>
      `Tổng điểm các lĩnh vực là ${valueText(f.expected)} nhưng dòng tổng cộng ghi ${valueText(f.actual)} ` +
      `(ô ${cellText(f)}).`,
    duplicate_code: (f) =>
      `Mã ${f.criterion ?? ""}${written(f)} bị trùng: đã có ở dòng trên, lại xuất hiện ở ô ${cellText(f)}.`,
    orphan_code: (f) => {
      const parent = parentCodeOf(f);
      return `${capital(name(f))} (ô ${cellText(f)}) không có tiêu chí cha${parent ? ` ${parent}` : ""} trong bảng.`;
    },
    missing_score: (f) => `${capital(name(f))} có điểm tối đa nhưng chưa được chấm điểm (ô ${cellText(f)}).`,
    missing_reason: (f) => `${capital(name(f))} bị trừ điểm${scored(f)} nhưng chưa ghi lý do (ô ${cellText(f)}).`,
    not_assessed: (f) =>
      `${capital(name(f))} không đánh giá (ô ${cellText(f)} ghi «${valueText(f.actual)}»): không tính vào điểm tối đa ` +
      "và điểm đạt.",
    unmatched_score: (f) =>
      `Dòng điểm mã ${f.criterion ?? ""}${written(f)} (ô ${cellText(f)}) không khớp với tiêu chí nào trong trang tiêu chí.`,
    unreadable_row: (f) =>
      `Dòng ${f.cell.row + 1} của trang tính ${f.cell.sheet} (ô ${cellText(f)}) không phải tiêu chí, ghi chú hay dòng ` +
      `tổng cộng nên đã bị bỏ qua${quoted(f)}.`,
    legacy_text_converted: (f) =>
      `Chữ gõ bằng bảng mã ${String(f.expected ?? "")} đã được đọc thành Unicode (từ ô ${cellText(f)}); các ô của ` +
      `trang tính ${f.cell.sheet}: ${String(f.actual ?? "")}.`,
    framework_missing: (f) =>
      `Khung tiêu chí có ${name(f)}${titled(f.expected)} nhưng bảng điểm không có (gần nhất: ô ${cellText(f)}).`,
    framework_extra: (f) => `${capital(name(f))}${titled(f.actual)} (ô ${cellText(f)}) không có trong khung tiêu chí.`,
    framework_max_mismatch: (f) =>
      `Điểm tối đa${of(f)} ghi ${f.actual === null ? "trống" : valueText(f.actual)} nhưng khung tiêu chí quy định ` +
      `${valueText(f.expected)} (ô ${cellText(f)}).`,
    framework_total_mismatch: (f) =>
      `Tổng điểm tối đa các lĩnh vực là ${valueText(f.actual)} nhưng khung tiêu chí quy định ${valueText(f.expected)} ` +
      `(ô ${cellText(f)}).`,
    framework_title_mismatch: (f) =>
      `Tên ${name(f)} (ô ${cellText(f)}) khác khung tiêu chí: bảng điểm ghi «${fullText(f.actual)}», khung tiêu chí ghi ` +
      `«${fullText(f.expected)}».`,
    second_table_ignored: (f) =>
      `Trang tính ${f.cell.sheet} có một bảng thứ hai bên cạnh bảng điểm, bắt đầu từ ô ${cellText(f)}${quoted(f)}; ` +
      `chỉ đọc bảng bên trái, bảng này bị bỏ qua (muốn dùng nó, hãy chuyển nó sang trang tính riêng).`,
  },
  problems: {
    sheet_not_found: (p) =>
      `Không tìm thấy trang tính ${p.sheet ? `«${p.sheet}»` : "đã chọn"} trong tệp; ` +
      (p.examined.length > 0 ? `các trang tính có trong tệp: ${sheetList(p.examined)}.` : "tệp không có trang tính nào."),
    no_scoring_table: (p) =>
      `Không tìm thấy bảng chấm điểm ${p.sheet ? `trong trang tính «${p.sheet}»` : `trong tệp: ${examined(p)}`}; ` +
      "cần một dòng tiêu đề có cột «Điểm tối đa» và cột điểm (tự đánh giá/thẩm định).",
    no_score_column: (p) =>
      `${place(p)} không có cột điểm: cần cột «Điểm tự đánh giá» (hoặc «Điểm tự chấm») hoặc «Điểm thẩm định» ` +
      "(hoặc «Điểm đạt được»).",
    no_max_column: (p) => `${place(p)} không có cột «Điểm tối đa», nên không biết tiêu chí nào bị trừ điểm.`,
    no_code_column: (p) =>
      `${place(p)} không có cột mã tiêu chí («TT», «STT» hoặc «Mã») và tên tiêu chí cũng không ghi mã ` +
      "(ví dụ «Tiêu chí 1.2: …»).",
  },
};

/** "lĩnh vực 2", "tiêu chí 2.6", or "dòng này" (this row) when the finding names no criterion. */
function name(f: Finding): string {
  if (!f.criterion) return "dòng này";
  return `${isAreaCode(f.criterion) ? "lĩnh vực" : "tiêu chí"} ${f.criterion}`;
}

function of(f: Finding): string {
  return f.criterion ? ` của ${name(f)}` : "";
}

function inParens(f: Finding): string {
  return f.criterion ? ` (${name(f)})` : "";
}

/** The children a parent's sum is made of: an area holds criteria, a criterion holds sub-criteria. */
function childrenOf(f: Finding): string {
  return f.criterion && isAreaCode(f.criterion) ? "các tiêu chí" : "các tiêu chí thành phần";
}

/** " (đạt 1,42/1,5)" when the finding carries the score and the maximum. */
function scored(f: Finding): string {
  return typeof f.actual === "number" && typeof f.expected === "number" ? ` (đạt ${formatScore(f.actual, f.expected)})` : "";
}

/** " (ghi «1»)" when the sheet wrote the code differently from its normalised form. */
function written(f: Finding): string {
  const text = writtenCodeOf(f);
  return text ? ` (ghi «${text}»)` : "";
}

function quoted(f: Finding): string {
  const text = valueText(f.actual);
  return text ? `: «${text}»` : "";
}

/** " «title»" when there is one. */
function titled(value: Finding["actual"]): string {
  const text = fullText(value);
  return text ? ` «${text}»` : "";
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function place(p: SetupProblem): string {
  if (p.sheet) return `Trang tính «${p.sheet}»`;
  return p.examined.length > 0 ? `Các trang tính đã xem (${sheetList(p.examined)})` : "Tệp";
}

function examined(p: SetupProblem): string {
  return p.examined.length > 0 ? `đã xem các trang tính ${sheetList(p.examined)}` : "tệp không có trang tính nào";
}
