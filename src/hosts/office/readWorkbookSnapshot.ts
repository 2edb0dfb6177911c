import { analyzeWorkbook, type CellRange, type SheetSnapshot, type WorkbookSnapshot } from "../../domain";
import { readMergesInBands, readValuesInChunks } from "./readSheetRest";
import { readSheetWindows, type SheetWindow } from "./readSheetWindows";

/**
 * Reads the workbook into a snapshot, asking Excel only for what the check needs and never for more than one
 * response can carry (Excel on the web: 5 MB):
 *
 * 1. sync 1 the sheets; sync 2 every sheet's used range and its window (values and merges): an ordinary workbook
 *    is complete after these 2 syncs;
 * 2. a sheet larger than its window is completed only when the engine, run on the windows, takes it for a scoring
 *    sheet (or half of a split): its values in row chunks, one sync each. A huge unrelated sheet keeps its window;
 * 3. when a window held more than 512 merged areas, the merges of the sheets the engine uses are read in bands.
 */
export async function readWorkbookSnapshot(context: Excel.RequestContext, options: { merges: boolean }): Promise<WorkbookSnapshot> {
  const windows = await readSheetWindows(context, options.merges);
  const partial: WorkbookSnapshot = { sheets: windows.map(toSheetSnapshot) };
  const needed = windows.filter((w) => !isComplete(w) || (options.merges && w.merges === null));
  if (!needed.length) return partial;
  const used = scoringSheets(partial);
  for (const [index, window] of windows.entries()) {
    if (!used.has(window.name) || !window.used) continue;
    const sheet = partial.sheets[index];
    if (!isComplete(window)) {
      partial.sheets[index] = { ...sheet, origin: { row: window.used.top, col: window.used.left }, values: await readValuesInChunks(context, window.name, window.used) };
    }
    if (options.merges && (window.merges === null || !isComplete(window))) {
      partial.sheets[index].merges = (await readMergesInBands(context, window.name, window.used)) ?? [];
    }
  }
  return partial;
}

/** The sheets the engine would use, judged on what was read so far (their headers lie in the windows). */
function scoringSheets(snapshot: WorkbookSnapshot): Set<string> {
  const result = analyzeWorkbook(snapshot);
  return new Set(result.ok ? result.analysis.candidateSheets : []);
}

function isComplete(window: SheetWindow): boolean {
  return !window.used || (window.read !== null && sameRect(window.used, window.read));
}

function sameRect(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function toSheetSnapshot(window: SheetWindow): SheetSnapshot {
  return {
    name: window.name,
    origin: window.read ? { row: window.read.top, col: window.read.left } : { row: 0, col: 0 },
    values: window.values,
    merges: window.merges ?? [],
    protected: window.protected,
    hidden: window.hidden,
  };
}
