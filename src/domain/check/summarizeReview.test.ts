import type { UnitReview } from "../base/review";
import { summarizeReview } from "./summarizeReview";

function unit(name: string, index: number, deductions: [string, number][] = [], status: UnitReview["status"] = "ok"): UnitReview {
  return {
    file: `${name}.xlsx`,
    unit: name,
    status,
    sheet: "Điểm",
    score: index,
    max: 100,
    index,
    areas: [{ code: "10", title: "Mười", score: 1, max: 1 }, { code: "2", title: "Hai", score: 1, max: 1 }],
    errors: status === "errors" ? 1 : 0,
    warnings: 0,
    findings: [],
    deductions: deductions.map(([code, lost]) => ({ code, title: `Tiêu chí ${code}`, max: 2, score: 2 - lost, lost })),
  };
}

describe("summarizeReview", () => {
  it("ranks by index, ties sharing a rank and the next rank skipping; unusable files last without a rank", () => {
    const review = summarizeReview([
      unit("C", 90),
      { ...unit("Hỏng", 0), status: "unusable", reason: "không đọc được" },
      unit("A", 95.5),
      unit("B", 95.5, [], "errors"),
      unit("D", 91.004),
    ]);
    expect(review.units.map((u) => [u.unit, u.rank])).toEqual([["A", 1], ["B", 1], ["D", 3], ["C", 4], ["Hỏng", null]]);
    expect(review.areas.map((a) => a.code)).toEqual(["2", "10"]);
  });

  it("tallies deducted criteria: most units first, then most points, then code order", () => {
    const review = summarizeReview([
      unit("A", 90, [["1.2", 0.5], ["2.10", 1], ["2.9", 1]]),
      unit("B", 80, [["1.2", 0.25], ["3.1", 2]]),
      unit("C", 70, [["2.9", 1], ["2.10", 1]]),
    ]);
    expect(review.deducted.map((d) => [d.code, d.units, d.lost, d.average, d.unitNames.join(",")])).toEqual([
      ["2.9", 2, 2, 1, "A,C"],
      ["2.10", 2, 2, 1, "A,C"],
      ["1.2", 2, 0.75, 0.38, "A,B"],
      ["3.1", 1, 2, 2, "B"],
    ]);
  });
});
