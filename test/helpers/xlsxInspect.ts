import type ExcelJS from "exceljs";

/** A worksheet's conditional formats: exceljs keeps them in `conditionalFormattings`, missing from its typings. */
export function conditionalFormatsOf(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** A worksheet's protection (`{ sheet: true, … }` when protected), also missing from exceljs's typings. */
export function sheetProtectionOf(sheet: ExcelJS.Worksheet): { sheet?: boolean } | null {
  return (sheet as unknown as { sheetProtection: { sheet?: boolean } | null }).sheetProtection;
}
