/**
 * THE real-browser test: the production build's task pane, served on 127.0.0.1 and opened in headless Chromium
 * (found or installed by `npm test`'s setup step, through playwright-core), with office/office.js replaced by the strict fake Excel
 * holding samples/so-ngoai-vu-2020.xlsx. It checks the workbook, reads the areas and findings, clicks one to select
 * its cell, creates the GIẢI PHÁP sheet and reads it back from the fake; the screenshots go to
 * test-artifacts/taskpane.png (whole pane) and taskpane-top.png (the first screen). The same build and browser
 * also open the ribbon's result dialog page.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { analyzeWorkbook, layoutRemediationSheet, toA1, type Analysis, type CellRef, type RemediationTable, type WorkbookSnapshot } from "../../src/domain";
import { runCheck } from "../../src/commands/runCommand";
import { reportUrl } from "../../src/commands/reportUrl";
import { previewRemediation } from "../../src/hosts/workbookActions";
import type { WorkbookHost } from "../../src/hosts/workbookHost";
import { openXlsxFile as readXlsxFile } from "../../src/hosts/xlsx/xlsxFile";
import { buildResultView } from "../../src/taskpane/analysis/buildResultView";
import { vi } from "../../src/taskpane/strings/vi";
import { buildAddin, pageScripts } from "../../scripts/buildAddin";
import type { WorkbookInspector } from "../fakeExcel";
import { launchBrowser } from "../helpers/launchBrowser";
import { unzipDocx } from "../helpers/docxInspect";
import { bundleFakeOffice } from "./bundleFakeOffice";
import { serveDirectory, type StaticServer } from "./serveDirectory";

const REPO_ROOT = resolve(__dirname, "..", "..");
const SAMPLE = join(REPO_ROOT, "samples", "so-ngoai-vu-2020.xlsx");
const SCREENSHOT = join(REPO_ROOT, "test-artifacts", "taskpane.png");
const YEAR = 2021;
const SHEET = "GIẢI PHÁP";

jest.setTimeout(180_000);

let outDir: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let fakeOffice: string;
let snapshot: WorkbookSnapshot;
let analysis: Analysis;

beforeAll(async () => {
  if (!existsSync(SAMPLE)) throw new Error(`Sample workbook missing: ${SAMPLE} (made by scripts/makeSamples.ts)`);
  snapshot = (await readXlsxFile(SAMPLE)).snapshot;
  const result = analyzeWorkbook(snapshot);
  if (!result.ok) throw new Error(`the sample cannot be analysed: ${result.problem.code}`);
  analysis = result.analysis;
  outDir = mkdtempSync(join(tmpdir(), "cchc-e2e-"));
  [, fakeOffice] = await Promise.all([buildAddin(outDir), bundleFakeOffice()]);
  server = await serveDirectory(outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** Opens the built task pane with the fake Excel in place of office.js; collects uncaught page errors. */
async function openPane(errors: string[]): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width: 380, height: 900 } });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript((data: string) => {
    (window as unknown as { __CCHC_SNAPSHOT__: unknown }).__CCHC_SNAPSHOT__ = JSON.parse(data);
  }, JSON.stringify(snapshot));
  await page.route("**/office/office.js", (route) => route.fulfill({ contentType: "application/javascript", body: fakeOffice }));
  await page.goto(`${server!.url}/taskpane.html`);
  return page;
}

type FakeWorkbookInspector = Pick<WorkbookInspector, "sheetNames" | "activeSheet" | "selection" | "values">;

/** What the fake workbook holds, read inside the page through its inspection helpers (test/fakeExcel). */
function inspect<M extends keyof FakeWorkbookInspector>(page: Page, method: M, ...args: string[]): Promise<ReturnType<FakeWorkbookInspector[M]>> {
  return page.evaluate(([name, values]) => {
    const workbook = (window as unknown as { __fakeExcel: { workbook: Record<string, (...a: string[]) => unknown> } }).__fakeExcel.workbook;
    return workbook[name](...values);
  }, [method, args] as const) as Promise<ReturnType<FakeWorkbookInspector[M]>>;
}

/** Polls until `read` gives `expected` (or 10 s pass), then returns the last value for the assertion. */
async function settle<T>(read: () => Promise<T>, expected: T): Promise<T> {
  const deadline = Date.now() + 10_000;
  let value = await read();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((wait) => setTimeout(wait, 100));
    value = await read();
  }
  return value;
}

function selectionOf(cell: CellRef): string {
  return `${cell.sheet}!${toA1(cell.row, cell.col)}`;
}

/** The GIẢI PHÁP table the pane must plan with its default options and the year set to YEAR. */
function plannedTable(): RemediationTable {
  return previewRemediation(analysis, snapshot, {
    year: YEAR,
    appraisedYear: YEAR - 1,
    defaultDeadline: vi.defaultDeadlineValue,
    includeFullMarkAreas: true,
  });
}

it("checks the sample in the built task pane, selects a finding's cell and creates the GIẢI PHÁP sheet", async () => {
  const errors: string[] = [];
  const page = await openPane(errors);
  try {
    await useThePane(page);
  } finally {
    // Saved on failure too: the picture of where it stopped is the first thing to look at.
    mkdirSync(join(REPO_ROOT, "test-artifacts"), { recursive: true });
    // What the user sees right after the last click, far down the pane: the outcome must be in view.
    await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, "-after-create.png") });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    // The whole pane is very tall; the top (status, totals, areas) as the user first sees it, at a glance.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT.replace(/\.png$/, "-top.png") });
  }
  expect(errors).toEqual([]);
});

it("the built taskpane.html loads the bundled office.js first, then one task pane script", () => {
  expect(pageScripts(outDir, "taskpane.html")).toEqual(["office/office.js", expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/)]);
  expect(existsSync(join(outDir, "office", "office.js"))).toBe(true);
  expect(pageScripts(outDir, "commands.html")).toEqual(["office/office.js", expect.stringMatching(/^commands\.[0-9a-f]{8}\.js$/)]);
  expect(readFileSync(join(outDir, "manifest.xml"), "utf8")).toContain("https://localhost:3000/commands.html");
});

it("the ribbon's result dialog shows a report in Vietnamese and tells Office when Close is pressed", async () => {
  const report = await runCheck({ host: { readWorkbook: async () => snapshot } as unknown as WorkbookHost, lang: "vi", today: new Date() });
  const page = await browser!.newPage({ viewport: { width: 520, height: 480 } });
  const officeStub = "window.Office = { onReady: () => Promise.resolve({}), context: { ui: { messageParent: (m) => { window.__sent = m; } } } };";
  await page.route("**/office/office.js", (route) => route.fulfill({ contentType: "application/javascript", body: officeStub }));
  await page.goto(reportUrl(`${server!.url}/resultDialog.html`, report));
  await expect(page.getByRole("heading", { name: report.title }).count()).resolves.toBe(1);
  await expect(page.getByRole("listitem").allInnerTexts()).resolves.toEqual(report.lines);
  await page.getByRole("button", { name: "Đóng" }).click();
  await expect(page.evaluate(() => (window as unknown as { __sent?: string }).__sent)).resolves.toBe("close");
  await page.close();
});

async function useThePane(page: Page): Promise<void> {
  const view = buildResultView(analysis, "vi");

  await page.getByRole("button", { name: vi.check, exact: true }).click();

  // The areas: one labelled bar per area, with its score against its maximum.
  const summary = page.getByRole("region", { name: vi.resultHeading });
  await summary.waitFor();
  await expect(summary.getByRole("heading", { name: vi.total(view.scoreText, view.maxText) }).count()).resolves.toBe(1);
  expect(view.areas.length).toBeGreaterThanOrEqual(5);
  await expect(summary.getByRole("progressbar").count()).resolves.toBe(view.areas.length);
  for (const area of view.areas) {
    await expect(summary.getByText(vi.areaLabel(area.code, area.title), { exact: true }).count()).resolves.toBe(1);
  }

  // The findings, then a click that selects the cell in Excel: a finding when there is one, else a deduction.
  const findings = page.getByRole("region", { name: vi.findingsHeading });
  const items = [...view.errors, ...view.warnings];
  for (const item of items) await expect(findings.getByRole("button", { name: item.label, exact: true }).count()).resolves.toBe(1);
  if (items.length === 0) await findings.getByText(vi.noFindings).waitFor();
  const deductions = page.getByRole("region", { name: vi.deductionsHeading });
  expect(view.deductions.length).toBeGreaterThan(0);
  const target = items[0] ?? view.deductions[0];
  const link = items[0]
    ? findings.getByRole("button", { name: items[0].label, exact: true })
    : deductions.getByRole("button", { name: view.deductions[0].code, exact: true });
  await link.click();
  expect(await settle(() => inspect(page, "selection"), selectionOf(target.cell))).toBe(selectionOf(target.cell));

  // GIẢI PHÁP for 2021 (the sample was appraised in 2020): set the year, then create.
  const remediation = page.getByRole("region", { name: vi.remediationHeading });
  const year = remediation.getByRole("spinbutton", { name: vi.remediationYear });
  await year.fill(String(YEAR));
  await year.press("Enter");
  const planned = plannedTable();
  await remediation.getByRole("table", { name: vi.previewHeading(planned.rows.length) }).waitFor();
  await remediation.getByText(planned.subtitle, { exact: true }).waitFor();
  await remediation.getByRole("button", { name: vi.createRemediation }).click();
  await page.getByText(vi.created(SHEET)).waitFor();

  expect(await inspect(page, "sheetNames")).toEqual([...snapshot.sheets.map((s) => s.name), SHEET]);
  expect(await inspect(page, "activeSheet")).toBe(SHEET);
  const expected = layoutRemediationSheet(plannedTable()).cells.slice(0, 5);
  const written = await inspect(page, "values", SHEET, `A1:E${expected.length}`);
  expect(written.map((row) => row.map((value) => (value === null ? "" : value)))).toEqual(expected);
  expect(expected[0][0]).toBe("GIẢI PHÁP");
  expect(expected[1][0]).toContain(`năm ${YEAR}`);
}

it("downloads the Kế hoạch (.docx) from the built pane: the Word writer's chunk loads and Chromium saves the file", async () => {
  const errors: string[] = [];
  const page = await openPane(errors);
  try {
    await page.getByRole("button", { name: vi.check, exact: true }).click();
    const section = page.getByRole("region", { name: vi.planDocumentHeading });
    await section.waitFor();
    await page.getByRole("spinbutton", { name: vi.remediationYear }).fill(String(YEAR));
    await page.getByRole("spinbutton", { name: vi.remediationYear }).press("Enter");
    await section.getByRole("textbox", { name: vi.planDocumentSigner }).fill("Thái Phúc Sơn");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("button", { name: vi.downloadPlanDocument }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ke-hoach-khac-phuc-${YEAR}.docx`);
    const file = join(outDir, "downloaded.docx");
    await download.saveAs(file);
    const xml = unzipDocx(new Uint8Array(readFileSync(file))).get("word/document.xml")!;
    for (const text of ["UBND TỈNH HÀ TĨNH", "SỞ NGOẠI VỤ", "Thái Phúc Sơn", `Hà Tĩnh, ngày … tháng … năm ${YEAR}`, "GIẢI PHÁP"]) {
      expect(xml).toContain(text);
    }
    await section.getByText(vi.downloadOffered(`ke-hoach-khac-phuc-${YEAR}.docx`)).waitFor();
  } finally {
    mkdirSync(join(REPO_ROOT, "test-artifacts"), { recursive: true });
    await page.getByRole("region", { name: vi.planDocumentHeading }).screenshot({ path: SCREENSHOT.replace(/\.png$/, "-docx.png") }).catch(() => undefined);
  }
  expect(errors).toEqual([]);
});
