/**
 * The parts of the `Excel` and `Office` globals the Office host uses, as small interfaces: the real globals satisfy
 * them, and tests pass the strict fake (test/fakeExcel) instead.
 */

export interface ExcelRuntime {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** Office.Settings: values stored in the document; `saveAsync` persists what `set`/`remove` changed. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

export interface OfficeRuntime {
  context: {
    displayLanguage?: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { settings: DocumentSettings };
  };
}

/** The page's `Excel` global, or undefined outside Excel. */
export function globalExcel(): ExcelRuntime | undefined {
  return (globalThis as { Excel?: ExcelRuntime }).Excel;
}

/** The page's `Office` global, or undefined before office.js has loaded. */
export function globalOffice(): OfficeRuntime | undefined {
  return (globalThis as { Office?: OfficeRuntime }).Office;
}
