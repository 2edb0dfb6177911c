import type ExcelJS from "exceljs";
import type { HighlightPlan, HighlightRule } from "../../domain";

/**
 * Adds each rule of the plan as a conditional format of type "expression" on its sheet and range, so the colour
 * follows the scores when they are edited. The cells' own styles (fills, fonts, number formats) are never touched.
 * Priorities: the plan's rules come first (1, 2, …) and the user's own rules on those sheets keep their order below
 * them — as the Office add-in does, where Excel adds each new rule at the top priority; the colour the user asked
 * for is the one shown. (exceljs would otherwise give the new rules a priority tied with the user's last one.)
 * Returns what was added, so a caller can take it back out, priorities included (see savePlanCopy).
 * @throws Error when a rule names a sheet the workbook does not have (a bug in the caller, not a user problem).
 */
export function applyHighlightRules(workbook: ExcelJS.Workbook, plan: HighlightPlan): AddedHighlight[] {
  const lowered = new Set<ExcelJS.Worksheet>();
  return plan.rules.map((rule, index) => {
    const sheet = workbook.getWorksheet(rule.sheet);
    if (!sheet) throw new Error(`applyHighlightRules: no sheet named "${rule.sheet}"`);
    const shifted = lowered.has(sheet) ? [] : lowerExistingRules(sheet, plan.rules.length);
    lowered.add(sheet);
    const format = toConditionalFormat(rule, index + 1);
    sheet.addConditionalFormatting(format);
    return { sheet, format, shifted };
  });
}

/** One conditional format added by applyHighlightRules, and the user's rule priorities it moved down. */
export interface AddedHighlight {
  sheet: ExcelJS.Worksheet;
  format: ExcelJS.ConditionalFormattingOptions;
  shifted: { rule: { priority?: number }; priority: number | undefined }[];
}

/** Removes the conditional formats that applyHighlightRules added, and only those, and restores the priorities. */
export function removeHighlights(added: readonly AddedHighlight[]): void {
  for (const { sheet, format, shifted } of added) {
    sheet.removeConditionalFormatting((existing: ExcelJS.ConditionalFormattingOptions) => existing !== format);
    shifted.forEach(({ rule, priority }) => (rule.priority = priority));
  }
}

/** Moves every existing rule of the sheet `by` priorities down (keeping their order); returns what it changed. */
function lowerExistingRules(sheet: ExcelJS.Worksheet, by: number): AddedHighlight["shifted"] {
  const formats = (sheet as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  const rules = formats.flatMap((format) => format.rules as { priority?: number }[]);
  const shifted = rules.map((rule) => ({ rule, priority: rule.priority }));
  // Rules without a priority are numbered after the others, in document order, as exceljs would on writing.
  let next = Math.max(0, ...rules.map((rule) => rule.priority ?? 0));
  for (const rule of rules) rule.priority = (rule.priority ?? ++next) + by;
  return shifted;
}

function toConditionalFormat(rule: HighlightRule, priority: number): ExcelJS.ConditionalFormattingOptions {
  const argb = `FF${rule.fill.replace(/^#/, "").toUpperCase()}`;
  return {
    ref: rule.range,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [rule.formula.replace(/^=/, "")],
        // A conditional format's solid fill shows its background colour.
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb } } },
      },
    ],
  };
}
