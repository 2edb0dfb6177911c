/**
 * The web page in real Chromium (the browser `npm test`'s setup step found, through playwright-core), from the single file
 * dist/cchc-offline.html opened with file:// and from web/index.html served on 127.0.0.1. For each sample: pick it with
 * the file chooser, see the verdict, click a deduction (the sheet view marks its cell), colour, create GIẢI PHÁP, download;
 * then read the downloaded copy here: seed 000's figures in GIẢI PHÁP, the same table the engine plans, and every
 * original sheet's values unchanged. A file that is not a workbook, an encrypted one and a workbook with no scoring
 * table get a clear message and no download. No request at all after the page has loaded.
 * Screenshots: test-artifacts/web-1280.png, web-390.png (a phone), web-390-cell.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import type { Browser, BrowserContext } from "playwright-core";
import { analyzeWorkbook, describeProblem, layoutRemediationSheet, readPlanYears, toA1, valueAt, type Analysis, type WorkbookSnapshot } from "../../src/domain";
import { previewRemediation } from "../../src/hosts/workbookActions";
import { openXlsx } from "../../src/hosts/xlsx/package/openXlsx";
import { planCopyName } from "../../src/hosts/planCopyName";
import { buildResultView } from "../../src/taskpane/analysis/buildResultView";
import { en } from "../../src/taskpane/strings/en";
import { vi } from "../../src/taskpane/strings/vi";
import { buildAddin } from "../../scripts/buildAddin";
import { launchBrowser } from "../helpers/launchBrowser";
import { conditionalFormatsOf } from "../helpers/xlsxInspect";
import { serveDirectory, type StaticServer } from "./serveDirectory";
import { downloadCopy, pickFile, recordRequests, scrollsSideways, webEn, webVi } from "./webPageDriver";

const REPO_ROOT = resolve(__dirname, "..", "..");
const SAMPLES = join(REPO_ROOT, "samples");
const SEED_SAMPLE = "so-ngoai-vu-2020.xlsx";
const ARTIFACTS = join(REPO_ROOT, "test-artifacts");
const SEED = readFileSync(join(REPO_ROOT, "test", "fixtures", "seed000", "giai-phap.txt"), "utf8").normalize("NFC");

jest.setTimeout(300_000);

let outDir: string;
let badDir: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), "cchc-web-"));
  badDir = mkdtempSync(join(tmpdir(), "cchc-web-bad-"));
  // The whole production build, exactly as `npm run build` makes it (a web-only build once hid a start-up error).
  await Promise.all([buildAddin(outDir), writeBadFiles(badDir)]);
  server = await serveDirectory(outDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  for (const dir of [outDir, badDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const WHERE = {
  "file:// (cchc-offline.html)": () => pathToFileURL(join(outDir, "cchc-offline.html")).href,
  "127.0.0.1 (web/index.html)": () => `${server!.url}/web/index.html`,
};

/** A fresh page at `url` (downloads allowed), with uncaught errors and every request after load recorded. */
async function openPage(url: string, viewport = { width: 1280, height: 800 }) {
  const context: BrowserContext = await browser!.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: "load" });
  const requests = recordRequests(page);
  return { page, context, errors, requests };
}

describe.each(Object.entries(WHERE))("the web page from %s", (_where, urlOf) => {
  const samples = readdirSync(SAMPLES).filter((name) => name.endsWith(".xlsx")).sort();

  it.each(samples)("checks %s, shows a clicked cell, downloads the copy with GIẢI PHÁP", async (name) => {
    const { page, context, errors, requests } = await openPage(urlOf());
    try {
      const { snapshot, analysis } = await analyseSample(join(SAMPLES, name));
      await pickFile(page, join(SAMPLES, name));
      const view = buildResultView(analysis, "vi");
      const summary = page.getByRole("region", { name: vi.resultHeading });
      await summary.getByRole("heading", { name: vi.total(view.scoreText, view.maxText) }).waitFor();

      // A deduction clicked: the read-only sheet view marks that very cell.
      const deduction = view.deductions[0];
      await page.getByRole("region", { name: vi.deductionsHeading }).getByRole("button", { name: vi.selectCriterion(deduction.code), exact: true }).click();
      const marked = page.getByRole("region", { name: webVi.sheetViewHeading }).locator("td[aria-current=location]");
      await expect(marked.getAttribute("data-cell")).resolves.toBe(toA1(deduction.cell.row, deduction.cell.col));
      await page.getByText(webVi.sheetViewCaption(deduction.cell.sheet, toA1(deduction.cell.row, deduction.cell.col))).waitFor();

      await page.getByRole("button", { name: vi.highlight }).click();
      await page.getByRole("button", { name: vi.createRemediation }).click();
      await page.getByText(vi.created("GIẢI PHÁP")).waitFor();
      const download = await downloadCopy(page, planCopyName(name));
      expect(download.suggestedFilename()).toBe(planCopyName(name));
      const saved = join(badDir, `${basename(name)}.${Date.now()}.download.xlsx`);
      await download.saveAs(saved);

      const copy = openXlsx(readFileSync(saved));
      // Every original sheet's values unchanged, and one sheet more.
      expect(copy.snapshot.sheets.map((sheet) => sheet.name)).toEqual([...snapshot.sheets.map((sheet) => sheet.name), "GIẢI PHÁP"]);
      for (const sheet of snapshot.sheets) {
        const after = copy.snapshot.sheets.find((candidate) => candidate.name === sheet.name)!;
        expect({ name: sheet.name, origin: after.origin, values: after.values }).toEqual({ name: sheet.name, origin: sheet.origin, values: sheet.values });
      }
      // The GIẢI PHÁP sheet holds exactly the table the engine plans with the pane's default options (years read from
      // the workbook's title, as the pane does).
      const { year, appraisedYear } = readPlanYears(snapshot, analysis, new Date());
      const planned = layoutRemediationSheet(
        previewRemediation(analysis, snapshot, { year, appraisedYear, defaultDeadline: vi.defaultDeadlineValue, includeFullMarkAreas: true }),
      );
      const written = copy.snapshot.sheets.at(-1)!;
      const cells = planned.cells.map((row, r) => row.map((_, c) => String(valueAt(written, r, c) ?? "")));
      // The TT is a number in the layout and in the file; the comparison is of the texts shown.
      expect(cells).toEqual(planned.cells.map((row) => row.map(String)));
      if (name === SEED_SAMPLE) expectSeedFigures(cells);
      // The highlight asked for in the page is in the copy: conditional formats on the scored sheet.
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(saved) as unknown as ExcelJS.Buffer);
      expect(conditionalFormatsOf(workbook.getWorksheet(deduction.cell.sheet)!).length).toBeGreaterThan(0);
      if (name === SEED_SAMPLE) {
        // The Word plan, from the same pane: its writer is inside the page, so this too fetches nothing.
        const word = page.waitForEvent("download");
        await page.getByRole("button", { name: vi.downloadPlanDocument }).click();
        const docx = await word;
        expect(docx.suggestedFilename()).toMatch(/\.docx$/);
        const parts = unzipSync(readFileSync((await docx.path())!));
        expect(new TextDecoder().decode(parts["word/document.xml"])).toContain("GIẢI PHÁP");
      }
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ["a file that is not a workbook", "ghi-chu.xlsx", (n: string) => webVi.fileUnreadable(n)],
    ["an encrypted workbook", "co-mat-khau.xlsx", (n: string) => webVi.fileEncrypted(n)],
  ])("refuses %s with a clear message and offers no download", async (_what, file, message) => {
    const { page, context, errors, requests } = await openPage(urlOf());
    try {
      await pickFile(page, join(badDir, file));
      await page.getByRole("alert").getByText(message(file)).waitFor();
      await expect(page.getByRole("button", { name: webVi.download }).count()).resolves.toBe(0);
      await expect(page.getByRole("region", { name: vi.resultHeading }).count()).resolves.toBe(0);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("says why a workbook without a scoring table cannot be checked, and offers no download", async () => {
    const { page, context, errors, requests } = await openPage(urlOf());
    try {
      await pickFile(page, join(badDir, "danh-ba.xlsx"));
      const snapshot = openXlsx(readFileSync(join(badDir, "danh-ba.xlsx"))).snapshot;
      const result = analyzeWorkbook(snapshot);
      if (result.ok) throw new Error("danh-ba.xlsx should hold no scoring table");
      // The pane's own problem message (describeProblem), and nothing to create or download.
      await page.getByText(describeProblem(result.problem, "vi")).waitFor();
      await expect(page.getByRole("button", { name: vi.createRemediation }).count()).resolves.toBe(0);
      await expect(page.getByRole("button", { name: webVi.download }).count()).resolves.toBe(0);
      await expect(page.getByRole("region", { name: vi.resultHeading }).count()).resolves.toBe(0);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

it("cchc-offline.html is one file: no script, stylesheet or image it would fetch, and no exceljs inside", () => {
  const html = readFileSync(join(outDir, "cchc-offline.html"), "utf8");
  expect(html).not.toMatch(/<script\b[^>]*\bsrc=/i);
  expect(html).not.toMatch(/<link\b[^>]*\bhref=/i);
  expect(html).not.toMatch(/<img\b/i);
  expect(html).not.toMatch(/exceljs/i);
  expect(html).toContain(webVi.privacyTitle.slice(0, 20));
  // One script, and no chunk loading in it: the pane's lazily loaded Word writer is bundled into the page (the web
  // page is its own compilation; sharing the add-in's, it once reused the pane's chunk and fetched it).
  expect(readdirSync(join(outDir, "web")).filter((file) => file.endsWith(".js"))).toHaveLength(1);
  expect(html).not.toMatch(/ChunkLoadError|Loading chunk/);
});

it("switches the page and the pane to English and back", async () => {
  const { page, context, errors, requests } = await openPage(WHERE["file:// (cchc-offline.html)"]());
  try {
    await page.getByText(webVi.privacyTitle).waitFor();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByText(webEn.privacyTitle).waitFor();
    await pickFile(page, join(SAMPLES, SEED_SAMPLE), webEn);
    await page.getByRole("region", { name: en.resultHeading }).waitFor();
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await page.getByRole("region", { name: vi.resultHeading }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("vi");
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

it.each([
  ["web-1280", { width: 1280, height: 800 }],
  ["web-390", { width: 390, height: 844 }],
])("fits the screen without sideways scrolling (%s)", async (shot, viewport) => {
  const { page, context, errors } = await openPage(WHERE["file:// (cchc-offline.html)"](), viewport);
  mkdirSync(ARTIFACTS, { recursive: true });
  try {
    await page.screenshot({ path: join(ARTIFACTS, `${shot}-start.png`) });
    await pickFile(page, join(SAMPLES, SEED_SAMPLE));
    await page.getByRole("region", { name: vi.resultHeading }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, `${shot}.png`) });
    await page.getByRole("region", { name: vi.deductionsHeading }).getByRole("button").first().click();
    await page.locator("td[aria-current=location]").waitFor();
    await page.getByRole("button", { name: vi.createRemediation }).click();
    await page.getByRole("button", { name: webVi.downloadName(planCopyName(SEED_SAMPLE)) }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, `${shot}-cell.png`) });
    await expect(scrollsSideways(page)).resolves.toBe(false);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});

async function analyseSample(file: string): Promise<{ snapshot: WorkbookSnapshot; analysis: Analysis }> {
  const { snapshot } = openXlsx(readFileSync(file));
  const result = analyzeWorkbook(snapshot);
  if (!result.ok) throw new Error(`${file} cannot be analysed: ${result.problem.code}`);
  return { snapshot, analysis: result.analysis };
}

/** The GIẢI PHÁP rows state each area of seed 000 as the seed does: "Tiêu chí N: … đạt x/y điểm". */
function expectSeedFigures(cells: string[][]): void {
  const header = cells.findIndex((row) => row[0] === "TT");
  const rows = cells.slice(header + 1).filter((row) => row[0] !== "");
  // An area's own figure; area 7 states only its criteria's, so the match never runs across another "Tiêu chí N".
  const areas = [...SEED.matchAll(/Tiêu chí (\d+):((?:(?!Tiêu chí \d)[\s\S])*?)đạt ([\d,]+\/[\d,]+) điểm/g)].map((m) => [m[1], m[3]]);
  expect(areas.length).toBeGreaterThanOrEqual(6);
  for (const [code, figure] of areas) {
    const row = rows.find((candidate) => candidate[0] === code);
    expect(row?.[1].split("\n")[0]).toContain(`đạt ${figure} điểm`);
  }
  const listed = rows.flatMap((row) => row[1].split("\n").filter((line) => line.startsWith("- Tiêu chí 1.2:")));
  expect(listed).toEqual([expect.stringContaining("đạt 1,42/1,5 điểm")]);
}

/** A text file named .xlsx, an OLE compound file (what an encrypted .xlsx is), a workbook with no scoring table. */
async function writeBadFiles(dir: string): Promise<void> {
  writeFileSync(join(dir, "ghi-chu.xlsx"), "Đây không phải bảng tính.\n");
  const ole = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
  writeFileSync(join(dir, "co-mat-khau.xlsx"), ole);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh bạ");
  sheet.addRows([["Họ tên", "Điện thoại"], ["Nguyễn Văn A", "0912 345 678"], ["Trần Thị B", "0987 654 321"]]);
  await workbook.xlsx.writeFile(join(dir, "danh-ba.xlsx"));
}
