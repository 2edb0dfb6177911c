import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { valueAt } from "../../src/domain";
import { openXlsx } from "../../src/hosts/xlsx/package/openXlsx";
import { makeXlsx, rowXml, scoringRows } from "../helpers/makeXlsx";
import { readZipDirectory } from "../../src/hosts/xlsx/package/zipDirectory";
import { cchc, ROOT, sample, sha256, spawnCchcAs } from "./runCapture";

const NOBODY = 65534;

/** The CLI's edges found by the probe of issue 7. */
const tmp = mkdtempSync(path.join(tmpdir(), "cchc-edges-"));
const INPUT = sample("so-ngoai-vu-2020.xlsx");

describe("cchc plan -o", () => {
  it("writes '<name>.giai-phap.xlsx' inside a folder named with a trailing separator", async () => {
    const folder = path.join(tmp, "ket-qua") + path.sep;
    const run = await cchc("plan", INPUT, "-o", folder);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(folder, "so-ngoai-vu-2020.giai-phap.xlsx"))).toBe(true);
  });

  it("refuses to replace an existing file, says so, and replaces it with --force", async () => {
    const out = path.join(tmp, "co-san.xlsx");
    writeFileSync(out, "bản cũ");
    const refused = await cchc("plan", INPUT, "-o", out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("--force");
    expect(readFileSync(out, "utf8")).toBe("bản cũ");
    const forced = await cchc("plan", INPUT, "-o", out, "--force");
    expect(forced.code).toBe(0);
    expect(readZipDirectory(new Uint8Array(readFileSync(out))).entries.length).toBeGreaterThan(3);
  });

  it("says in words when the output's folder cannot be made (a file stands in the way)", async () => {
    writeFileSync(path.join(tmp, "la-tep"), "x");
    const run = await cchc("plan", INPUT, "-o", path.join(tmp, "la-tep", "out.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("out.xlsx");
    expect(run.err).not.toMatch(/EEXIST|ENOTDIR/);
  });
});

describe("cchc plan on an .xlsm", () => {
  const xlsm = path.join(tmp, "co-macro.xlsm");
  const vba = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 9, 8, 7, 6]);
  beforeAll(() => {
    const bytes = makeXlsx({ sheets: [{ name: "Điểm", body: `<sheetData>${scoringRows()}</sheetData>` }], parts: { "xl/vbaProject.bin": vba } });
    writeFileSync(xlsm, bytes);
  });

  it("writes '<name>.giai-phap.xlsm' with the macros kept", async () => {
    const run = await cchc("plan", xlsm);
    expect(run.code).toBe(0);
    const out = path.join(tmp, "co-macro.giai-phap.xlsm");
    const names = readZipDirectory(new Uint8Array(readFileSync(out))).entries.map((entry) => entry.name);
    expect(names).toContain("xl/vbaProject.bin");
  });

  it("refuses an output named .xlsx, which Excel would not open", async () => {
    const run = await cchc("plan", xlsm, "-o", path.join(tmp, "sai.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain(".xlsm");
    expect(existsSync(path.join(tmp, "sai.xlsx"))).toBe(false);
  });
});

describe("inputs that cannot be read say why", () => {
  it("a folder", async () => {
    const run = await cchc("check", tmp);
    expect(run.code).toBe(2);
    expect(run.err).toContain("thư mục");
  });

  // Root reads every file whatever its mode, so as root (CI, containers) the CLI runs as the unprivileged user
  // "nobody", as an office user would; elsewhere in-process as the current user.
  it("a file without read permission", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cchc-perm-"));
    chmodSync(dir, 0o755);
    const file = path.join(dir, "khong-doc.xlsx");
    copyFileSync(INPUT, file);
    chmodSync(file, 0o000);
    const asRoot = process.getuid?.() === 0;
    const run = asRoot ? spawnCchcAs(NOBODY, "check", file) : await cchc("check", file);
    expect(run.code).toBe(2);
    expect(run.err).toContain("quyền đọc");
    expect(run.err).toContain("khong-doc.xlsx");
  });
});

describe("as a separate process", () => {
  it("ends quietly when the reader closes the pipe (cchc check … | head -1)", () => {
    const files = [INPUT, sample("van-phong-ubnd-2018.xlsx"), sample("split-ubnd-xa-2023.xlsx")].map((f) => `"${f}"`).join(" ");
    const result = spawnSync("sh", ["-c", `node bin/cchc.js check ${files} | head -1`], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(result.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/EPIPE|at .*\(/);
  });

  it("never changes its input", async () => {
    const copy = path.join(tmp, "input.xlsx");
    copyFileSync(INPUT, copy);
    const before = sha256(copy);
    mkdirSync(path.join(tmp, "o"), { recursive: true });
    await cchc("plan", copy, "-o", path.join(tmp, "o") + path.sep);
    expect(sha256(copy)).toBe(before);
  });
});

describe("cchc plan on a reason longer than an Excel cell", () => {
  it("cuts the GIẢI PHÁP cell to 32,767 characters with a visible mark, and says which cell", async () => {
    const header = ["TT", "Tiêu chí", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"];
    const rows = [header, ["1", "A", 3, 2, null], ["1.1", "x", 3, 2, "Lý do ".repeat(6000)]];
    const body = `<sheetData>${rows.map((values, i) => rowXml(i + 1, values)).join("")}</sheetData>`;
    const input = path.join(tmp, "dai.xlsx");
    writeFileSync(input, makeXlsx({ sheets: [{ name: "Điểm", body }] }));
    const out = path.join(tmp, "dai-out.xlsx");
    const run = await cchc("plan", input, "-o", out);
    expect(run.code).toBe(0);
    expect(run.err).toContain("GIẢI PHÁP!B5");
    const sheet = openXlsx(new Uint8Array(readFileSync(out))).snapshot.sheets.find((s) => s.name === "GIẢI PHÁP")!;
    const text = String(valueAt(sheet, 4, 1));
    expect(text).toHaveLength(32_767);
    expect(text.endsWith("…[đã cắt bớt: vượt giới hạn 32.767 ký tự của một ô Excel]")).toBe(true);
  });
});
