import { strToU8, zipSync } from "fflate";

/** One sheet of a hand-made package: its name and the XML inside `<worksheet>` (sheetData, mergeCells, …). */
export interface RawSheet {
  name: string;
  body: string;
  state?: "hidden" | "veryHidden";
}

export interface RawPackage {
  sheets: RawSheet[];
  sharedStrings?: string[];
  /** The inside of styles.xml's <styleSheet>; default: one plain cell style. */
  styles?: string;
  /** Extra workbook.xml content after <sheets> (definedNames, calcPr …). */
  workbookExtra?: string;
  /** Extra parts, path -> text or bytes. */
  parts?: Record<string, string | Uint8Array>;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal but complete .xlsx, written by hand so a test controls every byte of the XML an exotic writer makes. */
export function makeXlsx(pkg: RawPackage): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const put = (path: string, text: string | Uint8Array): void => {
    files[path] = typeof text === "string" ? strToU8(text) : text;
  };
  const sheetTypes = pkg.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  put("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetTypes}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`);
  put("_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheets = pkg.sheets
    .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`)
    .join("");
  put("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets>${pkg.workbookExtra ?? ""}</workbook>`);
  const n = pkg.sheets.length;
  const rels = pkg.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  put("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`);
  put("xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}">${pkg.styles ?? DEFAULT_STYLES}</styleSheet>`);
  const strings = pkg.sharedStrings ?? [];
  put("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t xml:space="preserve">${escape(t)}</t></si>`).join("")}</sst>`);
  pkg.sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${s.body}</worksheet>`));
  for (const [path, content] of Object.entries(pkg.parts ?? {})) put(path, content);
  return zipSync(files);
}

const DEFAULT_STYLES =
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>';

export function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** `<row>` XML from values: strings inline, numbers as numbers; `null` skipped. Row numbers are 1-based. */
export function rowXml(row: number, values: (string | number | null)[], firstCol = 0): string {
  const cells = values
    .map((value, i) => {
      if (value === null) return "";
      const ref = `${colName(firstCol + i)}${row}`;
      return typeof value === "number"
        ? `<c r="${ref}"><v>${value}</v></c>`
        : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
    })
    .join("");
  return `<row r="${row}">${cells}</row>`;
}

export function colName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A small valid scoring table (header in row 3) as sheetData rows, for sheets the engine must find. */
export function scoringRows(): string {
  const rows: (string | number | null)[][] = [
    ["BẢNG ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024"],
    [],
    ["TT", "Tiêu chí", "Điểm tối đa", "Điểm thẩm định", "Lý do trừ điểm"],
    ["1", "Chỉ đạo, điều hành", 3, 2.5, null],
    ["1.1", "Kế hoạch CCHC", 1, 1, null],
    ["1.2", "Báo cáo CCHC", 2, 1.5, "Báo cáo chậm"],
    ["2", "Thể chế", 2, 2, null],
    ["2.1", "Văn bản QPPL", 2, 2, null],
    ["", "Tổng cộng", 5, 4.5, null],
  ];
  return rows.map((values, i) => rowXml(i + 1, values)).join("");
}
