import type { SetupProblem, SetupProblemCode } from "./options";
import { describeFinding, describeProblem } from "./describe";
import type { Finding, FindingCode } from "./finding";
import type { Lang } from "./lang";
import { at } from "../../../test/helpers/tree";

/** One realistic finding per code; a Record so that a new code fails to compile here until it has a sample. */
const samples: Record<FindingCode, Finding> = {
  score_not_number: { code: "score_not_number", severity: "error", cell: at("E", 12), criterion: "2.6.1", actual: "đạt" },
  max_not_number: { code: "max_not_number", severity: "error", cell: at("C", 12), criterion: "2.6.1", actual: "1,4,2" },
  formula_error: { code: "formula_error", severity: "error", cell: at("E", 12), criterion: "2.6.1", actual: "#REF!" },
  score_negative: { code: "score_negative", severity: "error", cell: at("E", 12), criterion: "2.6.1", expected: 0, actual: -0.25 },
  score_above_max: { code: "score_above_max", severity: "error", cell: at("E", 12), criterion: "1.2", expected: 1.5, actual: 1.62 },
  max_sum_mismatch: { code: "max_sum_mismatch", severity: "error", cell: at("C", 20), criterion: "2.6", expected: 2.5, actual: 3 },
  score_sum_mismatch: { code: "score_sum_mismatch", severity: "error", cell: at("E", 20), criterion: "2", expected: 8.92, actual: 9.5 },
  total_max_mismatch: { code: "total_max_mismatch", severity: "error", cell: at("C", 40), expected: 100, actual: 99.5 },
  total_score_mismatch: { code: "total_score_mismatch", severity: "error", cell: at("E", 40), expected: 93.13, actual: 93.43 },
  duplicate_code: { code: "duplicate_code", severity: "error", cell: at("A", 15), criterion: "2.1", actual: "1" },
  orphan_code: { code: "orphan_code", severity: "error", cell: at("A", 15), criterion: "2.6.1", expected: "2.6" },
  missing_score: { code: "missing_score", severity: "error", cell: at("E", 15), criterion: "2.6.1" },
  missing_reason: { code: "missing_reason", severity: "warning", cell: at("F", 12), criterion: "1.2", expected: 1.5, actual: 1.42 },
  not_assessed: { code: "not_assessed", severity: "info", cell: at("C", 14), criterion: "6.3", actual: "KĐG" },
  unmatched_score: { code: "unmatched_score", severity: "error", cell: at("A", 30), criterion: "2.9", actual: "2.9" },
  unreadable_row: { code: "unreadable_row", severity: "warning", cell: at("A", 33), actual: "Ghi chú: xem phụ lục" },
  legacy_text_converted: { code: "legacy_text_converted", severity: "info", cell: at("B", 1), expected: "TCVN3", actual: "B1:G1, B5" },
  framework_missing: { code: "framework_missing", severity: "error", cell: at("A", 20), criterion: "2.6.3", expected: "Công khai TTHC" },
  framework_extra: { code: "framework_extra", severity: "error", cell: at("A", 21), criterion: "2.6.4", actual: "Tiêu chí tự thêm" },
  framework_max_mismatch: { code: "framework_max_mismatch", severity: "error", cell: at("C", 12), criterion: "1.2", expected: 1.5, actual: 2 },
  framework_total_mismatch: { code: "framework_total_mismatch", severity: "error", cell: at("C", 40), expected: 80, actual: 80.5 },
  framework_title_mismatch: {
    code: "framework_title_mismatch",
    severity: "warning",
    cell: at("A", 8),
    criterion: "1.2",
    expected: "Mức độ hoàn thành kế hoạch cải cách hành chính năm của cơ quan, đơn vị",
    actual: "Mức độ thực hiện kế hoạch cải cách hành chính năm của cơ quan, đơn vị",
  },
  second_table_ignored: { code: "second_table_ignored", severity: "warning", cell: at("F", 3), actual: "TT" },
};

/** The finding's figures as each language writes them: decimal comma in Vietnamese, decimal point in English. */
const numbersOf = (finding: Finding, lang: Lang) =>
  [finding.expected, finding.actual]
    .filter((v): v is number => typeof v === "number")
    .map((v) => (lang === "en" ? String(v) : String(v).replace(".", ",")));

describe.each<Lang>(["vi", "en"])("describeFinding (%s)", (lang) => {
  it.each(Object.values(samples))("$code names the cell, the criterion and the figures", (finding) => {
    const text = describeFinding(finding, lang);
    expect(text).toContain(`Điểm!${"ABCDEF"[finding.cell.col]}${finding.cell.row + 1}`);
    if (finding.criterion) expect(text).toContain(finding.criterion);
    for (const number of numbersOf(finding, lang)) expect(text).toContain(number);
    if (typeof finding.actual === "string") expect(text).toContain(finding.actual);
    expect(text).not.toMatch(/undefined|NaN|null|\[object/);
    expect(text).not.toMatch(/\d[.,]\d{3,}/);
  });
});

describe("describeFinding", () => {
  it("speaks Vietnamese by default and English on request", () => {
    const finding = samples.total_score_mismatch;
    expect(describeFinding(finding)).toBe(describeFinding(finding, "vi"));
    expect(describeFinding(finding)).toMatch(/Tổng điểm/);
    expect(describeFinding(finding, "en")).not.toBe(describeFinding(finding));
  });

  it("writes figures with a decimal comma and no float noise", () => {
    const noisy: Finding = { ...samples.score_sum_mismatch, expected: 0.1 + 0.2, actual: 1.4200000001 };
    const text = describeFinding(noisy);
    expect(text).toContain("0,3");
    expect(text).toContain("1,42");
    expect(text).not.toContain("0,30000");
  });

  it("shows a missing reason's score over its maximum (1,42/1,5; in English 1.42/1.5)", () => {
    expect(describeFinding(samples.missing_reason)).toContain("1,42/1,5");
    expect(describeFinding(samples.missing_reason, "en")).toContain("1.42/1.5");
  });

  it("names the missing parent of an orphan code, given or derived", () => {
    expect(describeFinding(samples.orphan_code)).toContain(" 2.6 ");
    const derived: Finding = { ...samples.orphan_code, criterion: "3.1.2", expected: undefined };
    expect(describeFinding(derived, "en")).toContain(" 3.1 ");
  });

  it("shows a code written differently in the sheet once, beside the normalised code", () => {
    expect(describeFinding(samples.duplicate_code)).toMatch(/2\.1 \(ghi «1»\)/);
    expect(describeFinding(samples.unmatched_score)).not.toContain("«2.9»");
  });

  it("still reads well for a finding without criterion or figures", () => {
    const bare: Finding = { code: "missing_score", severity: "error", cell: at("E", 9) };
    for (const lang of ["vi", "en"] as const) {
      const text = describeFinding(bare, lang);
      expect(text).toContain("Điểm!E9");
      expect(text).not.toMatch(/undefined|null|NaN/);
    }
  });
});

const problemCodes: Record<SetupProblemCode, true> = {
  sheet_not_found: true,
  no_scoring_table: true,
  no_score_column: true,
  no_max_column: true,
  no_code_column: true,
};

describe.each<Lang>(["vi", "en"])("describeProblem (%s)", (lang) => {
  it.each(Object.keys(problemCodes) as SetupProblemCode[])("%s names the sheet concerned", (code) => {
    const problem: SetupProblem = { code, sheet: "Bảng điểm", examined: ["Hướng dẫn", "Bảng điểm"] };
    const text = describeProblem(problem, lang);
    expect(text).toContain("Bảng điểm");
    expect(text).not.toMatch(/undefined|null|NaN/);
  });

  it.each(Object.keys(problemCodes) as SetupProblemCode[])("%s names the sheets examined when none is named", (code) => {
    const text = describeProblem({ code, examined: ["Hướng dẫn", "Tổng hợp"] }, lang);
    expect(text).toContain("Hướng dẫn, Tổng hợp");
    expect(text).not.toMatch(/undefined|null|NaN|«»|""/);
  });

  it("says what a scoring table needs: a maximum column and a score column", () => {
    const text = describeProblem({ code: "no_scoring_table", examined: ["A", "B"] }, lang);
    expect(text).toContain("A, B");
    expect(text).toContain("Điểm tối đa");
  });

  it("copes with a file without sheets", () => {
    const text = describeProblem({ code: "no_scoring_table", examined: [] }, lang);
    expect(text.length).toBeGreaterThan(20);
    expect(text).not.toMatch(/undefined|null|\(\)/);
  });
});
