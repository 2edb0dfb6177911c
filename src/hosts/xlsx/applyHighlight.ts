import type ExcelJS from "exceljs";
import type { HighlightPlan, HighlightRule } from "../../domain";

/**
 * Adds each rule of the plan as a conditional format of type "expression" on its sheet and range, so the colour
 * follows the scores when they are edited. The cells' own styles (fills, fonts, number formats) are never touched;
 * existing conditional formats stay, ours come after them.
 * Returns what was added, so a caller can take it back out (see savePlanCopy).
 * @throws Error when a rule names a sheet the workbook does not have (a bug in the caller, not a user problem).
 */
export function applyHighlightRules(workbook: ExcelJS.Workbook, plan: HighlightPlan): AddedHighlight[] {
  return plan.rules.map((rule) => {
    const sheet = workbook.getWorksheet(rule.sheet);
    if (!sheet) throw new Error(`applyHighlightRules: no sheet named "${rule.sheet}"`);
    const format = toConditionalFormat(rule);
    sheet.addConditionalFormatting(format);
    return { sheet, format };
  });
}

/** One conditional format added by applyHighlightRules. */
export interface AddedHighlight {
  sheet: ExcelJS.Worksheet;
  format: ExcelJS.ConditionalFormattingOptions;
}

/** Removes the conditional formats that applyHighlightRules added, and only those. */
export function removeHighlights(added: readonly AddedHighlight[]): void {
  for (const { sheet, format } of added) {
    sheet.removeConditionalFormatting((existing: ExcelJS.ConditionalFormattingOptions) => existing !== format);
  }
}

function toConditionalFormat(rule: HighlightRule): ExcelJS.ConditionalFormattingOptions {
  const argb = `FF${rule.fill.replace(/^#/, "").toUpperCase()}`;
  return {
    ref: rule.range,
    rules: [
      {
        type: "expression",
        priority: 0,
        formulae: [rule.formula.replace(/^=/, "")],
        // A conditional format's solid fill shows its background colour.
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } },
      },
    ],
  };
}
