/**
 * How to colour a scoring sheet, as conditional formats that follow the scores: editing a score in Excel updates the
 * colour. Both hosts apply exactly these rules; nothing else of the sheet is touched.
 */
export interface HighlightRule {
  sheet: string;
  /** A1 range the rule covers, without the sheet ("E6:E120"). */
  range: string;
  /** Excel formula relative to the range's top-left cell, e.g. "=AND(ISNUMBER(E6),ISNUMBER(D6),E6<D6-0.005)". */
  formula: string;
  /** Fill colour, "#RRGGBB". */
  fill: string;
  /** What the rule marks. */
  purpose: "deducted" | "error";
}

export interface HighlightPlan {
  rules: HighlightRule[];
}

/** Light orange for deducted criteria, light red for cells holding an error finding. */
export const HIGHLIGHT_COLORS = { deducted: "#FCE4D6", error: "#F8CBAD" } as const;
