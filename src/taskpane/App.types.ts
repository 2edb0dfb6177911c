import type { Lang } from "../domain";
import type { WorkbookHost } from "../hosts/workbookHost";

export interface AppProps {
  /** The open workbook (the Office.js host inside Excel; a stub in tests). */
  host: WorkbookHost;
  /** The pane's language. @default "vi" */
  lang?: Lang;
}
