import ExcelJS from "exceljs";
import type { CellValue } from "../../domain";

/**
 * Turns one exceljs cell value into the domain's plain CellValue. This is the only place that knows exceljs's value
 * shapes:
 * - numbers, strings, booleans as they are; empty -> null;
 * - formulas and shared formulas -> their cached result (an error result -> `{ error }`; no cached result -> null);
 * - rich text -> its runs' text joined; hyperlinks -> their text;
 * - dates -> "dd/mm/yyyy" text (the date as written in the cell, read in UTC as exceljs stores it);
 * - errors (`{ error: "#REF!" }`) kept as errors.
 */
export function flattenCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return formatDate(value);
  if ("error" in value) return { error: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) return flattenResult(value.result);
  if ("richText" in value) return joinRichText(value.richText);
  if ("hyperlink" in value) return flattenText(value.text);
  return null;
}

/**
 * One exceljs cell as a CellValue. Formula cells are read from `cell.result`: exceljs leaves a cached result of 0 out
 * of `cell.value` ({ formula } with no result), which would read a score of 0 as blank.
 */
export function flattenCell(cell: ExcelJS.Cell): CellValue {
  return cell.type === ExcelJS.ValueType.Formula ? flattenResult(cell.result) : flattenCellValue(cell.value);
}

function flattenResult(result: ExcelJS.CellFormulaValue["result"]): CellValue {
  // A formula whose result was never saved (written by a tool, not Excel) has no value we can trust.
  if (result === undefined) return null;
  return flattenCellValue(result);
}

function joinRichText(runs: readonly ExcelJS.RichText[] | undefined): string {
  return (runs ?? []).map((run) => run.text ?? "").join("");
}

/** Hyperlink text is a string, but exceljs hands over rich text when the link's text is formatted. */
function flattenText(text: unknown): CellValue {
  if (typeof text === "string") return text;
  if (text && typeof text === "object" && "richText" in text) {
    return joinRichText((text as ExcelJS.CellRichTextValue).richText);
  }
  return text === undefined || text === null ? null : String(text);
}

/** "dd/mm/yyyy"; exceljs turns date serials into UTC midnights, so the UTC fields are the cell's date. */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const day = String(date.getUTCDate()).padStart(2, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  return `${day}/${month}/${date.getUTCFullYear()}`;
}
