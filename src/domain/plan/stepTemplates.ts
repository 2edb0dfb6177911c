import { normalizeText } from "../base/normalizeText";
import type { StepTemplate } from "./remediation";
import { normalizeStepCode } from "./stepCode";
import { endCol, endRow, isCellError, valueAt, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../base/snapshot";

/** How far down a template sheet the header row is looked for. */
const HEADER_SEARCH_ROWS = 20;

interface TemplateColumns {
  code: number;
  step: number;
  deadline?: number;
  note?: number;
  lead?: number;
  support?: number;
}

/**
 * Reads the workbook's own step templates from a sheet named like "Giải pháp mẫu" / "Mẫu giải pháp" (any case,
 * with or without diacritics): a header row with a code column ("Mã", "TT", "Mã tiêu chí", else "Tiêu chí"), a step
 * column ("Giải pháp", "Biện pháp") and optional deadline ("Thời hạn"), note ("Ghi chú"), lead unit ("Đơn vị chủ trì") and
 * helping units ("Đơn vị phối hợp") columns. Codes are
 * normalised ("Tiêu chí 2.6.1" -> "2.6.1", "II" -> "2"); a code merged down over several rows applies to each; a
 * step cell holding several "- " lines gives one template per line (with the deadline of the same line when the
 * deadline cell has as many lines). Returns [] when there is no such sheet or it has no usable header.
 * Codes typed as numbers lose trailing zeros in Excel (2.10 -> 2.1); such sheets should type codes as text.
 */
export function readStepTemplates(workbook: WorkbookSnapshot): StepTemplate[] {
  const sheet = workbook.sheets.find((candidate) => isTemplateSheetName(candidate.name));
  if (!sheet) return [];
  const header = findHeader(sheet);
  if (!header) return [];
  const templates: StepTemplate[] = [];
  for (let row = header.row + 1; row < endRow(sheet); row++) templates.push(...readRow(sheet, row, header.columns));
  return templates;
}

/** "Giải pháp mẫu", "GIAI PHAP MAU", "Mẫu giải pháp", "Giải pháp (mẫu)". */
export function isTemplateSheetName(name: string): boolean {
  const folded = normalizeText(name);
  return /\bgiai phap\b/.test(folded) && /\bmau\b/.test(folded);
}

function findHeader(sheet: SheetSnapshot): { row: number; columns: TemplateColumns } | null {
  const last = Math.min(endRow(sheet), sheet.origin.row + HEADER_SEARCH_ROWS);
  for (let row = sheet.origin.row; row < last; row++) {
    const columns = matchColumns(sheet, row);
    if (columns) return { row, columns };
  }
  return null;
}

function matchColumns(sheet: SheetSnapshot, row: number): TemplateColumns | null {
  const labels: Array<[number, string]> = [];
  for (let col = sheet.origin.col; col < endCol(sheet); col++) labels.push([col, normalizeText(textOf(valueAt(sheet, row, col)))]);
  const find = (test: (label: string) => boolean) => labels.find(([, label]) => label !== "" && test(label))?.[0];
  const code = find((l) => /^(ma|ma so|tt|stt|code)$|^ma (tieu chi|linh vuc)/.test(l)) ?? find((l) => /^tieu chi\b/.test(l));
  const step = find((l) => /giai phap|bien phap|^buoc\b|^step/.test(l));
  if (code === undefined || step === undefined || code === step) return null;
  return {
    code,
    step,
    deadline: find((l) => /thoi han|thoi gian|deadline/.test(l)),
    note: find((l) => /ghi chu|^note/.test(l)),
    lead: find((l) => /chu tri|^lead/.test(l)),
    support: find((l) => /phoi hop|^support/.test(l)),
  };
}

function readRow(sheet: SheetSnapshot, row: number, columns: TemplateColumns): StepTemplate[] {
  const code = normalizeStepCode(textOf(mergedValue(sheet, row, columns.code)));
  const steps = splitLines(textOf(valueAt(sheet, row, columns.step)));
  if (code === "" || steps.length === 0) return [];
  const deadlines = splitLines(columns.deadline === undefined ? "" : textOf(mergedValue(sheet, row, columns.deadline)));
  const note = columns.note === undefined ? "" : splitLines(textOf(valueAt(sheet, row, columns.note))).join("; ");
  const unit = (col: number | undefined) => (col === undefined ? "" : splitLines(textOf(mergedValue(sheet, row, col))).join("; "));
  const [lead, support] = [unit(columns.lead), unit(columns.support)];
  return steps.map((step, index) => ({
    code,
    step,
    deadline: deadlines.length === steps.length ? deadlines[index] : deadlines.join("; "),
    note,
    ...(lead !== "" && { lead }),
    ...(support !== "" && { support }),
  }));
}

/** The value shown in a cell: a merge's top-left value for every cell of the merge. */
function mergedValue(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const merge = sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  return merge ? valueAt(sheet, merge.top, merge.left) : valueAt(sheet, row, col);
}

/**
 * "- a\n- b" -> ["a", "b"]; a line that does not start with a bullet continues the previous one. A bullet is a mark
 * followed by a space: "-5% chi phí" and "+84 …" are texts as given, not bullets.
 */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    const bullet = /^[-+•*–]\s+/.exec(line);
    if (bullet || lines.length === 0) lines.push(line.slice(bullet?.[0].length ?? 0).trim());
    else lines[lines.length - 1] += ` ${line}`;
  }
  return lines.filter((line) => line !== "");
}

function textOf(value: CellValue): string {
  if (value === null || isCellError(value)) return "";
  return String(value).normalize("NFC").trim();
}
