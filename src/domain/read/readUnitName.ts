import type { TableLayout, TableSource } from "../base/options";
import { normalizeText } from "../base/normalizeText";
import { valueAt, type SheetSnapshot, type WorkbookSnapshot } from "../base/snapshot";

// Lines that name a unit: "SỞ NGOẠI VỤ", "UBND HUYỆN CAN LỘC", "VĂN PHÒNG UBND TỈNH", "BAN QUẢN LÝ KHU KINH TẾ" …
const UNIT_START =
  /^(so|ban|ubnd|uy ban nhan dan|van phong|thanh tra|cong an|bo chi huy|trung tam|chi cuc|dai phat thanh|truong|kho bac|cuc|hoi dong nhan dan)\b/;
// "KẾT QUẢ … NĂM 2023 - UBND XÃ THẠCH HẠ": the unit after a dash at the end of a title.
const TITLE_SUFFIX = /\s[-–—]\s+([^-–—]+)$/;
// A label cell followed by the unit's name: "Đơn vị" | "UBND xã Thạch Hạ", "Tên đơn vị:", "Cơ quan".
const LABEL = /^(ten )?(don vi|co quan)( danh gia| tu danh gia)?\s*:?$/;
// A label and the name in one cell: "Đơn vị: Sở Ngoại vụ tỉnh Hà Tĩnh".
const LABELLED = /^((?:tên )?(?:đơn vị|cơ quan))\s*:\s*(\S.*)$/iu;
// "SỞ NGOẠI VỤ TỈNH HÀ TĨNH" -> "SỞ NGOẠI VỤ": the province is the same for every unit a reviewer compares.
const PROVINCE_SUFFIX = /\s+(tỉnh|TỈNH|Tỉnh)\s+\S.*$/u;

/**
 * The name of the unit a scoring workbook belongs to (`source`: where its scoring table was found, Analysis.source), as its title rows state it ("SỞ NGOẠI VỤ", "VĂN PHÒNG UBND
 * TỈNH", "UBND XÃ THẠCH HẠ"), or null. Reads only the rows above the scoring table's header (of both sheets of a
 * split layout), a cell may hold several lines; of an authority over a unit ("UBND TỈNH HÀ TĨNH" above "SỞ NGOẠI VỤ")
 * the last line is the unit; a line "Đơn vị: …" names it outright. Failing that, a cell labelled "Đơn vị"/"Tên đơn vị"/"Cơ quan" anywhere in the workbook
 * gives the text beside it. A sở's trailing province ("… TỈNH HÀ TĨNH") is dropped.
 */
export function readUnitName(workbook: WorkbookSnapshot, source: TableSource): string | null {
  const layouts: TableLayout[] = source.kind === "single" ? [source.table] : [source.scores, source.criteria];
  for (const layout of layouts) {
    const sheet = workbook.sheets.find((candidate) => candidate.name === layout.sheet);
    const name = sheet ? nameInTitle(sheet, layout.headerTop) : null;
    if (name) return name;
  }
  for (const sheet of workbook.sheets) {
    const name = nameBesideLabel(sheet);
    if (name) return name;
  }
  return null;
}

function nameInTitle(sheet: SheetSnapshot, headerTop: number): string | null {
  const lines = sheet.values
    .slice(0, Math.max(0, headerTop - sheet.origin.row))
    .flat()
    .filter((value): value is string => typeof value === "string")
    .flatMap((text) => text.split(/\r?\n/))
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "");
  const labelled = lines.map((line) => LABELLED.exec(line)?.[2]).find((name) => name !== undefined);
  if (labelled) return tidy(labelled);
  const units = lines.filter(namesUnit);
  if (units.length > 0) return tidy(units[units.length - 1]);
  for (const line of lines) {
    const suffix = TITLE_SUFFIX.exec(line)?.[1];
    if (suffix && UNIT_START.test(normalizeText(suffix))) return tidy(suffix);
  }
  return null;
}

/** Whether a title line starts like a unit's name ("SỞ …", "UBND …", "VĂN PHÒNG …"). */
export function namesUnit(line: string): boolean {
  return UNIT_START.test(normalizeText(line));
}

function nameBesideLabel(sheet: SheetSnapshot): string | null {
  const rows = Math.min(sheet.values.length, 20);
  for (let r = 0; r < rows; r++) {
    const line = sheet.values[r];
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      if (typeof value !== "string" || !LABEL.test(normalizeText(value))) continue;
      const next = line.slice(c + 1).find((cell) => typeof cell === "string" && cell.trim() !== "");
      if (typeof next === "string") return tidy(next);
      const below = valueAt(sheet, sheet.origin.row + r + 1, sheet.origin.col + c);
      if (typeof below === "string" && below.trim() !== "") return tidy(below);
    }
  }
  return null;
}

function tidy(name: string): string {
  const trimmed = name.replace(/\s+/g, " ").replace(/[.:;,]+$/, "").trim();
  const withoutProvince = trimmed.replace(PROVINCE_SUFFIX, "");
  // "UBND TỈNH HÀ TĨNH" is itself the province's unit: keep it whole.
  return /^(ubnd|uy ban nhan dan)$/.test(normalizeText(withoutProvince)) ? trimmed : withoutProvince;
}
