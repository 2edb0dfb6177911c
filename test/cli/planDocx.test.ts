import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { child, describeParagraph, findAll, parseXml, textOf, unzipDocx } from "../helpers/docxInspect";
import { cchc, sample, sha256 } from "./runCapture";

/** `cchc plan --docx` on the seed-000 sample: the Word document beside (or instead of) the xlsx copy. */
const tmp = mkdtempSync(path.join(tmpdir(), "cchc-docx-"));
const input = path.join(tmp, "so-ngoai-vu-2020.xlsx");
copyFileSync(sample("so-ngoai-vu-2020.xlsx"), input);

function documentParagraphs(file: string): string[] {
  const xml = unzipDocx(new Uint8Array(readFileSync(file))).get("word/document.xml")!;
  return findAll(parseXml(xml), "w:p").map((p) => describeParagraph(p).text);
}

describe("cchc plan --docx", () => {
  it("alone writes only the Word document, with the header read from the sheet's title rows, and leaves the input as it was", async () => {
    const before = sha256(input);
    const out = path.join(tmp, "only", "ke-hoach.docx");
    const run = await cchc("plan", input, "--docx", out);
    expect([run.code, run.err]).toEqual([0, ""]);
    expect(run.out).toContain(out);
    expect(existsSync(path.join(tmp, "so-ngoai-vu-2020.giai-phap.xlsx"))).toBe(false);
    expect(sha256(input)).toBe(before);
    const texts = documentParagraphs(out);
    expect(texts.slice(0, 3)).toEqual(["UBND TỈNH HÀ TĨNH", "SỞ NGOẠI VỤ", ""]);
    expect(texts).toContain("Hà Tĩnh, ngày … tháng … năm 2021");
    expect(texts).toContain("Số: …/KH-…");
    expect(texts).toContain("GIÁM ĐỐC");
  });

  it("with -o writes both files, and the header fields given as options", async () => {
    const xlsx = path.join(tmp, "both", "giai-phap.xlsx");
    const docx = path.join(tmp, "both", "ke-hoach.docx");
    const run = await cchc(
      "plan", input, "-o", xlsx, "--docx", docx,
      "--number", "175", "--abbrev", "SNgV", "--date", "15/3/2021", "--authority", "KT. Giám đốc", "--signer-title", "Phó Giám đốc",
      "--signer", "Nguyễn Văn A", "--lead", "Văn phòng - Thanh tra Sở", "--recipient", "UBND tỉnh (để b/c)", "--recipient", "Lưu: VT, VPTTr",
    );
    expect([run.code, run.err]).toEqual([0, ""]);
    expect(existsSync(xlsx)).toBe(true);
    const texts = documentParagraphs(docx);
    for (const text of ["Số: 175/KH-SNgV", "Hà Tĩnh, ngày 15 tháng 3 năm 2021", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A",
      "- UBND tỉnh (để b/c);", "- Lưu: VT, VPTTr.", "+ Đơn vị chủ trì: Văn phòng - Thanh tra Sở"]) {
      expect(texts).toContain(text);
    }
    const body = child(child(parseXml(unzipDocx(new Uint8Array(readFileSync(docx))).get("word/document.xml")!), "w:document")!, "w:body")!;
    expect(findAll(body, "w:sectPr").map((sect) => child(sect, "w:pgSz")!.attributes["w:orient"] ?? "portrait")).toEqual(["portrait", "landscape"]);
    expect(textOf(body)).toContain("Tiêu chí 1.2: Mức độ hoàn thành kế hoạch cải cách hành chính đạt 1,42/1,5 điểm.");
  });

  it("never overwrites an existing file", async () => {
    const docx = path.join(tmp, "exists.docx");
    writeFileSync(docx, "mine");
    const run = await cchc("plan", input, "--docx", docx);
    expect(run.code).toBe(2);
    expect(run.err).toContain(docx);
    expect(readFileSync(docx, "utf8")).toBe("mine");
    expect(readdirSync(tmp).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses the input as the document's path, one path for both outputs, a date that does not exist, fields without --docx", async () => {
    expect((await cchc("plan", input, "--docx", input)).code).toBe(2);
    const same = path.join(tmp, "same.out");
    expect((await cchc("plan", input, "-o", same, "--docx", same)).code).toBe(2);
    expect(existsSync(same)).toBe(false);
    const badDate = await cchc("plan", input, "--docx", path.join(tmp, "d.docx"), "--date", "31/2/2021");
    expect([badDate.code, badDate.err]).toEqual([2, expect.stringContaining("--date")]);
    const stray = await cchc("plan", input, "--signer", "A");
    expect([stray.code, stray.err]).toEqual([2, expect.stringContaining("--signer")]);
    expect((await cchc("check", input, "--docx", "x.docx")).code).toBe(2);
  });
});
