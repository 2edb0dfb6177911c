import { uniqueSheetName, type CellRef, type HighlightPlan, type RemediationSheetLayout } from "../../domain";
import { HostError } from "../errors";
import { planCopyName } from "../planCopyName";
import type { WorkbookHost } from "../workbookHost";
import { writePlanCopy, type OpenedWorkbook } from "./workbookBytes";

/** What the page shows when the pane asks for it: a cell in the read-only sheet view, a copy ready to download. */
export interface BrowserHostEvents {
  showCell(ref: CellRef): void;
  planCreated(sheetName: string): void;
}

/** The copy the page offers: file name and bytes. */
export interface PlanDownload {
  fileName: string;
  bytes: Uint8Array;
}

/** The WorkbookHost of the web page, plus the download of the copy. */
export interface BrowserHost extends WorkbookHost {
  /** The copy as it stands (highlight applied or not, latest GIẢI PHÁP); undefined before "Tạo bảng GIẢI PHÁP". */
  buildDownload(): Promise<PlanDownload | undefined>;
}

/**
 * A workbook held in memory, changed only in the copy: the picked file is never written. The highlight and the
 * GIẢI PHÁP sheet the pane asks for are remembered and written into the downloaded copy by the xlsx writer; creating
 * the plan again replaces the one not yet downloaded (the sheet keeps its name, chosen against the workbook's own).
 */
export function createBrowserHost(opened: OpenedWorkbook, events: BrowserHostEvents): BrowserHost {
  const sheetNames = opened.snapshot.sheets.map((sheet) => sheet.name);
  let highlight: HighlightPlan | undefined;
  let plan: { layout: RemediationSheetLayout; sheetName: string } | undefined;

  return {
    readWorkbook: async () => opened.snapshot,
    applyHighlight: async (next) => {
      highlight = { rules: [...(highlight?.rules ?? []), ...next.rules] };
    },
    clearHighlight: async () => {
      const removed = highlight?.rules.length ?? 0;
      highlight = undefined;
      return removed;
    },
    writeRemediation: async (layout, baseName = "GIẢI PHÁP") => {
      const sheetName = uniqueSheetName(baseName, sheetNames);
      plan = { layout, sheetName };
      events.planCreated(sheetName);
      return sheetName;
    },
    selectCell: async (ref) => {
      if (!sheetNames.includes(ref.sheet)) {
        throw new HostError("file_unreadable", `Không có trang tính "${ref.sheet}" trong tệp "${opened.fileName}".`, {
          target: ref.sheet,
        });
      }
      events.showCell(ref);
    },
    buildDownload: async () => {
      if (!plan) return undefined;
      const bytes = writePlanCopy(opened, plan.layout, plan.sheetName, highlight);
      return { fileName: planCopyName(opened.fileName), bytes };
    },
  };
}
