import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { cchc, ROOT, sample, sha256 } from "./runCapture";

/**
 * `cchc plan` on the seed-000 sample, checked figure by figure against seed 000's own GIẢI PHÁP table
 * (test/fixtures/seed000/giai-phap.txt, verbatim from the published plan).
 */
const SEED = readFileSync(path.join(ROOT, "test", "fixtures", "seed000", "giai-phap.txt"), "utf8").normalize("NFC");
const INPUT = sample("so-ngoai-vu-2020.xlsx");
const tmp = mkdtempSync(path.join(tmpdir(), "cchc-plan-"));

interface Figure {
  score: number;
  max: number;
}

const toNumber = (text: string): number => Number(text.replace(",", "."));
const formatted = (figure: Figure): string => `${figure.score}/${figure.max}`.replace(/\./g, ",");

/** Every "Tiêu chí X: … đạt a/b điểm" of the seed, by code (a match never runs across another "Tiêu chí N"). */
function seedFigures(): Map<string, Figure> {
  const pattern = /Tiêu chí (\d+(?:\.\d+)*):?((?:(?!Tiêu chí \d)[\s\S])*?)đạt ([\d,]+)\/([\d,]+) điểm/g;
  const figures = new Map<string, Figure>();
  for (const match of SEED.matchAll(pattern)) {
    figures.set(match[1], { score: toNumber(match[3]), max: toNumber(match[4]) });
  }
  return figures;
}

/** The seed's area figure, or (area 7 states only 7.1 and 7.2) the sum of its criteria's figures. */
function areaFigure(figures: Map<string, Figure>, area: string): Figure {
  const own = figures.get(area);
  if (own) return own;
  const parts = [...figures].filter(([code]) => code.split(".").length === 2 && code.startsWith(`${area}.`));
  const sum = (pick: (figure: Figure) => number) => Math.round(parts.reduce((total, [, f]) => total + pick(f), 0) * 100) / 100;
  return { score: sum((f) => f.score), max: sum((f) => f.max) };
}

async function readPlanRows(file: string): Promise<{ rows: string[][]; sheet: ExcelJS.Worksheet; wb: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet("GIẢI PHÁP");
  if (!sheet) throw new Error(`no GIẢI PHÁP sheet in ${file}: ${wb.worksheets.map((ws) => ws.name).join(", ")}`);
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push([1, 2, 3, 4, 5].map((col) => String(row.getCell(col).value ?? ""))));
  const header = rows.findIndex((row) => row[0] === "TT");
  return { rows: rows.slice(header + 1), sheet, wb };
}

describe("cchc plan on the seed-000 sample", () => {
  const out = path.join(tmp, "out", "giai-phap.xlsx");
  let before: string;
  let run: { code: number; out: string; err: string };
  let rows: string[][];
  const figures = seedFigures();

  beforeAll(async () => {
    before = sha256(INPUT);
    run = await cchc("plan", INPUT, "-o", out);
    rows = (await readPlanRows(out)).rows;
  });

  it("writes the copy, says where and names the new sheet", () => {
    expect(run.code).toBe(0);
    expect(run.out).toContain(out);
    expect(run.out).toContain("«GIẢI PHÁP»");
  });

  it("leaves the input byte-identical", () => {
    expect(sha256(INPUT)).toBe(before);
  });

  it("has one row per area, in order, as the seed does", () => {
    const areas = [...figures.keys()].map((code) => code.split(".")[0]).filter((code, i, all) => all.indexOf(code) === i);
    expect(rows.map((row) => row[0])).toEqual(areas);
  });

  it("states each area's score exactly as the seed: 'đạt x/y điểm'", () => {
    for (const [tt, issues] of rows) {
      const [first] = issues.split("\n");
      expect(first).toContain(`Tiêu chí ${tt}:`);
      expect(first).toContain(`đạt ${formatted(areaFigure(figures, tt))} điểm.`);
    }
  });

  it("lists exactly the seed's deducted sub-criteria with their figures", () => {
    const seedLeaves = [...figures]
      .filter(([code, f]) => code.includes(".") && f.score < f.max)
      .filter(([code]) => ![...figures.keys()].some((other) => other.startsWith(`${code}.`)));
    const listed = rows.flatMap((row) => row[1].split("\n").filter((line) => line.startsWith("- Tiêu chí ")));
    expect(listed.map((line) => /^- Tiêu chí ([\d.]+):/.exec(line)?.[1])).toEqual(seedLeaves.map(([code]) => code));
    for (const [code, figure] of seedLeaves) {
      const line = listed.find((text) => text.startsWith(`- Tiêu chí ${code}:`));
      expect(line).toContain(`đạt ${formatted(figure)} điểm.`);
    }
  });

  it("accounts for the seed's deducted parent 7.1 (7,83/8,5) with its listed sub-criteria", () => {
    const parent = figures.get("7.1")!;
    const lost = rows[6][1]
      .split("\n")
      .map((line) => /^- Tiêu chí 7\.1\.\d+:.*đạt ([\d,]+)\/([\d,]+) điểm/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .reduce((sum, match) => sum + toNumber(match[2]) - toNumber(match[1]), 0);
    expect(Math.round(lost * 100) / 100).toBe(Math.round((parent.max - parent.score) * 100) / 100);
  });

  it("gives every reason as the seed words it", () => {
    const flat = SEED.replace(/\s+/g, " ");
    const reasons = rows.flatMap((row) => row[1].split("\n").map((line) => /Lý do: (.*)$/.exec(line)?.[1]).filter(Boolean));
    expect(reasons).toHaveLength(9);
    for (const reason of reasons as string[]) expect(flat).toContain(reason.replace(/\.$/, ""));
  });

  it("keeps the full-mark area with a 'keep it up' step and gives every row a deadline", () => {
    const full = rows.find((row) => row[0] === "3")!;
    expect(full[1]).not.toContain("Bị trừ");
    expect(full[2]).toMatch(/^Phát huy/);
    for (const row of rows) expect(row[3].trim()).not.toBe("");
  });

  it("reads the years from the sheet title: remediation in 2021 of the 2020 appraisal", async () => {
    const { sheet } = await readPlanRows(out);
    expect(String(sheet.getCell("A2").value)).toMatch(/Khắc phục trong năm 2021.*năm 2020/);
  });
});

describe("cchc plan options and refusals", () => {
  it("refuses to write over its input, also through another spelling of the path", async () => {
    const before = sha256(INPUT);
    const same = await cchc("plan", INPUT, "-o", INPUT);
    expect(same.code).toBe(2);
    expect(same.err).toContain(INPUT);
    const other = path.join(ROOT, "samples", "..", "samples", "so-ngoai-vu-2020.xlsx");
    expect((await cchc("plan", INPUT, "-o", other)).code).toBe(2);
    expect(sha256(INPUT)).toBe(before);
  });

  it("writes '<name>.giai-phap.xlsx' beside the input when -o is missing, and says so", async () => {
    const copy = path.join(tmp, "copy.xlsx");
    copyFileSync(INPUT, copy);
    const run = await cchc("plan", copy);
    const expected = path.join(tmp, "copy.giai-phap.xlsx");
    expect(run.code).toBe(0);
    expect(run.err).toContain(expected);
    expect(existsSync(expected)).toBe(true);
  });

  it("takes --year for the subtitle and deadlines", async () => {
    const out = path.join(tmp, "year.xlsx");
    expect((await cchc("plan", INPUT, "-o", out, "--year", "2022")).code).toBe(0);
    const { sheet, rows } = await readPlanRows(out);
    expect(String(sheet.getCell("A2").value)).toContain("Khắc phục trong năm 2022");
    expect(rows[0][3]).toContain("Quý I/2022");
  });

  it("highlights the deducted criteria unless --no-highlight", async () => {
    const lit = path.join(tmp, "lit.xlsx");
    const plain = path.join(tmp, "plain.xlsx");
    await cchc("plan", INPUT, "-o", lit);
    const run = await cchc("plan", INPUT, "-o", plain, "--no-highlight");
    expect(run.out).toContain("--no-highlight");
    const formats = async (file: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.getWorksheet("Bảng điểm 2020") as ExcelJS.Worksheet & { conditionalFormattings?: unknown[] };
      return ws.conditionalFormattings?.length ?? 0;
    };
    expect(await formats(lit)).toBeGreaterThan(0);
    expect(await formats(plain)).toBe(0);
  });

  it("adds 'GIẢI PHÁP (2)' when the workbook already has a GIẢI PHÁP sheet", async () => {
    const first = path.join(tmp, "first.xlsx");
    const second = path.join(tmp, "second.xlsx");
    await cchc("plan", INPUT, "-o", first);
    const run = await cchc("plan", first, "-o", second);
    expect(run.code).toBe(0);
    expect(run.out).toContain("«GIẢI PHÁP (2)»");
  });

  it("plans the split sample too, highlighting on the scores sheet", async () => {
    const out = path.join(tmp, "split.xlsx");
    const run = await cchc("plan", sample("split-ubnd-xa-2023.xlsx"), "-o", out, "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.out).toContain('sheet "Điểm"');
    const { rows } = await readPlanRows(out);
    expect(rows).toHaveLength(8);
    expect(rows[0][1]).toContain("đạt 10,75/12 điểm");
  });

  it("exits 2 naming the file when the input is missing", async () => {
    const missing = path.join(tmp, "missing.xlsx");
    const run = await cchc("plan", missing, "-o", path.join(tmp, "never.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain(missing);
    expect(existsSync(path.join(tmp, "never.xlsx"))).toBe(false);
  });
});
