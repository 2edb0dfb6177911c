import { langOfLocale, uniqueSheetName, type CellRef, type Framework, type HighlightPlan, type Lang, type RemediationSheetLayout, type WorkbookSnapshot } from "../../domain";
import { HostError } from "../errors";
import type { WorkbookHost } from "../workbookHost";
import { readFrameworkSetting, saveFrameworkSetting } from "./frameworkSetting";
import { applyHighlightRules, clearHighlightRules } from "./highlight";
import { readRecords, saveRecords } from "./highlightRecords";
import { hostMessage } from "./messages";
import { globalExcel, globalOffice, type ExcelRuntime, type OfficeRuntime } from "./officeRuntime";
import { readWorkbookSnapshot } from "./readWorkbookSnapshot";
import { assertExcelApi, MERGED_AREAS_API, PAGE_LAYOUT_API, supportsExcelApi } from "./requirements";
import { selectCellIn } from "./selectCell";
import { excelErrorCode, runExcel, wrapExcelError } from "./wrapExcelError";
import { writeRemediationSheet } from "./writeRemediation";

export interface OfficeHostOptions {
  /** Language of error messages; default: Vietnamese unless Office's display language is another one. */
  lang?: Lang;
  /** Write GIẢI PHÁP values in row chunks above this many bytes (default ~4 MB). */
  chunkBytes?: number;
}

export const DEFAULT_REMEDIATION_SHEET = "GIẢI PHÁP";

/**
 * The WorkbookHost over Office.js. `excel` and `office` default to the page's globals; tests pass the strict fake.
 * Round trips: readWorkbook 2; applyHighlight 2; writeRemediation 1 after a read or highlight (the sheet names are
 * known), else 2; values over ~4 MB add one per chunk. Every Excel failure becomes a HostError with `cause`.
 */
export function createOfficeHost(
  excel: ExcelRuntime | undefined = globalExcel(),
  office: OfficeRuntime | undefined = globalOffice(),
  options: OfficeHostOptions = {},
): WorkbookHost {
  const lang = options.lang ?? langOf(office);
  let sheetNames: string[] | undefined;

  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    assertExcelApi(excel, office, lang);
    return runExcel(excel!, lang, batch);
  };
  const settings = () => office!.context.document.settings;

  return {
    async readWorkbook(): Promise<WorkbookSnapshot> {
      const merges = supportsExcelApi(office, MERGED_AREAS_API);
      const snapshot = await run((context) => readWorkbookSnapshot(context, { merges }));
      sheetNames = snapshot.sheets.map((s) => s.name);
      return snapshot;
    },

    async applyHighlight(plan: HighlightPlan): Promise<void> {
      if (!plan.rules.length) return;
      const result = await run((context) => applyHighlightRules(context, plan, readRecords(settings()), lang));
      sheetNames = result.sheetNames;
      await saveOrFail(() => saveRecords(settings(), result.records), lang);
    },

    async clearHighlight(): Promise<number> {
      const records = readRecords(settings());
      if (!records.length) return 0;
      const count = await run((context) => clearHighlightRules(context, records, lang));
      await saveOrFail(() => saveRecords(settings(), []), lang);
      return count;
    },

    async writeRemediation(layout: RemediationSheetLayout, baseName = DEFAULT_REMEDIATION_SHEET): Promise<string> {
      const write = { pageLayout: supportsExcelApi(office, PAGE_LAYOUT_API), chunkBytes: options.chunkBytes };
      const name = await run(async (context) => {
        const known = sheetNames ?? (await loadSheetNames(context));
        const first = uniqueSheetName(baseName, known);
        try {
          await writeRemediationSheet(context, layout, first, write);
          return first;
        } catch (error) {
          if (excelErrorCode(error) !== "ItemAlreadyExists") throw error;
          // The names we knew were stale (a sheet was added meanwhile): nothing was written; retry once with fresh names.
          const second = uniqueSheetName(baseName, await loadSheetNames(context));
          if (second === first) throw wrapExcelError(error, lang, first);
          await writeRemediationSheet(context, layout, second, write).catch((again) => {
            throw wrapExcelError(again, lang, second);
          });
          return second;
        }
      });
      sheetNames = [...(sheetNames ?? []), name];
      return name;
    },

    async selectCell(ref: CellRef): Promise<void> {
      await run((context) => selectCellIn(context, ref));
    },

    async loadFramework(): Promise<Framework | null> {
      return office?.context?.document?.settings ? readFrameworkSetting(settings()) : null;
    },

    async saveFramework(framework: Framework | null): Promise<void> {
      assertExcelApi(excel, office, lang);
      await saveOrFail(() => saveFrameworkSetting(settings(), framework), lang);
    },
  };
}

/** Vietnamese unless Office runs in another language. */
function langOf(office: OfficeRuntime | undefined): Lang {
  return langOfLocale(office?.context?.displayLanguage);
}

async function loadSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((s) => s.name);
}

async function saveOrFail(save: () => Promise<void>, lang: Lang): Promise<void> {
  try {
    await save();
  } catch (error) {
    throw new HostError("excel_failed", hostMessage(lang, "settingsNotSaved"), { cause: error });
  }
}
