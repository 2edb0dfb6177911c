/**
 * Office host on the strict fake Excel: round trips (context.sync calls) and request/response sizes for reading a
 * 5,000-criteria workbook, highlighting its deductions and writing GIẢI PHÁP, and for a GIẢI PHÁP over 5 MB
 * (written in chunks), and for reading a workbook with a huge unrelated sheet. Budgets: read ≤ 2 syncs, highlight +
 * GIẢI PHÁP ≤ 3 syncs, every request and response < 5 MB.
 */
import { createFakeExcel, FIVE_MB, type FakeExcel } from "../test/fakeExcel";
import { largeScoringWorkbook } from "../test/helpers/largeScoringWorkbook";
import { analyzeWorkbook, layoutRemediationSheet, planHighlight, planRemediation, type RemediationSheetLayout, type WorkbookSnapshot } from "../src/domain";
import { createOfficeHost } from "../src/hosts/office/officeHost";

const CRITERIA = 5_000;

interface Step {
  step: string;
  syncs: number;
  budget: number;
  requestKB: number;
  maxRequestKB: number;
  responseKB: number;
  maxResponseKB: number;
}

function measure(fake: FakeExcel, step: string, budget: number): Step {
  const syncs = fake.stats.syncs;
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  const row = {
    step,
    syncs: fake.stats.syncCount,
    budget,
    requestKB: kb(syncs.reduce((s, r) => s + r.requestBytes, 0)),
    maxRequestKB: kb(Math.max(0, ...syncs.map((r) => r.requestBytes))),
    responseKB: kb(syncs.reduce((s, r) => s + r.responseBytes, 0)),
    maxResponseKB: kb(Math.max(0, ...syncs.map((r) => r.responseBytes))),
  };
  fake.stats.reset();
  return row;
}

/** The real layout with its body repeated until the values weigh about 9 MB. */
function oversized(layout: RemediationSheetLayout): RemediationSheetLayout {
  const head = layout.cells.slice(0, layout.headerRow + 1);
  const body = layout.cells.slice(layout.headerRow + 1);
  const copies = Math.ceil((9 * 1024 * 1024) / Math.max(1, JSON.stringify(body).length * 1.3));
  return { ...layout, cells: [...head, ...Array.from({ length: copies }, () => body).flat()] };
}

/** The workbook with a first sheet of `rows` × `cols` Vietnamese text cells (about 40 bytes each). */
function withUnrelatedSheet(book: WorkbookSnapshot, rows: number, cols: number): WorkbookSnapshot {
  const values = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `Dữ liệu nhập dòng ${r + 1}, cột ${c + 1}`));
  return { sheets: [{ name: "Dữ liệu thô", origin: { row: 0, col: 0 }, values, merges: [] }, ...book.sheets] };
}

export async function run(): Promise<void> {
  const fake = createFakeExcel(largeScoringWorkbook(CRITERIA));
  const host = createOfficeHost(fake.excel, fake.office);
  const rows: Step[] = [];

  const snapshot = await host.readWorkbook();
  rows.push(measure(fake, `read ${CRITERIA.toLocaleString("en")} criteria`, 2));
  const result = analyzeWorkbook(snapshot);
  if (!result.ok) throw new Error(`office bench: workbook not recognised (${result.problem.code})`);
  const plan = planHighlight(result.analysis, snapshot);
  const layout = layoutRemediationSheet(planRemediation(result.analysis, { year: 2025 }));

  await host.applyHighlight(plan);
  const highlight = measure(fake, `highlight (${plan.rules.length} rules)`, 2);
  await host.writeRemediation(layout);
  const write = measure(fake, `GIẢI PHÁP (${layout.cells.length} rows)`, 1);
  rows.push(highlight, write, { ...highlight, step: "highlight + GIẢI PHÁP", syncs: highlight.syncs + write.syncs, budget: 3, requestKB: highlight.requestKB + write.requestKB, maxRequestKB: Math.max(highlight.maxRequestKB, write.maxRequestKB), responseKB: highlight.responseKB + write.responseKB, maxResponseKB: Math.max(highlight.maxResponseKB, write.maxResponseKB) });

  const big = oversized(layout);
  await host.writeRemediation(big);
  const chunked = measure(fake, `GIẢI PHÁP over 5 MB (${big.cells.length} rows, chunked)`, Number.NaN);
  rows.push(chunked);
  await host.clearHighlight();
  rows.push(measure(fake, "clear highlight", 3));

  // A huge unrelated sheet beside an ordinary scoring sheet: read in its bounded window only, still 2 syncs.
  const withHuge = withUnrelatedSheet(largeScoringWorkbook(300), 30_000, 8);
  const hugeFake = createFakeExcel(withHuge);
  await createOfficeHost(hugeFake.excel, hugeFake.office).readWorkbook();
  rows.push(measure(hugeFake, "read 300 criteria + a 30,000 × 8 unrelated sheet", 2));

  console.log("\nOffice host on the strict fake Excel (syncs = context.sync round trips; KB = UTF-8 JSON of the requests)");
  console.table(
    rows.map((r) => ({
      step: r.step,
      syncs: r.syncs,
      budget: Number.isNaN(r.budget) ? "chunks" : `≤ ${r.budget}`,
      "request KB": r.requestKB,
      "largest request KB": r.maxRequestKB,
      "response KB": r.responseKB,
      "largest response KB": r.maxResponseKB,
      verdict: (Number.isNaN(r.budget) || r.syncs <= r.budget) && Math.max(r.maxRequestKB, r.maxResponseKB) * 1024 < FIVE_MB ? "PASS" : "MISS",
    })),
  );
}
