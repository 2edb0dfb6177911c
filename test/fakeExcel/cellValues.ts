import type { CellValue } from "../../src/domain";
import { fakeError } from "./fakeError";
import type { CellModel } from "./model";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32767;

/** How Excel stores a value written through Range.values, and how it reads one back. */

const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Writes one value as Excel would: in a text-formatted ("@") cell text stays text; otherwise text starting with
 * "=", "+", "-" or "@" becomes a formula (the fake does not evaluate it: the cell shows #NAME?), numeric text
 * becomes a number, "TRUE"/"FALSE" booleans. `null` leaves the cell unchanged, "" clears it. Text over 32,767
 * characters is refused (InvalidArgument).
 */
export function writeCellValue(cell: CellModel, raw: unknown): void {
  if (raw === null || raw === undefined) return;
  cell.formula = undefined;
  if (typeof raw === "number" || typeof raw === "boolean") {
    cell.value = raw;
    return;
  }
  const text = String(raw);
  if (text.length > MAX_CELL_CHARS) throw fakeError("InvalidArgument", "Range.values", `A cell holds at most ${MAX_CELL_CHARS} characters.`);
  if (text === "") cell.value = null;
  else if (cell.numberFormat === "@") cell.value = text;
  else if (text.startsWith("'")) cell.value = text.slice(1);
  else if (NUMBER.test(text)) cell.value = Number(text);
  else if (/^[=+\-@]./s.test(text)) {
    cell.formula = text.startsWith("=") ? text : `=${text}`;
    cell.value = { error: "#NAME?" };
  } else if (/^(true|false)$/i.test(text)) cell.value = text.toLowerCase() === "true";
  else if (ERROR_VALUES.has(text)) cell.value = { error: text };
  else cell.value = text;
}

/** The value Range.values returns: "" for empty, the error text for errors. */
export function readCellValue(cell: CellModel | undefined): string | number | boolean {
  const value: CellValue = cell ? cell.value : null;
  if (value === null) return "";
  if (typeof value === "object") return value.error;
  return value;
}

/** Range.valueTypes for one cell. */
export function readValueType(cell: CellModel | undefined): string {
  const value = cell?.value ?? null;
  if (value === null) return "Empty";
  if (typeof value === "object") return "Error";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}
