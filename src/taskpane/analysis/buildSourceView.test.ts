import type { Analysis } from "../../domain";
import { sheet, workbook } from "../../../test/helpers/grid";
import { sampleAnalysis } from "../testing/sampleWorkbook";
import { buildSourceView } from "./buildSourceView";

// A two-row header: "Điểm đánh giá" merged over D3:E3, with "Tự đánh giá | Thẩm định" below it.
const twoRowHeader = workbook(
  sheet("Ẩn", [["x"]]),
  sheet("Điểm", [
    ["BẢNG ĐIỂM"],
    [],
    ["TT", "Nội dung", "Điểm tối đa", "Điểm đánh giá", null, "Ghi chú"],
    [null, null, null, "Tự đánh giá", "Thẩm định", null],
    ["1", "Chỉ đạo", 10, 9, 8.92, "lý do"],
  ], { merges: ["D3:E3", "A3:A4"] }),
  sheet("Khác", [["y"]]),
);
twoRowHeader.sheets[0].hidden = true;

function analysisOfTwoRowHeader(): Analysis {
  const analysis = sampleAnalysis();
  analysis.source = {
    kind: "single",
    table: { sheet: "Điểm", headerTop: 2, headerBottom: 3, firstDataRow: 4, lastDataRow: 4,
      columns: { code: 0, title: 1, max: 2, self: 3, appraised: [4], reason: 5 } },
  };
  return analysis;
}

test("column choices carry the text of every header row, a merged header counting for each column it spans", () => {
  const view = buildSourceView(twoRowHeader, { ok: true, analysis: analysisOfTwoRowHeader() }, {});
  const [mapping] = view.mappings;
  expect(mapping.choices.map((c) => `${c.letters}=${c.header}`)).toEqual([
    "A=TT", "B=Nội dung", "C=Điểm tối đa", "D=Điểm đánh giá / Tự đánh giá", "E=Điểm đánh giá / Thẩm định", "F=Ghi chú",
  ]);
  expect(mapping.fields.find((f) => f.role === "appraised")).toEqual({ role: "appraised", cols: [4], multiple: true });
});

test("the sheet list puts the candidates first and leaves hidden sheets out", () => {
  const analysis = analysisOfTwoRowHeader();
  analysis.candidateSheets = ["Điểm"];
  expect(buildSourceView(twoRowHeader, { ok: true, analysis }, {}).sheets).toEqual(["Điểm", "Khác"]);
});

test("after a setup problem the choices come from the options and the problem's sheet", () => {
  const problem = { code: "no_score_column" as const, sheet: "Khác", examined: ["Khác"] };
  const view = buildSourceView(twoRowHeader, { ok: false, problem }, { score: "self" });
  expect(view).toEqual({ sheets: ["Điểm", "Khác"], sheet: "Khác", scoreSource: "self", mappings: [],
    criteriaSheet: undefined, scoresSheet: undefined });
});
