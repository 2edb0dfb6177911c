import type { Lang } from "../domain";
import type { WorkbookHost } from "../hosts/workbookHost";
import type { LangStorage } from "./strings/langPreference";

export interface AppProps {
  /** The open workbook (the Office.js host inside Excel, the browser host on the web page; a stub in tests). */
  host: WorkbookHost;
  /** The pane's first language; the user's switch changes it (and remembers it). @default "vi" */
  lang?: Lang;
  /** Told when the user switches language in the pane (the web page keeps its own texts in step). */
  onLangChange?: (lang: Lang) => void;
  /** The date whose year the GIẢI PHÁP years fall back to when the workbook's title names none. @default now */
  today?: Date;
  /** Where the language choice is remembered. @default window.localStorage */
  langStorage?: LangStorage;
  /** Check the workbook as soon as the pane shows (the web page, where the user has just picked the file). @default false */
  autoCheck?: boolean;
}
