import { withColumns, withSheet, withSheetsOf, withSplitSheet } from "./changeOptions";

const detected = { code: 0, title: 1, max: 2, appraised: [4], reason: 5 };

test("another sheet drops the column corrections of the previous one but keeps the score choice", () => {
  expect(withSheet({ score: "self", sheet: "A", columns: { max: 3 } }, "B")).toEqual({ score: "self", sheet: "B" });
});

test("a column correction sends the complete mapping; an empty choice says the role has no column (null)", () => {
  expect(withColumns({}, "columns", detected, "max", [3]).columns).toEqual({ ...detected, max: 3 });
  expect(withColumns({}, "columns", detected, "reason", []).columns).toEqual({ code: 0, title: 1, max: 2, appraised: [4], reason: null });
  expect(withColumns({}, "scoresColumns", detected, "appraised", [6, 4]).scoresColumns?.appraised).toEqual([4, 6]);
});

test("corrections accumulate over the detected mapping", () => {
  const once = withColumns({}, "columns", detected, "max", [3]);
  expect(withColumns(once, "columns", detected, "title", [2]).columns).toEqual({ ...detected, max: 3, title: 2 });
});

test("split sheets are set one at a time and cleared together", () => {
  const criteria = withSplitSheet({ score: "appraised", sheet: "A" }, "criteria", "Tiêu chí");
  expect(criteria).toEqual({ score: "appraised", criteriaSheet: "Tiêu chí" });
  const both = withSplitSheet(criteria, "scores", "Điểm");
  expect(both).toEqual({ score: "appraised", criteriaSheet: "Tiêu chí", scoresSheet: "Điểm" });
  expect(withSplitSheet(withSplitSheet(both, "scores", undefined), "criteria", undefined)).toEqual({ score: "appraised" });
});

test("pinning keeps the sheets the last analysis used", () => {
  expect(withSheetsOf({ score: "self" }, { sheet: "Điểm" })).toEqual({ score: "self", sheet: "Điểm" });
});
