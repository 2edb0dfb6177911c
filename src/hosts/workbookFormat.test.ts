import { readFileSync } from "fs";
import * as path from "path";
import { detectWorkbookFormat } from "./workbookFormat";
import { readCompoundFile } from "./xls/readCompoundFile";

const FIXTURES = path.resolve(__dirname, "../../test/fixtures");

function detect(name: string): string {
  const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, name)));
  return detectWorkbookFormat(bytes, () => [...readCompoundFile(bytes).keys()]);
}

describe("detectWorkbookFormat (by content, whatever the extension says)", () => {
  it.each([
    ["xlsx/scoring.xlsx", "xlsx"],
    ["legacy/scoring.xls", "xls"],
    ["legacy/encrypted.xls", "xls"],
    ["legacy/excel95.xls", "xls"],
    ["legacy/scoring.ods", "ods"],
    ["legacy/binary.xlsb", "xlsb"],
    ["legacy/lotus.wk1", "lotus"],
    ["legacy/works.xlr", "works"],
    ["xlsx/not-xlsx.xlsx", "unknown"],
    ["xlsx/zip-not-workbook.xlsx", "unknown"],
  ])("%s is %s", (name, format) => {
    expect(detect(name)).toBe(format);
  });
});
