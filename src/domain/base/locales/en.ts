import type { SetupProblem } from "../options";
import type { Finding } from "../finding";
import { formatScore } from "../formatNumber";
import { cellText, fullText, isAreaCode, parentCodeOf, sheetList, valueText, writtenCodeOf, type Messages } from "./messages";

/** English messages: the same facts as the Vietnamese ones; numbers keep the decimal comma of the workbook. */
export const en: Messages = {
  findings: {
    score_not_number: (f) => `The score${of(f)} in ${cellText(f)} reads "${valueText(f.actual, "en")}", which is not a number.`,
    max_not_number: (f) =>
      valueText(f.actual, "en") === ""
        ? `The maximum${of(f)} is blank (${cellText(f)}).`
        : `The maximum${of(f)} in ${cellText(f)} reads "${valueText(f.actual, "en")}", which is not a number.`,
    formula_error: (f) =>
      `${cellText(f)}${inParens(f)} holds the formula error ${valueText(f.actual, "en")}, so its value cannot be read; ` +
      "fix the formula.",
    score_negative: (f) => `The score${of(f)} in ${cellText(f)} is ${valueText(f.actual, "en")}, below 0.`,
    score_above_max: (f) =>
      `The score${of(f)} in ${cellText(f)} is ${valueText(f.actual, "en")}, above its maximum of ${valueText(f.expected, "en")}.`,
    max_sum_mismatch: (f) =>
      `The maximum${of(f)} reads ${valueText(f.actual, "en")} but the maxima of ${childrenOf(f)} add up to ` +
      `${valueText(f.expected, "en")} (${cellText(f)}).`,
    score_sum_mismatch: (f) =>
      `The score${of(f)} reads ${valueText(f.actual, "en")} but the scores of ${childrenOf(f)} add up to ` +
      `${valueText(f.expected, "en")} (${cellText(f)}).`,
    total_max_mismatch: (f) =>
      `The areas' maxima add up to ${valueText(f.expected, "en")} but the total row says ${valueText(f.actual, "en")} ` +
      `(${cellText(f)}).`,
    total_score_mismatch: (f) =>
      `The areas' scores add up to ${valueText(f.expected, "en")} but the total row says ${valueText(f.actual, "en")} ` +
      `(${cellText(f)}).`,
    duplicate_code: (f) => `Code ${f.criterion ?? ""}${written(f)} appears twice: it is used again in ${cellText(f)}.`,
    orphan_code: (f) => {
      const parent = parentCodeOf(f);
      return `${capital(name(f))} (${cellText(f)}) has no parent criterion${parent ? ` ${parent}` : ""} in the table.`;
    },
    missing_score: (f) => `${capital(name(f))} has a maximum but no score (${cellText(f)}).`,
    missing_reason: (f) => `${capital(name(f))} lost points${scored(f)} but gives no reason (${cellText(f)}).`,
    not_assessed: (f) =>
      `${capital(name(f))} was not assessed (cell ${cellText(f)} says "${valueText(f.actual)}"): it counts in neither ` +
      "the maximum nor the score.",
    unmatched_score: (f) =>
      `The score row with code ${f.criterion ?? ""}${written(f)} (${cellText(f)}) matches no criterion in the criteria sheet.`,
    unreadable_row: (f) =>
      `Row ${f.cell.row + 1} of sheet ${f.cell.sheet} (${cellText(f)}) is neither a criterion, a note nor a total ` +
      `row, so it was skipped${quoted(f)}.`,
    legacy_text_converted: (f) =>
      `Text typed in the ${String(f.expected ?? "")} encoding was read as Unicode (from ${cellText(f)}); cells of ` +
      `sheet ${f.cell.sheet}: ${String(f.actual ?? "")}.`,
    framework_missing: (f) =>
      `The framework has ${name(f)}${titled(f.expected)} but the scoring table does not (nearest: ${cellText(f)}).`,
    framework_extra: (f) => `${capital(name(f))}${titled(f.actual)} (${cellText(f)}) is not in the framework.`,
    framework_max_mismatch: (f) =>
      `The maximum${of(f)} is ${f.actual === null ? "blank" : valueText(f.actual, "en")} but the framework sets ` +
      `${valueText(f.expected, "en")} (${cellText(f)}).`,
    framework_total_mismatch: (f) =>
      `The areas' maxima add up to ${valueText(f.actual, "en")} but the framework's total is ${valueText(f.expected, "en")} ` +
      `(${cellText(f)}).`,
    framework_title_mismatch: (f) =>
      `The title of ${name(f)} (${cellText(f)}) differs from the framework: the table says "${fullText(f.actual)}", ` +
      `the framework "${fullText(f.expected)}".`,
    second_table_ignored: (f) =>
      `Sheet ${f.cell.sheet} has a second table beside the scoring table, starting at ${cellText(f)}${quoted(f)}; ` +
      `only the left table is read and this one is ignored (move it to a sheet of its own to use it).`,
  },
  problems: {
    sheet_not_found: (p) =>
      `${p.sheet ? `Sheet "${p.sheet}"` : "The chosen sheet"} was not found in the file; ` +
      (p.examined.length > 0 ? `its sheets are: ${sheetList(p.examined)}.` : "the file has no sheets."),
    no_scoring_table: (p) =>
      `No scoring table found ${p.sheet ? `in sheet "${p.sheet}"` : `in the file: ${examined(p)}`}; ` +
      'looked for a header row with a "Điểm tối đa" (maximum) column and a score column (self-assessed/appraised).',
    no_score_column: (p) =>
      `${place(p)} no score column: looked for "Điểm tự đánh giá" (or "Điểm tự chấm"), "Điểm thẩm định" ` +
      '(or "Điểm đạt được").',
    no_max_column: (p) => `${place(p)} no "Điểm tối đa" (maximum) column, so deductions cannot be found.`,
    no_code_column: (p) =>
      `${place(p)} no criterion code column ("TT", "STT" or "Mã") and the titles carry no code ` +
      '(such as "Tiêu chí 1.2: …").',
  },
};

/** "area 2", "criterion 2.6", or "this row" when the finding names no criterion. */
function name(f: Finding): string {
  if (!f.criterion) return "this row";
  return `${isAreaCode(f.criterion) ? "area" : "criterion"} ${f.criterion}`;
}

function of(f: Finding): string {
  return f.criterion ? ` of ${name(f)}` : "";
}

function inParens(f: Finding): string {
  return f.criterion ? ` (${name(f)})` : "";
}

/** The children a parent's sum is made of: an area holds criteria, a criterion holds sub-criteria. */
function childrenOf(f: Finding): string {
  return f.criterion && isAreaCode(f.criterion) ? "its criteria" : "its sub-criteria";
}

/** " (1,42/1,5)" when the finding carries the score and the maximum. */
function scored(f: Finding): string {
  return typeof f.actual === "number" && typeof f.expected === "number" ? ` (${formatScore(f.actual, f.expected, "en")})` : "";
}

/** " (written "1")" when the sheet wrote the code differently from its normalised form. */
function written(f: Finding): string {
  const text = writtenCodeOf(f);
  return text ? ` (written "${text}")` : "";
}

function quoted(f: Finding): string {
  const text = valueText(f.actual, "en");
  return text ? `: "${text}"` : "";
}

function titled(value: Finding["actual"]): string {
  const text = fullText(value);
  return text ? ` "${text}"` : "";
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The subject of "… has no X column", verb included. */
function place(p: SetupProblem): string {
  if (p.sheet) return `Sheet "${p.sheet}" has`;
  return p.examined.length > 0 ? `The sheets examined (${sheetList(p.examined)}) have` : "The file has";
}

function examined(p: SetupProblem): string {
  return p.examined.length > 0 ? `examined sheets ${sheetList(p.examined)}` : "the file has no sheets";
}
