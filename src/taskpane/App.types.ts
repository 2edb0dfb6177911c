import type { Lang } from "../domain";
import type { WorkbookHost } from "../hosts/workbookHost";

export interface AppProps {
  /** The open workbook (the Office.js host inside Excel, the browser host on the web page; a stub in tests). */
  host: WorkbookHost;
  /** The pane's language. @default "vi" */
  lang?: Lang;
  /** Check the workbook as soon as the pane shows (the web page, where the user has just picked the file). @default false */
  autoCheck?: boolean;
}
