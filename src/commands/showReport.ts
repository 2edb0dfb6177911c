import type { CommandReport } from "./commandReport";
import { reportUrl } from "./reportUrl";

// The values of Office.AsyncResultStatus.Succeeded and Office.EventType.Dialog*, spelled out so this module runs
// without office.js loaded (tests).
const SUCCEEDED = "succeeded";
const MESSAGE_RECEIVED = "dialogMessageReceived" as unknown as Office.EventType;
const EVENT_RECEIVED = "dialogEventReceived" as unknown as Office.EventType;

/** What the dialog page sends its opener: it can receive the report, or the user pressed Close. */
export const DIALOG_READY = "ready";
export const DIALOG_CLOSE = "close";

/** How long to wait for the dialog page to say it is ready before giving up on delivering the report. */
export const READY_TIMEOUT_MS = 20_000;

/** The part of Office.context.ui the commands use (a fake in tests). */
export type DialogUi = Pick<Office.UI, "displayDialogAsync">;

export interface ShowReportOptions {
  /** DialogApi 1.2: the report goes by Dialog.messageChild once the page is ready; else in the URL's query. */
  messageChild: boolean;
  readyTimeoutMs?: number;
}

/**
 * Shows a report in a small Office dialog (resultDialog.html) and resolves as soon as the report is delivered —
 * the page loaded with it in its query string, or sent to the page by messageChild after the page said it is
 * ready — or at once when the dialog cannot open, never waiting for the user to close it: the command then calls
 * event.completed() and the button is free again. The dialog's Close asks this page to close it.
 * Function commands in Excel have no notification bar (that is Outlook's), so a dialog is the one way to speak
 * from a ribbon button. `displayInIframe` keeps Excel on the web from treating it as a pop-up to block.
 */
export function showReport(report: CommandReport, ui: DialogUi, pageUrl: string, options: ShowReportOptions): Promise<void> {
  return new Promise((resolve) => {
    const dialogOptions: Office.DialogOptions = { height: 45, width: 35, displayInIframe: true };
    const url = options.messageChild ? pageUrl : reportUrl(pageUrl, report);
    ui.displayDialogAsync(url, dialogOptions, (result) => {
      if (String(result.status) !== SUCCEEDED) {
        console.warn("CCHC: the result dialog could not open", result.error);
        resolve();
        return;
      }
      const dialog = result.value;
      const timer = options.messageChild ? setTimeout(resolve, options.readyTimeoutMs ?? READY_TIMEOUT_MS) : undefined;
      if (!options.messageChild) resolve();
      dialog.addEventHandler(MESSAGE_RECEIVED, (arg) => {
        const message = (arg as { message?: string }).message;
        if (message === DIALOG_READY && options.messageChild) {
          dialog.messageChild(JSON.stringify(report));
          clearTimeout(timer);
          resolve();
        } else if (message === DIALOG_CLOSE) {
          dialog.close();
          clearTimeout(timer);
          resolve();
        }
      });
      dialog.addEventHandler(EVENT_RECEIVED, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  });
}
