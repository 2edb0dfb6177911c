import type { CommandReport } from "./commandReport";
import { reportUrl } from "./reportUrl";

// The values of Office.AsyncResultStatus.Succeeded and Office.EventType.Dialog*, spelled out so this module runs
// without office.js loaded (tests).
const SUCCEEDED = "succeeded";
const MESSAGE_RECEIVED = "dialogMessageReceived" as unknown as Office.EventType;
const EVENT_RECEIVED = "dialogEventReceived" as unknown as Office.EventType;

/** The part of Office.context.ui the commands use (a fake in tests). */
export type DialogUi = Pick<Office.UI, "displayDialogAsync">;

/**
 * Shows a report in a small Office dialog (resultDialog.html) and resolves when the user closes it, or at once when
 * the dialog cannot open (the command must still complete). Function commands in Excel have no notification bar
 * (that is Outlook's), so a dialog is the one way to speak from a ribbon button in desktop Excel and on the web.
 * `displayInIframe` keeps Excel on the web from treating it as a pop-up window to block; desktop ignores it.
 */
export function showReport(report: CommandReport, ui: DialogUi, pageUrl: string): Promise<void> {
  return new Promise((resolve) => {
    const options: Office.DialogOptions = { height: 45, width: 35, displayInIframe: true };
    ui.displayDialogAsync(reportUrl(pageUrl, report), options, (result) => {
      if (String(result.status) !== SUCCEEDED) {
        console.warn("CCHC: the result dialog could not open", result.error);
        resolve();
        return;
      }
      const dialog = result.value;
      // Any message from the page means "Close"; a DialogEventReceived means the user closed it with the X.
      dialog.addEventHandler(MESSAGE_RECEIVED, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(EVENT_RECEIVED, () => resolve());
    });
  });
}
