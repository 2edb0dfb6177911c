import { analyzeWorkbook, formatCellRef, type Analysis } from "../src/domain";
import { listGridFixtures, loadGridFixture, type FixtureExpect } from "./helpers/gridFixture";

// Script Lab's trick: every fixture runs through the whole engine; `error.*` ones must be flagged, the rest must pass.
describe.each(listGridFixtures())("grid fixture %s", (name) => {
  const { fixture, workbook } = loadGridFixture(name);
  const result = analyzeWorkbook(workbook, fixture.options);

  it("finds a scoring table", () => {
    expect(result.ok ? "ok" : result.problem).toBe("ok");
  });

  const analysis = result.ok ? result.analysis : null;
  const errors = analysis?.findings.filter((finding) => finding.severity === "error").map(label) ?? [];

  if (name.startsWith("error.")) {
    it("gives at least one error finding", () => expect(errors.length).toBeGreaterThan(0));
  } else {
    it("gives no error finding", () => expect(errors).toEqual([]));
  }

  if (fixture.expect && analysis) checkExpectations(fixture.expect, analysis);
});

function checkExpectations(want: FixtureExpect, analysis: Analysis): void {
  it("reads what a reviewer reads", () => {
    const { source } = analysis;
    if (want.kind) expect(source.kind).toBe(want.kind);
    if (want.sheet) expect(source.kind === "single" ? source.table.sheet : null).toBe(want.sheet);
    if (want.criteriaSheet) expect(source.kind === "split" ? source.criteria.sheet : null).toBe(want.criteriaSheet);
    if (want.scoresSheet) expect(source.kind === "split" ? source.scores.sheet : null).toBe(want.scoresSheet);
    if (want.candidateSheets) expect(analysis.candidateSheets).toEqual(want.candidateSheets);
    if (want.scoreSource) expect(analysis.scoreSource).toBe(want.scoreSource);
    if (want.areas !== undefined) expect(analysis.areas).toHaveLength(want.areas);
    if (want.totalMax !== undefined) expect(analysis.totals.max).toBeCloseTo(want.totalMax, 2);
    if (want.totalScore !== undefined) expect(analysis.totals.score).toBeCloseTo(want.totalScore, 2);
    if (want.statedMax !== undefined) expect(analysis.totals.stated?.max ?? null).toBe(want.statedMax);
    if (want.statedScore !== undefined) expect(analysis.totals.stated?.score ?? null).toBe(want.statedScore);
    if (want.adjustments !== undefined) expect(analysis.totals.adjustments).toBeCloseTo(want.adjustments, 2);
  });

  if (want.areaScores) {
    it("reads each area's score and maximum", () => {
      const read = Object.fromEntries(analysis.areas.map((area) => [area.code, [area.score, area.max]]));
      expect(read).toEqual(want.areaScores);
    });
  }
  if (want.leafDeductions) {
    it("lists the deducted leaves", () => {
      expect(analysis.deductions.filter((d) => d.leaf).map((d) => d.code)).toEqual(want.leafDeductions);
    });
  }
  if (want.findings) {
    it("gives exactly the expected findings", () => {
      expect(analysis.findings.map(label).sort()).toEqual([...want.findings!].sort());
    });
  }
}

function label(finding: { code: string; cell: Parameters<typeof formatCellRef>[0] }): string {
  return `${finding.code}@${formatCellRef(finding.cell)}`;
}
