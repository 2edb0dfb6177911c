import { createFakeExcel } from "../../test/fakeExcel";
import { loadGridFixture } from "../../test/helpers/gridFixture";
import { formatCellRef, layoutRemediationSheet, parseA1, planHighlight, toA1, type Analysis } from "../domain";
import { createOfficeHost } from "./office/officeHost";
import { analyzeOpenWorkbook, createRemediationSheet, highlightDeductions, previewRemediation } from "./workbookActions";

/** The user's three actions end to end: real engine, Office host, strict fake Excel holding a real layout. */

function setUp(fixture: string) {
  const { workbook } = loadGridFixture(fixture);
  const fake = createFakeExcel(workbook);
  return { fake, host: createOfficeHost(fake.excel, fake.office) };
}

async function analyse(host: ReturnType<typeof createOfficeHost>): Promise<{ analysis: Analysis; snapshot: Awaited<ReturnType<typeof analyzeOpenWorkbook>>["snapshot"] }> {
  const { snapshot, result } = await analyzeOpenWorkbook(host);
  if (!result.ok) throw new Error(`analysis failed: ${result.problem.code}`);
  return { analysis: result.analysis, snapshot };
}

/** True when the A1 cell lies inside an "E6:E120"-style range. */
function covers(range: string, a1: string): boolean {
  const [from, to = from] = range.split(":").map((part) => parseA1(part)!);
  const at = parseA1(a1)!;
  return at.col >= from.col && at.col <= to.col && at.row >= from.row && at.row <= to.row;
}

describe("workbook actions over the Office host (seed 000 layout)", () => {
  it("checks, highlights, writes GIẢI PHÁP, selects a cell and clears, within the sync budgets", async () => {
    const { fake, host } = setUp("seed000-two-row-header.json");

    const { analysis, snapshot } = await analyse(host);
    expect(fake.stats.syncCount).toBe(2);
    expect([analysis.totals.score, analysis.totals.max]).toEqual([75.25, 80]);
    expect(analysis.areas.find((a) => a.code === "1")).toMatchObject({ score: 8.92, max: 10 });
    fake.stats.reset();

    const ruleCount = await highlightDeductions(host, analysis, snapshot);
    const table = previewRemediation(analysis, snapshot, { year: 2021 });
    const { sheetName } = await createRemediationSheet(host, analysis, snapshot, { year: 2021 });
    expect(fake.stats.syncCount).toBeLessThanOrEqual(3);

    // Every deducted leaf's score cell is under one of the add-in's conditional formats on its sheet.
    const formats = fake.workbook.conditionalFormats(analysis.deductions[0].cell.sheet);
    expect(formats).toHaveLength(ruleCount);
    for (const deduction of analysis.deductions.filter((d) => d.leaf)) {
      expect(formats.some((f) => covers(f.range, toA1(deduction.cell.row, deduction.cell.col)))).toBe(true);
    }

    expect(sheetName).toBe("GIẢI PHÁP");
    const expected = layoutRemediationSheet(table).cells.map((row) => row.map((v) => (v === "" ? null : v)));
    expect(fake.workbook.values(sheetName, `A1:E${expected.length}`)).toEqual(expected);
    const area1 = fake.workbook.values(sheetName, "B5")[0][0] as string;
    expect(area1).toMatch(/^Tiêu chí 1: .*8,92\/10 điểm/);
    expect(area1).toMatch(/\n- Tiêu chí 1\.2: .*1,42\/1,5 điểm/);
    expect(fake.workbook.formulas(sheetName)).toEqual({});
    expect(fake.workbook.activeSheet()).toBe(sheetName);

    const target = analysis.deductions[0].cell;
    await host.selectCell(target);
    expect(fake.workbook.selection()).toBe(formatCellRef(target));

    expect(await host.clearHighlight()).toBe(ruleCount);
    expect(fake.workbook.conditionalFormats(target.sheet)).toEqual([]);
  });

  it("colours the cells of error findings too, on the seed 004 total mismatch", async () => {
    const { fake, host } = setUp("error.seed004-total-mismatch.json");
    const { analysis, snapshot } = await analyse(host);
    const plan = planHighlight(analysis, snapshot);

    await highlightDeductions(host, analysis, snapshot);

    const written = plan.rules.map((r) => ({ range: r.range, formula: r.formula, fill: r.fill.toUpperCase() }));
    const sheets = [...new Set(plan.rules.map((r) => r.sheet))];
    const found = sheets.flatMap((s) => fake.workbook.conditionalFormats(s).map(({ range, formula, fill }) => ({ range, formula, fill })));
    expect(found).toEqual(written);
    expect(plan.rules.some((r) => r.purpose === "error")).toBe(true);
  });
});
