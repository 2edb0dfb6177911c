import { readFileSync } from "fs";
import * as path from "path";
import { strToU8, zipSync } from "fflate";
import { describeSheets, diffSnapshots } from "../../../test/helpers/compareSnapshots";
import { openXlsx } from "../xlsx/package/openXlsx";
import { OdsReadError, readOdsWorkbook } from "./readOds";

const FIXTURES = path.resolve(__dirname, "../../../test/fixtures");
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

const CONTENT = (body: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="o" xmlns:table="t" xmlns:text="x" ' +
  `xmlns:style="s"><office:body><office:spreadsheet>${body}</office:spreadsheet></office:body></office:document-content>`;

function ods(content: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8(content), ...extra });
}

describe("readOdsWorkbook", () => {
  it("gives the snapshot the .xlsx host gives for the same workbook saved as .ods", async () => {
    const odsSnapshot = readOdsWorkbook(bytes("legacy/scoring.ods"));
    const xlsx = openXlsx(new Uint8Array(readFileSync(path.join(FIXTURES, "xlsx/scoring.xlsx")))).snapshot;
    expect(describeSheets(odsSnapshot)).toEqual(describeSheets(xlsx));
    // LibreOffice computed the formula saved without a result (E10), and has no boolean type (E11 TRUE -> 1).
    expect(diffSnapshots(xlsx, odsSnapshot)).toEqual(["Điểm!E10: null ≠ 1", "Điểm!E11: true ≠ 1"]);
  });

  it("reads the seed-000 sample as the .xlsx host does", async () => {
    const odsSnapshot = readOdsWorkbook(bytes("legacy/so-ngoai-vu-2020.ods"));
    const xlsx = openXlsx(new Uint8Array(readFileSync(path.resolve(FIXTURES, "../../samples/so-ngoai-vu-2020.xlsx")))).snapshot;
    expect(describeSheets(odsSnapshot)).toEqual(describeSheets(xlsx));
    expect(diffSnapshots(xlsx, odsSnapshot)).toEqual([]);
  });

  it("keeps the legacy font names of cells (VNI-Times) from the cell styles", () => {
    const sheet = readOdsWorkbook(bytes("legacy/vni-so-ngoai-vu.ods")).sheets[1];
    expect(sheet.fonts?.[4]?.[1]).toBe("VNI-Times");
    expect(sheet.fonts?.[9]?.[5]).toBeUndefined();
  });

  it("repeats cells and rows, joins paragraphs and spaces, reads errors, skips covered cells", () => {
    const body =
      '<table:table table:name="A"><table:table-row table:number-rows-repeated="2">' +
      '<table:table-cell office:value-type="float" office:value="1.5" table:number-columns-repeated="2"><text:p>1,5</text:p></table:table-cell>' +
      "</table:table-row><table:table-row>" +
      '<table:table-cell office:value-type="string" table:number-columns-spanned="2"><text:p>Lý do<text:s text:c="2"/>một</text:p><text:p>hai</text:p></table:table-cell>' +
      '<table:covered-table-cell/><table:table-cell calcext:value-type="error" xmlns:calcext="c"><text:p>#REF!</text:p></table:table-cell>' +
      '</table:table-row><table:table-row table:number-rows-repeated="1048570"><table:table-cell/></table:table-row></table:table>';
    const [sheet] = readOdsWorkbook(ods(CONTENT(body))).sheets;
    expect(sheet.values).toEqual([[1.5, 1.5], [1.5, 1.5], ["Lý do  một\nhai", null, { error: "#REF!" }]]);
    expect(sheet.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
  });

  it("refuses a password-protected .ods and a zip that is not a spreadsheet", () => {
    const manifest = strToU8('<manifest:manifest><manifest:file-entry><manifest:encryption-data/></manifest:file-entry></manifest:manifest>');
    expect(() => readOdsWorkbook(ods(CONTENT(""), { "META-INF/manifest.xml": manifest }))).toThrow(OdsReadError);
    const text = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.text"), "content.xml": strToU8("<x/>") });
    expect(() => readOdsWorkbook(text)).toThrow(/not a spreadsheet/);
  });
});
