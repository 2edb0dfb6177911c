import { compareWithFramework } from "./compareWithFramework";
import { formatCellRef } from "../base/cellRef";
import type { Framework } from "../base/framework";
import { parseFrameworkJson } from "./parseFrameworkJson";
import { node, tree } from "../../../test/helpers/tree";

/** Area 1 (10) = 1.1 (4: 1.1.1 2 + 1.1.2 2) + 1.2 (6); area 2 (5) = 2.1 (5). */
const workbookTree = () =>
  tree(
    [
      node("1", {
        title: "Chỉ đạo, điều hành",
        max: 10,
        children: [
          node("1.1", { title: "Kế hoạch CCHC", max: 4, children: [node("1.1.1", { max: 2 }), node("1.1.2", { max: 2 })] }),
          node("1.2", { title: "Mức độ hoàn thành kế hoạch", max: 6 }),
        ],
      }),
      node("2", { title: "Thể chế", max: 5, children: [node("2.1", { title: "Văn bản QPPL", max: 5 })] }),
    ],
    { stated: { max: 15, score: null } },
  );

const framework = (criteria: Framework["criteria"], total: number | null = null): Framework => ({ name: "QĐ", criteria, total });
const same = (): Framework["criteria"] => [
  { code: "1", title: "Chỉ đạo, điều hành", max: 10 },
  { code: "1.1", title: "KẾ HOẠCH  cchc", max: 4 },
  { code: "1.1.1", title: "Tiêu chí 1.1.1", max: 2 },
  { code: "1.1.2", title: "Tiêu chí 1.1.2", max: 2 },
  { code: "1.2", title: "Mức độ hoàn thanh kế hoạch", max: 6 },
  { code: "2", title: "Thể chế", max: 5 },
  { code: "2.1", title: "Văn bản QPPL", max: 5 },
];
const summary = (findings: ReturnType<typeof compareWithFramework>) =>
  findings.map((f) => [f.code, f.severity, f.criterion ?? "", formatCellRef(f.cell), f.expected, f.actual]);

describe("compareWithFramework", () => {
  it("finds nothing when only spacing, case and diacritics differ", () => {
    expect(compareWithFramework(workbookTree(), framework(same(), 15))).toEqual([]);
  });

  it("flags a changed maximum, a missing, an extra and a renamed criterion at the workbook's cells", () => {
    const criteria = same()
      .filter((c) => c.code !== "1.1.2")
      .map((c) => (c.code === "1.2" ? { ...c, max: 5 } : c.code === "2.1" ? { ...c, title: "Kiểm tra văn bản" } : c));
    criteria.splice(5, 0, { code: "1.3", title: "Sáng kiến", max: 1 });
    expect(summary(compareWithFramework(workbookTree(), framework(criteria)))).toEqual([
      ["framework_max_mismatch", "error", "1.2", "Điểm!C10", 5, 6],
      ["framework_missing", "error", "1.3", "Điểm!A6", "Sáng kiến", undefined],
      ["framework_title_mismatch", "warning", "2.1", "Điểm!A12", "Kiểm tra văn bản", "Văn bản QPPL"],
      ["framework_extra", "error", "1.1.2", "Điểm!A9", undefined, "Tiêu chí 1.1.2"],
    ]);
  });

  it("compares an area whose maximum the framework leaves open with the sum of its criteria, and the grand total", () => {
    const criteria = same().map((c) => (c.code === "2" ? { ...c, max: null } : c.code === "2.1" ? { ...c, max: 4 } : c));
    expect(summary(compareWithFramework(workbookTree(), framework(criteria)))).toEqual([
      ["framework_max_mismatch", "error", "2", "Điểm!C11", 4, 5],
      ["framework_max_mismatch", "error", "2.1", "Điểm!C12", 4, 5],
      ["framework_total_mismatch", "error", "", "Điểm!C13", 14, 15],
    ]);
  });

  it("accepts a missing criterion the level does not self-assess, and leaves its area out of the total", () => {
    const criteria = [...same(), { code: "3", title: "Tác động", max: 5, assessed: false }, { code: "3.1", title: "SIPAS", max: 5, assessed: false }];
    expect(compareWithFramework(workbookTree(), framework(criteria, 20))).toEqual([]);
  });
});

describe("parseFrameworkJson", () => {
  it("reads codes as the workbook does (Roman areas) and keeps assessed: false", () => {
    const result = parseFrameworkJson({ name: "Cấp xã 2023", total: 100, criteria: [{ code: "II", title: "Thể chế", max: null }, { code: "2.1", max: 3, assessed: false }] }, "f.json");
    expect(result).toEqual({
      ok: true,
      framework: { name: "Cấp xã 2023", total: 100, criteria: [{ code: "2", title: "Thể chế", max: null }, { code: "2.1", title: "", max: 3, assessed: false }] },
    });
  });

  it.each([
    [{}, "criteria"],
    [{ criteria: [] }, "criteria"],
    [{ criteria: [{ code: "1.1", title: "x" }] }, "criteria[0].max"],
    [{ criteria: [{ code: "abc", max: 1 }] }, "criteria[0].code"],
    [{ criteria: [{ code: "1", max: 1 }, { code: "I", max: 1 }] }, "criteria[1].code"],
    [{ total: "80", criteria: [{ code: "1", max: 1 }] }, "total"],
  ])("names the wrong field of %j", (value, where) => {
    expect(parseFrameworkJson(value, "f.json")).toEqual({ ok: false, where });
  });
});
