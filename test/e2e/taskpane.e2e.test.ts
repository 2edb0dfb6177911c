/**
 * THE real-browser test: the production build's task pane, served on 127.0.0.1 and opened in headless Chromium
 * (found or installed by `npm test`'s setup step, through playwright-core), with office/office.js replaced by the strict fake Excel
 * holding samples/so-ngoai-vu-2020.xlsx. It checks the workbook, reads the areas and findings, clicks one to select
 * its cell, creates the GIẢI PHÁP sheet and reads it back from the fake; the screenshots go to
 * test-artifacts/taskpane.png (whole pane) and taskpane-top.png (the first screen). The same build and browser
 * also open the ribbon's result dialog page.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
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

/** Opens the built task pane with the fake Excel (holding `workbook`) in place of office.js; collects page errors. */
async function openPane(
  errors: string[],
  { workbook = snapshot, width = 380, height = 900 }: { workbook?: WorkbookSnapshot; width?: number; height?: number } = {},
): Promise<Page> {
  const page = await browser!.newPage({ viewport: { width, height } });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript((data: string) => {
    (window as unknown as { __CCHC_SNAPSHOT__: unknown }).__CCHC_SNAPSHOT__ = JSON.parse(data);
  }, JSON.stringify(workbook));
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

/**
 * Runs axe-core (the npm package, injected into the page) and returns its violations as "rule: targets". Fluent's
 * focus manager (tabster) puts invisible <i data-tabster-dummy> focus guards at the edges of the body that pass focus
 * straight on; axe reads them as focusable hidden content, so they are left out of the scan (nothing of ours).
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: object): Promise<Result> } }).axe;
    const { violations } = await axe.run({ include: [["html"]], exclude: [["[data-tabster-dummy]"]] });
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** Presses Tab until `target` has the focus (at most 40 times); true when it got there. */
async function tabTo(page: Page, target: Locator): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return true;
    await page.keyboard.press("Tab");
  }
  return target.evaluate((element) => element === document.activeElement);
}

/** True when the element lies wholly inside the viewport as it is (no scrolling). */
async function inFirstScreen(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  const scrolled = await page.evaluate(() => window.scrollY);
  return !!box && !!viewport && scrolled === 0 && box.y >= 0 && box.y + box.height <= viewport.height;
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

/** A committed sample's snapshot. */
async function sampleSnapshot(name: string): Promise<WorkbookSnapshot> {
  return (await readXlsxFile(join(REPO_ROOT, "samples", name))).snapshot;
}

it("van-phong-ubnd-2018 at 350 × 600: the verdict and the error count are on the first screen; axe finds nothing", async () => {
  const errors: string[] = [];
  const page = await openPane(errors, { workbook: await sampleSnapshot("van-phong-ubnd-2018.xlsx"), width: 350, height: 600 });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: vi.check, exact: true }).click();
  const verdict = page.getByRole("region", { name: vi.resultHeading });
  await verdict.waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await inFirstScreen(page, verdict.getByRole("heading", { name: vi.total("93,13", "100") }))).toBe(true);
  expect(await inFirstScreen(page, verdict.getByText(vi.errorCount(1), { exact: true }))).toBe(true);
  expect(await inFirstScreen(page, verdict.getByRole("button", { name: /^Đến lỗi đầu tiên/ }))).toBe(true);
  expect(await inFirstScreen(page, page.getByRole("button", { name: vi.createRemediation }))).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
  expect(errors).toEqual([]);
});

it("at 320, 350 and 500 px no sample scrolls sideways; screenshots and the pane's heights go to test-artifacts/", async () => {
  const heights: string[] = [];
  mkdirSync(join(REPO_ROOT, "test-artifacts"), { recursive: true });
  for (const name of ["so-ngoai-vu-2020", "van-phong-ubnd-2018", "error.messy"]) {
    const workbook = await sampleSnapshot(`${name}.xlsx`);
    for (const width of [320, 350, 500]) {
      const errors: string[] = [];
      const page = await openPane(errors, { workbook, width, height: 600 });
      await page.getByRole("button", { name: vi.check, exact: true }).click();
      await page.getByRole("region", { name: vi.resultHeading }).waitFor();
      const size = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      heights.push(`${name} ${width}px: ${size.height}px`);
      await page.screenshot({ path: join(REPO_ROOT, "test-artifacts", `pane-${name}-${width}.png`) });
      if (width === 350) await page.screenshot({ path: join(REPO_ROOT, "test-artifacts", `pane-${name}-${width}-full.png`), fullPage: true });
      await page.close();
      expect({ name, width, sideways: size.scrollWidth > size.clientWidth }).toEqual({ name, width, sideways: false });
      expect(errors).toEqual([]);
    }
  }
  writeFileSync(join(REPO_ROOT, "test-artifacts", "pane-heights.txt"), `${heights.join("\n")}\n`);
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
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

it("the ribbon's dialog at Office's 480 × 345: with Close focused, the title and the verdict line stay in view", async () => {
  const messy = await sampleSnapshot("error.messy.xlsx");
  const report = await runCheck({ host: { readWorkbook: async () => messy } as unknown as WorkbookHost, lang: "vi", today: new Date() });
  const page = await browser!.newPage({ viewport: { width: 480, height: 345 } });
  const officeStub = "window.Office = { onReady: () => Promise.resolve({}), context: { ui: { messageParent: (m) => { window.__sent = m; } } } };";
  await page.route("**/office/office.js", (route) => route.fulfill({ contentType: "application/javascript", body: officeStub }));
  await page.goto(reportUrl(`${server!.url}/resultDialog.html`, report));
  const close = page.getByRole("button", { name: "Đóng" });
  await close.focus();
  expect(await inFirstScreen(page, close)).toBe(true);
  expect(await inFirstScreen(page, page.getByRole("heading", { name: report.title }))).toBe(true);
  expect(await inFirstScreen(page, page.getByRole("listitem").first())).toBe(true);
  await expect(page.getByRole("listitem").first().innerText()).resolves.toMatch(/^Tổng điểm: 15,5\/16/);
  await page.screenshot({ path: join(REPO_ROOT, "test-artifacts", "result-dialog-480x345.png") });
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Đóng" }).click();
  await expect(page.evaluate(() => (window as unknown as { __sent?: string }).__sent)).resolves.toBe("close");
  await page.close();
});

async function useThePane(page: Page): Promise<void> {
  const view = buildResultView(analysis, "vi");

  // By keyboard alone: Tab to Kiểm tra, Enter.
  const checkButton = page.getByRole("button", { name: vi.check, exact: true });
  expect(await tabTo(page, checkButton)).toBe(true);
  await page.keyboard.press("Enter");

  // The verdict card, then one labelled bar per area, with its score against its maximum.
  const summary = page.getByRole("region", { name: vi.resultHeading });
  await summary.waitFor();
  await expect(summary.getByRole("heading", { name: vi.total(view.scoreText, view.maxText) }).count()).resolves.toBe(1);
  await expect(summary.getByText(vi.warningCount(view.verdict.warnings), { exact: true }).count()).resolves.toBe(1);
  const areas = page.getByRole("region", { name: vi.areasHeading });
  expect(view.areas.length).toBeGreaterThanOrEqual(5);
  await expect(areas.getByRole("progressbar").count()).resolves.toBe(view.areas.length);
  for (const area of view.areas) {
    await expect(areas.getByText(vi.areaLabel(area.code, area.title), { exact: true }).count()).resolves.toBe(1);
  }

  // The findings, then a click that selects the cell in Excel: a finding when there is one, else a deduction.
  const findings = page.getByRole("region", { name: vi.findingsHeading });
  const items = [...view.errors, ...view.warnings];
  for (const item of items) await expect(findings.getByRole("button", { name: item.label, exact: true }).count()).resolves.toBe(1);
  if (items.length === 0) await findings.getByText(vi.noFindings).waitFor();
  const deductions = page.getByRole("region", { name: vi.deductionsHeading });
  expect(view.deductions.length).toBeGreaterThan(0);
  await expect(deductions.getByRole("listitem").count()).resolves.toBe(view.deductions.length);
  const target = items[0] ?? view.deductions[0];
  const link = items[0]
    ? findings.getByRole("button", { name: items[0].label, exact: true })
    : deductions.getByRole("button", { name: vi.selectCriterion(view.deductions[0].code), exact: true });
  await link.click();
  expect(await settle(() => inspect(page, "selection"), selectionOf(target.cell))).toBe(selectionOf(target.cell));

  // GIẢI PHÁP for 2021: the sample's title says 2020, so the pane proposes 2021 by itself; the preview opens on demand.
  const remediation = page.getByRole("region", { name: vi.remediationHeading });
  await expect(remediation.getByRole("spinbutton", { name: vi.remediationYear }).inputValue()).resolves.toBe(String(YEAR));
  const planned = plannedTable();
  await remediation.getByRole("button", { name: vi.previewHeading(planned.rows.length) }).click();
  await remediation.getByRole("list", { name: vi.previewHeading(planned.rows.length) }).waitFor();
  await remediation.getByText(planned.subtitle, { exact: true }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // The primary action sits at the top; reached by keyboard like everything else.
  const create = page.getByRole("button", { name: vi.createRemediation });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(await tabTo(page, create)).toBe(true);
  await page.keyboard.press("Enter");
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
