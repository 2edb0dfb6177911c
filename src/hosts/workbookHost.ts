import type { CellRef, Framework, HighlightPlan, RemediationSheetLayout, WorkbookSnapshot } from "../domain";

/**
 * The one small interface the task pane and the ribbon commands use to talk to the open workbook.
 * The Office.js host implements it (src/hosts/office), the web page's browser host over a workbook held in memory
 * (src/hosts/browser); tests use the strict fake Excel behind the Office.js host.
 * Failures are thrown as the typed errors of `./errors`.
 */
export interface WorkbookHost {
  /** Reads every sheet's used range (values, merges, protection) into a snapshot. */
  readWorkbook(): Promise<WorkbookSnapshot>;
  /** Adds the plan's conditional formats and remembers them, so `clearHighlight` removes exactly those. */
  applyHighlight(plan: HighlightPlan): Promise<void>;
  /** Removes only what `applyHighlight` added; returns how many rules were removed. */
  clearHighlight(): Promise<number>;
  /** Adds a new sheet (never overwriting one) holding the GIẢI PHÁP table, activates it, returns its name. */
  writeRemediation(layout: RemediationSheetLayout, baseName?: string): Promise<string>;
  /**
   * Shows the user one cell (a clicked finding or deduction): Excel activates its sheet and selects it; the web page,
   * which has no Excel, shows it marked in a read-only view of the sheet.
   */
  selectCell(ref: CellRef): Promise<void>;
  /** The framework remembered in the document (document settings), or null. Hosts without settings omit it. */
  loadFramework?(): Promise<Framework | null>;
  /** Remembers the framework in the document, or forgets it (null). */
  saveFramework?(framework: Framework | null): Promise<void>;
}
