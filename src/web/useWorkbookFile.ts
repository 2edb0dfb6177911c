import { useRef, useState } from "react";
import type { CellRef } from "../domain";
import { createBrowserHost, type BrowserHost } from "../hosts/browser/browserHost";
import { openWorkbookBytes, type OpenedWorkbook } from "../hosts/browser/workbookBytes";

/** The picked file: none yet, being read, open (with its host), or not a workbook the page can read. */
export type WorkbookFile =
  | { status: "none" }
  | { status: "opening"; name: string }
  | { status: "open"; id: number; opened: OpenedWorkbook; host: BrowserHost }
  | { status: "failed"; name: string; error: unknown };

export interface WorkbookFileState {
  file: WorkbookFile;
  /** The cell the pane last asked to show (a clicked finding or deduction). */
  shownCell?: CellRef;
  /** The GIẢI PHÁP sheet's name once the pane has created it (the copy can then be downloaded). */
  planSheet?: string;
  open(file: Blob & { name: string }): Promise<void>;
  hideCell(): void;
}

/**
 * Reads a picked file in memory (never uploaded) and makes the browser host over it. A newer pick wins over one still
 * being read; each opened file gets a new id, so the pane starts afresh.
 */
export function useWorkbookFile(): WorkbookFileState {
  const [file, setFile] = useState<WorkbookFile>({ status: "none" });
  const [shownCell, setShownCell] = useState<CellRef>();
  const [planSheet, setPlanSheet] = useState<string>();
  const latest = useRef(0);

  async function open(picked: Blob & { name: string }): Promise<void> {
    const id = ++latest.current;
    setFile({ status: "opening", name: picked.name });
    setShownCell(undefined);
    setPlanSheet(undefined);
    try {
      const bytes = new Uint8Array(await picked.arrayBuffer());
      // Yield once so the "opening" spinner is painted before the (synchronous) read.
      await new Promise((painted) => setTimeout(painted, 0));
      const opened = openWorkbookBytes(bytes, picked.name);
      const host = createBrowserHost(opened, {
        showCell: (ref) => id === latest.current && setShownCell(ref),
        planCreated: (sheet) => id === latest.current && setPlanSheet(sheet),
      });
      if (id === latest.current) setFile({ status: "open", id, opened, host });
    } catch (error) {
      if (id === latest.current) setFile({ status: "failed", name: picked.name, error });
    }
  }

  return { file, shownCell, planSheet, open, hideCell: () => setShownCell(undefined) };
}
