import { readFileSync } from "node:fs";
import { inflateSync } from "fflate";
import path from "node:path";
import { analyzeWorkbook, valueAt } from "../../../domain";
import { makeXlsx, rowXml, scoringRows } from "../../../../test/helpers/makeXlsx";
import { HostError } from "../../errors";
import { openXlsx } from "./openXlsx";

const ROOT = path.resolve(__dirname, "../../../..");

function registerRows(count: number): string {
  const rows = [rowXml(1, ["Số hồ sơ", "Họ tên", "Ngày nhận", "Ghi chú"])];
  for (let i = 2; i <= count; i++) rows.push(rowXml(i, [i, `Người ${i}`, 45000 + i, "x"]));
  return `<sheetData>${rows.join("")}</sheetData>`;
}

describe("openXlsx", () => {
  it.each(["so-ngoai-vu-2020.xlsx", "split-ubnd-xa-2023.xlsx", "van-phong-ubnd-2018.xlsx", "error.messy.xlsx"])(
    "reads %s into a snapshot the engine analyses",
    (name) => {
      const { snapshot, notes } = openXlsx(new Uint8Array(readFileSync(path.join(ROOT, "samples", name))));
      expect(notes).toEqual([]);
      expect(analyzeWorkbook(snapshot).ok).toBe(true);
    },
  );

  it("decodes _x000B_ escapes, and reads shared strings, formulas' saved results and dates", () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>';
    const body =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45292</v></c><c r="C1" s="2"><v>43831</v></c>' +
      '<c r="D1"><f>SUM(X1:X2)</f><v>0</v></c><c r="E1"><f>1/0</f></c><c r="F1" t="str"><f>"a"</f><v>a</v></c>' +
      '<c r="G1" t="e"><v>#REF!</v></c><c r="H1" t="b"><v>1</v></c></row></sheetData>';
    const bytes = makeXlsx({ sheets: [{ name: "S", body }], sharedStrings: ["dòng 1_x000B_dòng 2"], styles });
    const sheet = openXlsx(bytes).snapshot.sheets[0];
    expect(sheet.values[0]).toEqual(["dòng 1\u000bdòng 2", "01/01/2024", "01/01/2020", 0, null, "a", { error: "#REF!" }, true]);
  });

  it("keeps a merge over a whole sheet as one range, without expanding it", () => {
    const body = `<sheetData>${scoringRows()}</sheetData><mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells>`;
    const started = Date.now();
    const { snapshot } = openXlsx(makeXlsx({ sheets: [{ name: "Điểm", body }] }));
    expect(snapshot.sheets[0].merges).toEqual([{ top: 19, left: 0, bottom: 1048575, right: 16383 }]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("empties cells a merge covers, as Excel shows them", () => {
    const body = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1"><v>5</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells>';
    expect(openXlsx(makeXlsx({ sheets: [{ name: "S", body }] })).snapshot.sheets[0].values).toEqual([["a", null]]);
  });

  it.each([
    ["streaming", undefined],
    ["a whole-entry inflater", (raw: Uint8Array) => inflateSync(raw)],
  ])("reads only the first rows of a large sheet whose head shows no table, and all of the scoring sheet (%s)", (_label, inflateRaw) => {
    const bytes = makeXlsx({
      sheets: [
        { name: "Sổ đăng ký", body: registerRows(3000) },
        { name: "Bảng điểm", body: `<sheetData>${scoringRows()}</sheetData>` },
      ],
    });
    const opened = openXlsx(bytes, { limits: { judgeAboveBytes: 10_000 }, inflateRaw });
    expect(opened.notes).toEqual([{ sheet: "Sổ đăng ký", kind: "head_only" }]);
    expect(opened.snapshot.sheets[0].values.length).toBeLessThan(3000);
    const result = analyzeWorkbook(opened.snapshot);
    expect(result.ok && result.analysis.source.kind === "single" && result.analysis.source.table.sheet).toBe("Bảng điểm");
  });

  it("reads a large sheet whole when the user names it", () => {
    const bytes = makeXlsx({ sheets: [{ name: "Sổ đăng ký", body: registerRows(3000) }] });
    const opened = openXlsx(bytes, { wholeSheets: ["SO DANG KY"], limits: { judgeAboveBytes: 10_000 } });
    expect(opened.notes).toEqual([]);
    expect(valueAt(opened.snapshot.sheets[0], 2999, 0)).toBe(3000);
  });

  it("gives up a sheet beyond the cell limit and names it", () => {
    const bytes = makeXlsx({ sheets: [{ name: "Lớn", body: registerRows(3000) }] });
    const opened = openXlsx(bytes, { wholeSheets: ["Lớn"], limits: { maxCells: 1000 } });
    expect(opened.notes).toEqual([{ sheet: "Lớn", kind: "over_limit" }]);
  });

  it("reads tags with a namespace prefix, hidden sheets and protection", () => {
    const body = scoringRows().replace(/<(\/?)(row|c|is|t|v)\b/g, "<$1x:$2") + "";
    const xml = `<x:sheetData>${body}</x:sheetData><x:sheetProtection sheet="1"/>`;
    const bytes = makeXlsx({ sheets: [{ name: "Điểm", body: xml, state: "hidden" }] });
    const sheet = openXlsx(bytes).snapshot.sheets[0];
    expect(valueAt(sheet, 5, 4)).toBe("Báo cáo chậm");
    expect(sheet.hidden).toBe(true);
    expect(sheet.protected).toBe(true);
  });

  it("refuses a file that is not a zip, and an OLE (encrypted or .xls) file, with the host's codes", () => {
    const code = (bytes: Uint8Array): string => {
      try {
        openXlsx(bytes);
        return "none";
      } catch (error) {
        return (error as HostError).code;
      }
    };
    expect(code(new TextEncoder().encode("hello"))).toBe("file_unreadable");
    expect(code(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).toBe("file_encrypted");
    expect(code(makeXlsx({ sheets: [] }))).toBe("file_unreadable");
    expect(code(makeXlsx({ sheets: [{ name: "S", body: "<sheetData><row><c></sheetData>" }] }))).toBe("file_unreadable");
  });
});
